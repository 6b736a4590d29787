package org.sciml4j.core.optim;

/**
 * A learning-rate schedule: the rate η(t) used at update t = 0, 1, 2, … (t counts the updates
 * already made). Schedules are pure functions of t, so an optimizer's schedule position is its
 * step count and restoring the step count restores the schedule. Implementations are immutable
 * and thread-safe. Factories: {@link Schedules}.
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /**
     * The learning rate for update {@code step}.
     *
     * @param step number of updates already made, ≥ 0
     * @return η(step) &gt; 0
     */
    double rate(long step);
}
