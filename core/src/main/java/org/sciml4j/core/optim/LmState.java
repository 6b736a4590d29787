package org.sciml4j.core.optim;

/**
 * The resumable state of a {@link LevenbergMarquardtRun} between iterations: counters, the
 * damping λ with its growth factor ν (Nielsen's rule), and the diagonal scaling d (empty for
 * {@link LevenbergMarquardt.Damping#IDENTITY}). λ = 0 means "not yet chosen": the run then starts
 * with λ = τ · max diag(J̃ᵀJ̃). Arrays are copied in and out.
 *
 * @param iteration   trial steps done so far
 * @param evaluations residual evaluations so far (Jacobian evaluations are counted in {@code jacobians})
 * @param jacobians   Jacobian evaluations so far
 * @param lambda      damping λ ≥ 0
 * @param nu          growth factor ν ≥ 2 applied to λ after a rejected step
 * @param scaling     column scaling d (positive entries), or empty
 */
public record LmState(long iteration, long evaluations, long jacobians, double lambda, double nu, double[] scaling) {
    public LmState {
        if (iteration < 0 || evaluations < 0 || jacobians < 0) {
            throw new IllegalArgumentException("Levenberg-Marquardt state: counters must be >= 0");
        }
        if (!(lambda >= 0) || !Double.isFinite(lambda) || !(nu >= 2) || !Double.isFinite(nu)) {
            throw new IllegalArgumentException("Levenberg-Marquardt state: need lambda >= 0 and nu >= 2, got lambda="
                    + lambda + ", nu=" + nu);
        }
        scaling = java.util.Objects.requireNonNull(scaling, "scaling (use an empty array for none)").clone();
        for (double v : scaling) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("Levenberg-Marquardt state: scaling entries must be positive, got " + v);
            }
        }
    }

    /** The fresh state: nothing done, λ chosen at start. */
    public static LmState initial() {
        return new LmState(0, 0, 0, 0, 2, new double[0]);
    }

    @Override
    public double[] scaling() {
        return scaling.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LmState s && s.iteration == iteration && s.evaluations == evaluations
                && s.jacobians == jacobians && Double.compare(s.lambda, lambda) == 0 && Double.compare(s.nu, nu) == 0
                && java.util.Arrays.equals(s.scaling, scaling);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(iteration) * 31 + Double.hashCode(lambda);
    }

    @Override
    public String toString() {
        return "LmState[iteration=" + iteration + ", lambda=" + lambda + ", nu=" + nu + "]";
    }
}
