package org.sciml4j.core.study;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a running study receives.
 *
 * @param settings the study's defaults with the user's overrides applied
 * @param seed     seed for every random source of the run
 * @param outDir   the run's folder (exists and is writable); studies may write raw data there
 * @param progress progress sink; never null
 */
public record StudyContext(Settings settings, long seed, Path outDir, Progress progress) {
    public StudyContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(progress, "progress");
    }
}
