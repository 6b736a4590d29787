package org.sciml4j.core.train;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sciml4j.core.study.Progress;

/** Adapters and combinators for {@link TrainingListener}s. */
public final class TrainingListeners {

    private TrainingListeners() {
    }

    /**
     * Forwards to a study {@link Progress}: phases as {@code phase(name, planned)}, steps as
     * {@code step(stepInPhase, "loss 1.234e-05")}, the final message as a log line.
     */
    public static TrainingListener toProgress(Progress progress) {
        Objects.requireNonNull(progress, "progress");
        return new TrainingListener() {
            @Override
            public void phaseStarted(int index, String name, long plannedSteps) {
                progress.phase(name, plannedSteps);
            }

            @Override
            public void step(TrainingStep step) {
                progress.step(step.stepInPhase(), String.format(Locale.ROOT, "loss %.4e", step.loss().total()));
            }

            @Override
            public void finished(TrainingResult result) {
                progress.log(result.message());
            }
        };
    }

    /** Calls each listener in order. */
    public static TrainingListener all(TrainingListener... listeners) {
        List<TrainingListener> list = List.of(listeners);
        return new TrainingListener() {
            @Override
            public void phaseStarted(int index, String name, long plannedSteps) {
                list.forEach(l -> l.phaseStarted(index, name, plannedSteps));
            }

            @Override
            public void step(TrainingStep step) {
                list.forEach(l -> l.step(step));
            }

            @Override
            public void finished(TrainingResult result) {
                list.forEach(l -> l.finished(result));
            }
        };
    }
}
