/**
 * Time-dependent linear and nonlinear Schrödinger solvers on a periodic interval: Strang
 * split-step Fourier (JTransforms) and a method-of-lines variant on Hipparchus' adaptive
 * integrator, the discrete invariants, and their convergence studies on the NLS soliton.
 */
package org.sciml4j.validation.schrodinger;
