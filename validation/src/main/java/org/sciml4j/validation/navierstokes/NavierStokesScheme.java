package org.sciml4j.validation.navierstokes;

/**
 * Time discretization of ω_t = L ω + N(ω), L = νΔ (diagonal in Fourier space), N(ω) = −u·∇ω + f.
 */
public enum NavierStokesScheme {
    /**
     * Crank–Nicolson for L, explicit Euler for N: the FNO data generator's exact scheme
     * ({@code ns_2d.py} of Li et al.). First order in time; one N evaluation per step.
     */
    CN_EULER(1, 1),
    /**
     * Crank–Nicolson for L with Heun's predictor–corrector for N (both stages use the CN operator):
     * second order, two N evaluations per step.
     */
    CN_HEUN(2, 2),
    /**
     * Crank–Nicolson for L with variable-step Adams–Bashforth 2 for N (the first step uses
     * {@link #CN_HEUN}): second order, one N evaluation per step.
     */
    CN_AB2(2, 1),
    /**
     * Integrating-factor fourth-order Runge–Kutta: L is integrated exactly by e^{L dt}, N by
     * classical RK4 on the transformed variable. Fourth order; four N evaluations per step.
     */
    IF_RK4(4, 4);

    private final int order;
    private final int evaluationsPerStep;

    NavierStokesScheme(int order, int evaluationsPerStep) {
        this.order = order;
        this.evaluationsPerStep = evaluationsPerStep;
    }

    /** Design order of accuracy in time. */
    public int order() {
        return order;
    }

    /** Evaluations of the nonlinear term (each 3 n×n FFTs) per time step. */
    public int evaluationsPerStep() {
        return evaluationsPerStep;
    }
}
