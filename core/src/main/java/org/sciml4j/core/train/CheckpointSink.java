package org.sciml4j.core.train;

import java.nio.file.Path;
import java.util.Objects;
import org.sciml4j.core.io.CheckpointFile;
import org.sciml4j.core.io.ParameterLayout;

/**
 * Receives training states at checkpoint steps, on the trainer's thread. {@link #toFile} writes
 * each to one file (the newest replaces the previous one atomically).
 */
@FunctionalInterface
public interface CheckpointSink {

    /** Stores a state (e.g. writes it to disk). */
    void save(TrainingState state);

    /** Writes every state to {@code file} through {@link CheckpointFile}, naming parameters by {@code layout}. */
    static CheckpointSink toFile(Path file, ParameterLayout layout) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(layout, "layout");
        return state -> CheckpointFile.write(file, state.toCheckpoint(layout));
    }
}
