/**
 * Reference eigensolvers for −ψ″ + V(x)ψ = Eψ on [a, b] with Dirichlet ends: second-order finite
 * differences (Sturm bisection, inverse iteration, Richardson extrapolation) and Prüfer shooting on
 * Hipparchus' DormandPrince853, with their convergence studies.
 */
package org.sciml4j.validation.eigen;
