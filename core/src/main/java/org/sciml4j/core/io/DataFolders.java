package org.sciml4j.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Locates the shared reference-data folder. The setting is the system property
 * {@code sciml.data} (default {@code ../shared/data}, relative to the repository root). Because
 * Maven runs each module's tests with the module folder as working directory, a relative setting
 * is tried against the working directory and its parents (up to three levels), so the default
 * resolves from the repository root and from any module. Stateless and thread-safe.
 */
public final class DataFolders {

    /** The system property naming the data folder. */
    public static final String PROPERTY = "sciml.data";
    /** The default setting, relative to the repository root. */
    public static final String DEFAULT = "../shared/data";

    private DataFolders() {
    }

    /** The shared data folder if it exists. */
    public static Optional<Path> sharedData() {
        return locate(System.getProperty(PROPERTY, DEFAULT));
    }

    /** A sub-folder or file of the shared data folder if it exists, e.g. {@code "pinns/burgers_shock.npz"}. */
    public static Optional<Path> sharedData(String relative) {
        return sharedData().map(p -> p.resolve(relative)).filter(Files::exists);
    }

    /** Resolves a folder setting: absolute as is, relative against the working directory and its parents. */
    public static Optional<Path> locate(String setting) {
        for (Path p : candidates(setting)) {
            if (Files.isDirectory(p)) {
                return Optional.of(p.normalize());
            }
        }
        return Optional.empty();
    }

    /** The paths tried for a setting, in order (for "not found" messages). */
    public static List<Path> candidates(String setting) {
        Path s = Path.of(setting);
        List<Path> out = new ArrayList<>();
        if (s.isAbsolute()) {
            out.add(s);
            return out;
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up <= 3 && dir != null; up++) {
            out.add(dir.resolve(s).normalize());
            dir = dir.getParent();
        }
        return out;
    }

    /** A message for skipped tests and studies: what was looked for and how to set it. */
    public static String missingMessage() {
        String setting = System.getProperty(PROPERTY, DEFAULT);
        return "shared reference data not found (setting " + PROPERTY + "=" + setting + ", tried " + candidates(setting)
                + "); pass -D" + PROPERTY + "=/path/to/shared/data to run this";
    }
}
