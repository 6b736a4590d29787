/**
 * Optimizers on flat {@code double[]} parameter vectors: Adam/AdamW with learning-rate schedules,
 * L-BFGS with a strong-Wolfe line search, and Levenberg–Marquardt for least squares.
 *
 * <p>Concepts: {@link org.sciml4j.core.optim.Objective} (f and ∇f),
 * {@link org.sciml4j.core.optim.LeastSquaresProblem} (r and J, cost ½‖r‖²),
 * {@link org.sciml4j.core.optim.LearningRateSchedule}. Every optimizer reports each iteration to an
 * {@link org.sciml4j.core.optim.IterationListener}. Everything is float64 and deterministic: the
 * same inputs give bit-identical iterates. No class here is thread-safe; run one optimizer per thread.
 */
package org.sciml4j.core.optim;
