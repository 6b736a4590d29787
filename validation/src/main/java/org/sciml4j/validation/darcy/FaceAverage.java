package org.sciml4j.validation.darcy;

/** How {@link DarcyFlow2D} takes the coefficient at a cell face from the two adjacent nodal values. */
public enum FaceAverage {
    /**
     * 2ab/(a + b): flux-continuous for a coefficient that jumps between the nodes (a series
     * resistance); the default.
     */
    HARMONIC,
    /**
     * (a + b)/2: the FNO MATLAB generator's choice ({@code solve_gwf.m}, which also spline-interpolates
     * the coefficient from cell centres to the nodes first).
     */
    ARITHMETIC;

    double of(double a, double b) {
        return this == HARMONIC ? 2 * a * b / (a + b) : 0.5 * (a + b);
    }
}
