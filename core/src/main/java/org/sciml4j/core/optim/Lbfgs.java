package org.sciml4j.core.optim;

import java.util.Objects;

/**
 * Limited-memory BFGS (Nocedal 1980; Liu &amp; Nocedal 1989) with a strong-Wolfe line search
 * (Nocedal &amp; Wright, Algorithms 3.5/3.6, cubic interpolation).
 *
 * <p>Direction d = −H ∇f by the two-loop recursion over the last m pairs (s, y) with
 * H₀ = (sᵀy / yᵀy) I; the first direction is −∇f with trial step min(1, 1/‖∇f‖). The line search
 * accepts α with f(x + αd) ≤ f(x) + c₁ α ∇fᵀd and |∇f(x + αd)ᵀd| ≤ c₂ |∇fᵀd|. Robustness: a
 * non-descent direction resets the history to steepest descent; NaN/∞ values inside the line
 * search shrink the step (backtrack) instead of failing; a failed line search is retried once
 * from steepest descent; pairs with sᵀy ≤ ε‖y‖² are skipped.
 *
 * <p>Stops (see {@link StopReason}) when ‖∇f‖₂ ≤ gradientTolerance, when
 * |f_k − f_{k+1}| ≤ functionTolerance · max(|f_k|, |f_{k+1}|), when
 * ‖s‖₂ ≤ stepTolerance · (1 + ‖x‖₂), or when the iteration/evaluation budget is spent.
 * Immutable and thread-safe; each run ({@link LbfgsRun}) is not.
 */
public final class Lbfgs {

    private final int historySize;
    private final double gradientTolerance;
    private final double functionTolerance;
    private final double stepTolerance;
    private final long maxIterations;
    private final long maxEvaluations;
    private final double c1;
    private final double c2;
    private final int maxLineSearchEvaluations;

    private Lbfgs(Builder b) {
        this.historySize = b.historySize;
        this.gradientTolerance = b.gradientTolerance;
        this.functionTolerance = b.functionTolerance;
        this.stepTolerance = b.stepTolerance;
        this.maxIterations = b.maxIterations;
        this.maxEvaluations = b.maxEvaluations;
        this.c1 = b.c1;
        this.c2 = b.c2;
        this.maxLineSearchEvaluations = b.maxLineSearchEvaluations;
    }

    /** A builder with an iteration budget (positive). */
    public static Builder builder(long maxIterations) {
        return new Builder(maxIterations);
    }

    /**
     * Starts a run at x: evaluates f(x) and ∇f(x) once. The run updates {@code x} in place at each
     * accepted iteration; the caller must not modify x while the run is in use.
     */
    public LbfgsRun start(Objective f, double[] x) {
        return resume(f, x, LbfgsState.initial());
    }

    /** Continues a run from a saved state at the point x (as saved alongside the state). */
    public LbfgsRun resume(Objective f, double[] x, LbfgsState state) {
        Objects.requireNonNull(f, "objective");
        Checks.length("L-BFGS", "x", x, f.dimension());
        Objects.requireNonNull(state, "L-BFGS state");
        if (state.historySize() > 0 && state.s().get(0).length != x.length) {
            throw new IllegalArgumentException("L-BFGS resume: history vectors have length " + state.s().get(0).length
                    + " but x has length " + x.length);
        }
        return new LbfgsRun(this, f, x, state);
    }

    /** Runs to a stop, updating x in place, reporting every iteration. */
    public OptimizationResult minimizeInPlace(Objective f, double[] x, IterationListener listener) {
        LbfgsRun run = start(f, x);
        while (run.iterateInPlace(listener)) {
            // iterate until a stop reason is set
        }
        return run.result();
    }

    public int historySize() {
        return historySize;
    }

    public double gradientTolerance() {
        return gradientTolerance;
    }

    public double functionTolerance() {
        return functionTolerance;
    }

    public double stepTolerance() {
        return stepTolerance;
    }

    public long maxIterations() {
        return maxIterations;
    }

    public long maxEvaluations() {
        return maxEvaluations;
    }

