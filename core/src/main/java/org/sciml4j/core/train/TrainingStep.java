package org.sciml4j.core.train;

import java.util.Objects;
import org.sciml4j.core.optim.LossValue;

/**
 * One recorded training step.
 *
 * @param step         global step number, 1-based across all phases
 * @param phaseIndex   index of the phase in the schedule
 * @param phase        phase name
 * @param stepInPhase  1-based step number within the phase
 * @param loss         loss with components (Adam: at the point where the gradient was taken)
 * @param gradientNorm Euclidean gradient norm belonging to {@code loss}
 * @param stepNorm     norm of the parameter change of this step
 * @param control      learning rate (Adam), line-search α (L-BFGS) or damping λ (LM)
 * @param wallSeconds  wall time since the training started (continued across resume)
 */
public record TrainingStep(long step, int phaseIndex, String phase, long stepInPhase, LossValue loss,
                           double gradientNorm, double stepNorm, double control, double wallSeconds) {
    public TrainingStep {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(loss, "loss");
    }
}
