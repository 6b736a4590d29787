package org.sciml4j.core.optim;

import java.util.Objects;

/**
 * Levenberg–Marquardt for {@link LeastSquaresProblem}s, with Nielsen's damping update
 * (Madsen, Nielsen &amp; Tingleff, <i>Methods for non-linear least squares problems</i>, 2004).
 *
 * <p>At x with residual r and Jacobian J (M×P), let D = diag(d)² be the damping matrix and
 * J̃ = J D^{-1/2} the column-scaled Jacobian. The trial step δ = D^{-1/2} δ̃ solves
 * <pre>
 *   primal (P×P):  (J̃ᵀJ̃ + λ I) δ̃ = −J̃ᵀ r
 *   dual   (M×M):  (J̃J̃ᵀ + λ I) y = r,   δ̃ = −J̃ᵀ y
 * </pre>
 * (the same δ̃ by (J̃ᵀJ̃ + λI)⁻¹J̃ᵀ = J̃ᵀ(J̃J̃ᵀ + λI)⁻¹), both by Cholesky of a symmetric positive
 * definite matrix (EJML for small sizes; OpenBLAS {@code dsyrk} and LAPACK {@code dpotrf} through
 * JavaCPP for large ones, see {@link Builder#withNativeBlas}). The Gram matrix is formed once per
 * accepted point; a rejected trial only refactors it with the new λ. {@link Form#AUTO} picks the smaller system: the dual one when M &lt; P, as
 * for PINNs with many parameters and fewer residuals. The step is accepted when the gain ratio
 * ρ = (F(x) − F(x + δ)) / (½ (λ‖δ̃‖² − δ̃ᵀJ̃ᵀr)) is positive; then λ ← λ max(⅓, 1 − (2ρ − 1)³),
 * ν ← 2, else λ ← λν, ν ← 2ν. Initial λ = τ max diag(J̃ᵀJ̃). A step whose residuals are NaN or
 * infinite, or whose matrix is not numerically positive definite, is rejected like a bad step.
 *
 * <p>{@link Damping#IDENTITY} gives D = I (Levenberg); {@link Damping#JACOBIAN_DIAGONAL} gives
 * dⱼ = max over iterations of ‖J_{:,j}‖₂ (Marquardt/Moré scaling, invariant to parameter units).
 * All arithmetic is float64.
 *
 * <p>Stops when ‖Jᵀr‖∞ ≤ gradientTolerance, ‖δ‖₂ ≤ stepTolerance (‖x‖₂ + stepTolerance),
 * F ≤ costTolerance, an accepted step lowers F by at most functionTolerance · F, or after
 * maxIterations trial steps. Immutable and thread-safe; runs are not.
 */
public final class LevenbergMarquardt {

    /** Which linear system gives the step. */
    public enum Form {
        /** Dual (M×M) when M &lt; P, primal (P×P) otherwise. */
        AUTO,
        /** (J̃ᵀJ̃ + λI) δ̃ = −J̃ᵀr, size P. */
        PRIMAL,
        /** (J̃J̃ᵀ + λI) y = r, δ̃ = −J̃ᵀy, size M. */
        DUAL
    }

    /** The damping matrix D. */
    public enum Damping {
        /** D = I (Levenberg). */
        IDENTITY,
        /** D = diag(max over iterations of column norms of J)² (Marquardt–Moré scaling). */
        JACOBIAN_DIAGONAL
    }

    private final long maxIterations;
    private final double gradientTolerance;
    private final double stepTolerance;
    private final double functionTolerance;
    private final double costTolerance;
    private final double initialDampingFactor;
    private final Form form;
    private final Damping damping;
    private final boolean useNativeBlas;

    private LevenbergMarquardt(Builder b) {
        this.useNativeBlas = b.useNativeBlas;
        this.maxIterations = b.maxIterations;
        this.gradientTolerance = b.gradientTolerance;
        this.stepTolerance = b.stepTolerance;
        this.functionTolerance = b.functionTolerance;
        this.costTolerance = b.costTolerance;
        this.initialDampingFactor = b.initialDampingFactor;
        this.form = b.form;
        this.damping = b.damping;
    }

    /** A builder with a budget of trial steps (positive). */
    public static Builder builder(long maxIterations) {
        return new Builder(maxIterations);
    }

    /** Starts at x (evaluates r and J once); x is then updated in place at each accepted step. */
    public LevenbergMarquardtRun start(LeastSquaresProblem problem, double[] x) {
        return resume(problem, x, LmState.initial());
    }

    /** Continues from a saved state at the saved point x. */
    public LevenbergMarquardtRun resume(LeastSquaresProblem problem, double[] x, LmState state) {
        Objects.requireNonNull(problem, "least squares problem");
        Objects.requireNonNull(state, "Levenberg-Marquardt state");
        if (problem.residualCount() <= 0 || problem.parameterCount() <= 0) {
            throw new IllegalArgumentException("Levenberg-Marquardt: problem has " + problem.residualCount()
                    + " residuals and " + problem.parameterCount() + " parameters; both must be positive");
        }
        LeastSquaresProblem.checkedComponents(problem);
        Checks.length("Levenberg-Marquardt", "x", x, problem.parameterCount());
        if (state.scaling().length != 0 && state.scaling().length != x.length) {
            throw new IllegalArgumentException("Levenberg-Marquardt resume: scaling has length " + state.scaling().length
                    + " but x has length " + x.length);
        }
        return new LevenbergMarquardtRun(this, problem, x, state);
    }

