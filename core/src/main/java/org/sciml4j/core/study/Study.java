package org.sciml4j.core.study;

/**
 * A named, reproducible computation that the {@code sciml} command can list and run: a PINN
 * training, a convergence study, an online surrogate run.
 *
 * <p>Modules register studies through {@link java.util.ServiceLoader}: a class implementing
 * {@link StudyProvider} listed in {@code META-INF/services/org.sciml4j.core.study.StudyProvider}.
 * A study is stateless; everything a run needs comes from its {@link StudyContext}, and
 * everything it produced goes into the returned {@link RunRecord}. The same settings and seed give
 * the same record (timings aside).
 */
public interface Study {

    /** Unique kebab-case name, e.g. {@code quantum-infinite-well}. */
    String name();

    /** One line for {@code sciml list}. */
    String description();

    /** The settings this study accepts, with their defaults; unknown keys are rejected. */
    Settings defaults();

    /**
     * Runs the study.
     *
     * @param context settings (defaults overridden by the user), seed, output folder, progress
     * @return what the run produced: configuration, error figures, timings, plot data
     */
    RunRecord run(StudyContext context);
}
