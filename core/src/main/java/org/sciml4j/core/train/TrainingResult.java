package org.sciml4j.core.train;

import java.util.List;
import java.util.Objects;
import org.sciml4j.core.optim.OptimizationResult;

/**
 * The outcome of {@link Trainer#train}: the final parameters (on divergence, the last parameters
 * whose loss and gradient were finite), the history, whether the run diverged, and a message.
 *
 * @param parameters    final parameters (copy)
 * @param history       per-step history
 * @param diverged      true when a NaN/∞ loss or gradient stopped the run
 * @param message       what happened, e.g. which step, phase and quantity became non-finite
 * @param phaseOutcomes the optimizer result of each phase run in this call, in order
 */
public record TrainingResult(double[] parameters, TrainingHistory history, boolean diverged, String message,
                             List<PhaseOutcome> phaseOutcomes) {

    /** The result of one phase. */
    public record PhaseOutcome(int phaseIndex, String phase, OptimizationResult result) {
        public PhaseOutcome {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(result, "result");
        }
    }

    public TrainingResult {
        parameters = Objects.requireNonNull(parameters, "parameters").clone();
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(message, "message");
        phaseOutcomes = List.copyOf(phaseOutcomes);
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** The last recorded total loss (NaN if no step was recorded). */
    public double finalLoss() {
        return history.lastLoss();
    }
}
