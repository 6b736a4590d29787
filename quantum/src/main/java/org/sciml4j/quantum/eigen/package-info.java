/**
 * Bound states of the dimensionless 1-D Schrödinger equation −ψ″ + V(x) ψ = E ψ (ħ²/2m = 1) by a
 * physics-informed network with the energy trained: {@link org.sciml4j.quantum.eigen.Potential}
 * (any V, with its jumps), {@link org.sciml4j.quantum.eigen.EigenProblem1D} (hard walls on a finite
 * interval), {@link org.sciml4j.quantum.eigen.PinnEigensolver} (hard-constraint trial, Gauss–Legendre
 * collocation split at the jumps, Rayleigh–Ritz start, Levenberg–Marquardt on residual,
 * normalisation and orthogonality), {@link org.sciml4j.quantum.eigen.EigenErrors} (accuracy against a
 * reference state, up to sign).
 */
package org.sciml4j.quantum.eigen;
