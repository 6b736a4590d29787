package org.sciml4j.pinn;

/**
 * Residuals at one point: r(x, u, θ) ∈ ℝᴿ, written with {@link Dual}s from the jets of u and the
 * trainable scalars. Must return the same number R of values at every point, and must be a
 * deterministic function of its arguments (it may be called from several threads at once).
 */
@FunctionalInterface
public interface PointResidual {
    /**
     * @param x point (time last for space × time), not to be modified
     * @param u the fields and their derivatives at x
     * @param p trainable scalars
     */
    Dual[] residuals(double[] x, Jets u, Params p);

    /** One scalar residual. */
    @FunctionalInterface
    interface Scalar {
        Dual residual(double[] x, Jets u, Params p);
    }

    /** One complex residual (split into real and imaginary parts). */
    @FunctionalInterface
    interface Complex {
        ComplexDual residual(double[] x, Jets u, Params p);
    }
}
