package org.sciml4j.core.optim;

/**
 * A differentiable scalar function f: ℝⁿ → ℝ to be minimized.
 *
 * <p>{@link #evaluate} returns f(x) and writes ∇f(x) into {@code gradOut}; it must not modify
 * {@code x}. Implementations with named loss parts (e.g. PDE residual and boundary terms of a PINN)
 * override {@link #evaluateLoss} as well, and let {@code evaluate} return its total; optimizers
 * always call {@code evaluateLoss}. An implementation must be deterministic (same x, same result)
 * for checkpoint/resume to be exact. Implementations need not be thread-safe.
 */
public interface Objective {

    /** The number n of parameters. */
    int dimension();

    /**
     * Evaluates f and its gradient.
     *
     * @param x       point, length n, not modified
     * @param gradOut receives ∇f(x), length n, overwritten
     * @return f(x)
     */
    double evaluate(double[] x, double[] gradOut);

    /**
     * Evaluates f with its named components and the gradient. The default wraps {@link #evaluate}
     * without components.
     *
     * @param x       point, length n, not modified
     * @param gradOut receives ∇f(x), length n, overwritten
     */
    default LossValue evaluateLoss(double[] x, double[] gradOut) {
        return LossValue.of(evaluate(x, gradOut));
    }
}
