package org.sciml4j.cli;

import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyProvider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The studies found on the class path through {@link ServiceLoader} of {@link StudyProvider}, in provider
 * order, keyed by name. Immutable once loaded.
 */
final class Studies {

    private final Map<String, Study> byName;

    private Studies(Map<String, Study> byName) {
        this.byName = byName;
    }

    /** Loads every registered provider with the context class loader. */
    static Studies load() {
        Map<String, Study> m = new LinkedHashMap<>();
        for (StudyProvider p : ServiceLoader.load(StudyProvider.class)) {
            for (Study s : p.studies()) {
                Study old = m.putIfAbsent(s.name(), s);
                if (old != null && old.getClass() != s.getClass()) {
                    throw new CliException("study name '" + s.name() + "' is registered twice (" + old.getClass()
                            .getName() + " and " + s.getClass().getName() + "); rename one of them");
                }
            }
        }
        return new Studies(m);
    }

    List<Study> all() {
        return new ArrayList<>(byName.values());
    }

    /** The study called {@code name}, or a {@link CliException} listing the known names. */
    Study require(String name) {
        Study s = byName.get(name);
        if (s == null) {
            throw new CliException("unknown study '" + name + "'; run 'sciml list' to see the studies (known: "
                    + String.join(", ", byName.keySet()) + ")");
        }
        return s;
    }
}