    /** Runs to a stop, updating x in place, reporting every trial step. */
    public OptimizationResult minimizeInPlace(LeastSquaresProblem problem, double[] x, IterationListener listener) {
        LevenbergMarquardtRun run = start(problem, x);
        while (run.iterateInPlace(listener)) {
            // iterate until a stop reason is set
        }
        return run.result();
    }

    public long maxIterations() {
        return maxIterations;
    }

    public double gradientTolerance() {
        return gradientTolerance;
    }

    public double stepTolerance() {
        return stepTolerance;
    }

    public double functionTolerance() {
        return functionTolerance;
    }

    public double costTolerance() {
        return costTolerance;
    }

    public double initialDampingFactor() {
        return initialDampingFactor;
    }

    public Form form() {
        return form;
    }

    public Damping damping() {
        return damping;
    }

    /** Whether large Gram products and Cholesky solves may use OpenBLAS/LAPACK. */
    public boolean useNativeBlas() {
        return useNativeBlas;
    }

    @Override
    public String toString() {
        return "LevenbergMarquardt[maxIterations=" + maxIterations + ", gtol=" + gradientTolerance + ", xtol="
                + stepTolerance + ", ftol=" + functionTolerance + ", costTol=" + costTolerance + ", tau="
                + initialDampingFactor + ", form=" + form + ", damping=" + damping + "]";
    }

    /**
     * Options. Defaults: gradient tolerance 1e-15, step tolerance 1e-15, function tolerance 0
     * (off), cost tolerance 0 (off), τ = 1e-3, {@link Form#AUTO}, {@link Damping#IDENTITY}.
     */
    public static final class Builder {
        private final long maxIterations;
        private double gradientTolerance = 1e-15;
        private double stepTolerance = 1e-15;
        private double functionTolerance = 0;
        private double costTolerance = 0;
        private double initialDampingFactor = 1e-3;
        private Form form = Form.AUTO;
        private Damping damping = Damping.IDENTITY;
        private boolean useNativeBlas = true;

        private Builder(long maxIterations) {
            this.maxIterations = maxIterations;
        }

        /** Stop when ‖Jᵀr‖∞ ≤ tol (≥ 0). */
        public Builder withGradientTolerance(double tol) {
            this.gradientTolerance = tol;
            return this;
        }

        /** Stop when ‖δ‖₂ ≤ tol (‖x‖₂ + tol) (≥ 0). */
        public Builder withStepTolerance(double tol) {
            this.stepTolerance = tol;
            return this;
        }

        /** Stop when an accepted step lowers F by at most tol · F (≥ 0; 0 = off). */
        public Builder withFunctionTolerance(double tol) {
            this.functionTolerance = tol;
            return this;
        }

        /** Stop when F = ½‖r‖² ≤ tol (≥ 0; 0 = off). */
        public Builder withCostTolerance(double tol) {
            this.costTolerance = tol;
            return this;
        }

        /** τ in the initial damping λ₀ = τ max diag(J̃ᵀJ̃) (positive; 1e-6 for a good start, 1 for a poor one). */
        public Builder withInitialDampingFactor(double tau) {
            this.initialDampingFactor = tau;
            return this;
        }

        /** Primal, dual or automatic choice of the linear system. */
        public Builder withForm(Form form) {
            this.form = Objects.requireNonNull(form, "form");
            return this;
        }

        /** The damping matrix D. */
        public Builder withDamping(Damping damping) {
            this.damping = Objects.requireNonNull(damping, "damping");
            return this;
        }

        /**
         * Whether large Gram products (JJᵀ or JᵀJ) and Cholesky solves may use OpenBLAS/LAPACK
         * (default true; falls back to EJML when the native library cannot be loaded).
         */
        public Builder withNativeBlas(boolean allow) {
            this.useNativeBlas = allow;
            return this;
        }

        /** Validates and builds. */
        public LevenbergMarquardt build() {
            if (maxIterations <= 0) {
                throw new IllegalArgumentException("Levenberg-Marquardt: max iterations must be positive, got "
                        + maxIterations);
            }
            Checks.nonNegative("Levenberg-Marquardt", "gradient tolerance", gradientTolerance);
            Checks.nonNegative("Levenberg-Marquardt", "step tolerance", stepTolerance);
            Checks.nonNegative("Levenberg-Marquardt", "function tolerance", functionTolerance);
            Checks.nonNegative("Levenberg-Marquardt", "cost tolerance", costTolerance);
            Checks.positive("Levenberg-Marquardt", "initial damping factor tau", initialDampingFactor);
            return new LevenbergMarquardt(this);
        }
    }
}
