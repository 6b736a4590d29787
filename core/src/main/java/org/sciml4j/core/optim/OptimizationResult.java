package org.sciml4j.core.optim;

import java.util.Objects;

/**
 * The outcome of an optimizer run. The final parameters are in the caller's array (the runs work
 * in place); this record carries the diagnostics.
 *
 * @param reason       why the run stopped
 * @param loss         loss at the final parameters
 * @param gradientNorm Euclidean gradient norm at the final parameters
 * @param iterations   iterations performed
 * @param evaluations  objective (or residual/Jacobian) evaluations
 * @param wallSeconds  wall time in seconds
 * @param message      a human-readable account of the stop
 */
public record OptimizationResult(StopReason reason, LossValue loss, double gradientNorm, long iterations,
                                 long evaluations, double wallSeconds, String message) {
    public OptimizationResult {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(message, "message");
    }

    /** True when a tolerance was met. */
    public boolean converged() {
        return reason.converged();
    }
}
