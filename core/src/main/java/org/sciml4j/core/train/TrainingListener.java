package org.sciml4j.core.train;

/**
 * Observes a training run on the trainer's thread. Every method has a no-op default.
 * {@link #SILENT} shows nothing (for tests); {@link ConsoleProgress} rewrites one status line.
 */
public interface TrainingListener {

    /** A listener that does nothing. */
    TrainingListener SILENT = new TrainingListener() { };

    /** Phase {@code index} starts (or resumes) with {@code plannedSteps} budget. */
    default void phaseStarted(int index, String name, long plannedSteps) { }

    /** A step finished. */
    default void step(TrainingStep step) { }

    /** The run finished (converged, budget spent or diverged). */
    default void finished(TrainingResult result) { }
}