    double c1() {
        return c1;
    }

    double c2() {
        return c2;
    }

    int maxLineSearchEvaluations() {
        return maxLineSearchEvaluations;
    }

    @Override
    public String toString() {
        return "Lbfgs[m=" + historySize + ", gtol=" + gradientTolerance + ", ftol=" + functionTolerance + ", xtol="
                + stepTolerance + ", maxIterations=" + maxIterations + ", maxEvaluations=" + maxEvaluations + "]";
    }

    /**
     * Options for {@link Lbfgs}. Defaults: history m = 20, gradient tolerance 1e-10, function
     * tolerance 1e-14, step tolerance 1e-15, evaluations ≤ 2.5 × iterations + 20, Wolfe constants
     * c₁ = 1e-4, c₂ = 0.9, 30 evaluations per line search.
     */
    public static final class Builder {
        private final long maxIterations;
        private int historySize = 20;
        private double gradientTolerance = 1e-10;
        private double functionTolerance = 1e-14;
        private double stepTolerance = 1e-15;
        private long maxEvaluations = -1;
        private double c1 = 1e-4;
        private double c2 = 0.9;
        private int maxLineSearchEvaluations = 30;

        private Builder(long maxIterations) {
            this.maxIterations = maxIterations;
        }

        /** Number m of stored curvature pairs (positive). */
        public Builder withHistorySize(int m) {
            this.historySize = m;
            return this;
        }

        /** Stop when ‖∇f‖₂ ≤ tol (≥ 0; 0 disables). */
        public Builder withGradientTolerance(double tol) {
            this.gradientTolerance = tol;
            return this;
        }

        /** Stop when the relative decrease |Δf| / max(|f_k|, |f_{k+1}|) ≤ tol (≥ 0; 0 disables unless f stalls exactly). */
        public Builder withFunctionTolerance(double tol) {
            this.functionTolerance = tol;
            return this;
        }

        /** Stop when ‖s‖₂ ≤ tol (1 + ‖x‖₂) (≥ 0). */
        public Builder withStepTolerance(double tol) {
            this.stepTolerance = tol;
            return this;
        }

        /** Objective evaluation budget (positive). */
        public Builder withMaxEvaluations(long n) {
            this.maxEvaluations = n;
            return this;
        }

        /** Wolfe constants 0 &lt; c₁ &lt; c₂ &lt; 1. */
        public Builder withWolfeConstants(double c1, double c2) {
            this.c1 = c1;
            this.c2 = c2;
            return this;
        }

        /** Evaluation budget of one line search (≥ 2). */
        public Builder withMaxLineSearchEvaluations(int n) {
            this.maxLineSearchEvaluations = n;
            return this;
        }

        /** Validates and builds. */
        public Lbfgs build() {
            if (maxIterations <= 0) {
                throw new IllegalArgumentException("L-BFGS: max iterations must be positive, got " + maxIterations);
            }
            Checks.positive("L-BFGS", "history size", historySize);
            Checks.nonNegative("L-BFGS", "gradient tolerance", gradientTolerance);
            Checks.nonNegative("L-BFGS", "function tolerance", functionTolerance);
            Checks.nonNegative("L-BFGS", "step tolerance", stepTolerance);
            if (maxEvaluations < 0) {
                maxEvaluations = Math.max(20, maxIterations + maxIterations * 3 / 2 + 20);
            }
            if (maxEvaluations == 0) {
                throw new IllegalArgumentException("L-BFGS: max evaluations must be positive");
            }
            if (!(c1 > 0 && c1 < c2 && c2 < 1)) {
                throw new IllegalArgumentException("L-BFGS: Wolfe constants need 0 < c1 < c2 < 1, got c1=" + c1 + ", c2=" + c2
                        + " (usual: 1e-4, 0.9)");
            }
            if (maxLineSearchEvaluations < 2) {
                throw new IllegalArgumentException("L-BFGS: line search needs at least 2 evaluations, got "
                        + maxLineSearchEvaluations);
            }
            return new Lbfgs(this);
        }
    }
}
