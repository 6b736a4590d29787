package org.sciml4j.core.train;

import java.util.Objects;
import java.util.Optional;
import org.sciml4j.core.optim.LeastSquaresProblem;
import org.sciml4j.core.optim.Objective;

/**
 * What a {@link Trainer} minimizes: an {@link Objective} for Adam and L-BFGS and, for
 * Levenberg–Marquardt phases, a {@link LeastSquaresProblem}. When both are given they must
 * describe the same loss, f = ½‖r‖² (otherwise the loss curve jumps between phases). Immutable.
 */
public final class TrainingProblem {

    private final Objective objective;
    private final LeastSquaresProblem leastSquares;

    private TrainingProblem(Objective objective, LeastSquaresProblem leastSquares) {
        this.objective = Objects.requireNonNull(objective, "objective");
        this.leastSquares = leastSquares;
        if (leastSquares != null && leastSquares.parameterCount() != objective.dimension()) {
            throw new IllegalArgumentException("training problem: objective has dimension " + objective.dimension()
                    + " but the least squares problem has " + leastSquares.parameterCount() + " parameters");
        }
    }

    /** A problem for Adam and L-BFGS phases only. */
    public static TrainingProblem of(Objective objective) {
        return new TrainingProblem(objective, null);
    }

    /** A least-squares problem; Adam and L-BFGS minimize f = ½‖r‖² via {@link LeastSquaresProblem#asObjective()}. */
    public static TrainingProblem of(LeastSquaresProblem problem) {
        return new TrainingProblem(problem.asObjective(), problem);
    }

    /** Both forms of one loss (f must equal ½‖r‖²), e.g. a cheaper gradient path for Adam. */
    public static TrainingProblem of(Objective objective, LeastSquaresProblem problem) {
        return new TrainingProblem(objective, Objects.requireNonNull(problem, "least squares problem"));
    }

    public Objective objective() {
        return objective;
    }

    public Optional<LeastSquaresProblem> leastSquares() {
        return Optional.ofNullable(leastSquares);
    }

    /** Number of parameters. */
    public int dimension() {
        return objective.dimension();
    }
}
