/**
 * Gaussian random fields used as random inputs of the reference solvers and operator datasets: a
 * 1-D field on [0,1] with squared-exponential kernel (DeepONet inputs), a 2-D periodic field with
 * spectrum (−Δ + τ²)^(−α) on the unit torus (FNO Navier–Stokes initial vorticity) and a 2-D field
 * with Neumann (cosine) eigenfunctions on the unit square (FNO Darcy permeability). All sampling
 * takes a seeded {@link java.util.SplittableRandom}; the same seed gives the same field.
 */
package org.sciml4j.validation.random;
