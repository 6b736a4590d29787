package org.sciml4j.core.optim;

import java.util.Objects;

/**
 * What one optimizer iteration did, reported to an {@link IterationListener}.
 *
 * @param optimizer    which algorithm ("adam", "lbfgs", "levenberg-marquardt")
 * @param iteration    1-based iteration count of this optimizer run
 * @param loss         loss at the iterate after this iteration (for Adam: at the point where the
 *                     gradient was taken, i.e. before the update)
 * @param gradientNorm Euclidean norm of the gradient belonging to {@code loss}
 * @param stepNorm     Euclidean norm of the parameter change made by this iteration (0 if rejected)
 * @param control      the step-size control: learning rate (Adam), line-search step α (L-BFGS),
 *                     damping λ used for the trial (Levenberg–Marquardt)
 * @param accepted     false for a rejected Levenberg–Marquardt trial step; true otherwise
 * @param evaluations  cumulative function (or residual) evaluations of this run
 * @param wallSeconds  wall time since the run started, in seconds
 */
public record IterationInfo(String optimizer, long iteration, LossValue loss, double gradientNorm, double stepNorm,
                            double control, boolean accepted, long evaluations, double wallSeconds) {
    public IterationInfo {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(loss, "loss");
    }
}
