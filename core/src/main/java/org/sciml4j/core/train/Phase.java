package org.sciml4j.core.train;

import java.util.Objects;
import org.sciml4j.core.optim.Adam;
import org.sciml4j.core.optim.Lbfgs;
import org.sciml4j.core.optim.LevenbergMarquardt;

/**
 * One phase of a training schedule. Create with {@link #adam}, {@link #lbfgs} or
 * {@link #levenbergMarquardt}. Immutable.
 */
public sealed interface Phase {

    /** Short name used in history and messages: "adam", "lbfgs", "levenberg-marquardt". */
    String name();

    /** Planned number of steps (iteration budget), for progress display. */
    long plannedSteps();

    /** {@code steps} Adam updates (one objective evaluation each). */
    static Phase adam(Adam adam, long steps) {
        return new AdamPhase(adam, steps);
    }

    /** L-BFGS until it stops (its own tolerances and iteration budget). */
    static Phase lbfgs(Lbfgs lbfgs) {
        return new LbfgsPhase(lbfgs);
    }

    /** Levenberg–Marquardt until it stops; needs a least-squares form of the problem. */
    static Phase levenbergMarquardt(LevenbergMarquardt lm) {
        return new LevenbergMarquardtPhase(lm);
    }

    /** Adam for a fixed number of updates. */
    record AdamPhase(Adam adam, long steps) implements Phase {
        public AdamPhase {
            Objects.requireNonNull(adam, "adam");
            if (steps <= 0) {
                throw new IllegalArgumentException("Adam phase: steps must be positive, got " + steps);
            }
        }

        @Override
        public String name() {
            return "adam";
        }

        @Override
        public long plannedSteps() {
            return steps;
        }
    }

    /** L-BFGS. */
    record LbfgsPhase(Lbfgs lbfgs) implements Phase {
        public LbfgsPhase {
            Objects.requireNonNull(lbfgs, "lbfgs");
        }

        @Override
        public String name() {
            return "lbfgs";
        }

        @Override
        public long plannedSteps() {
            return lbfgs.maxIterations();
        }
    }

    /** Levenberg–Marquardt. */
    record LevenbergMarquardtPhase(LevenbergMarquardt lm) implements Phase {
        public LevenbergMarquardtPhase {
            Objects.requireNonNull(lm, "levenberg-marquardt");
        }

        @Override
        public String name() {
            return "levenberg-marquardt";
        }

        @Override
        public long plannedSteps() {
            return lm.maxIterations();
        }
    }
}
