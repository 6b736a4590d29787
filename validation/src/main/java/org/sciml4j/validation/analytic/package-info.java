/**
 * Exact solutions with the derivatives a PINN residual needs: 1-D Schrödinger bound states
 * (infinite and finite square well, harmonic oscillator, piecewise-constant box with a barrier;
 * units ħ²/2m = 1, so −ψ″ + Vψ = Eψ and the infinite well on [0, 1] has E = π²), the NLS bright
 * soliton, Navier–Stokes flows (Kovasznay, Taylor–Green, Beltrami), viscous Burgers by Cole–Hopf,
 * heat-equation series and manufactured Poisson/Helmholtz solutions. All classes are immutable.
 */
package org.sciml4j.validation.analytic;
