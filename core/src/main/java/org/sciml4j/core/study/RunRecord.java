package org.sciml4j.core.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a study run produced, as plain data: what the report shows and what
 * {@code metrics.json} stores. Built with {@link #builder(String)}; immutable once built.
 *
 * <p>{@code errors} holds the accuracy figures (e.g. {@code rel_l2}, {@code energy_rel_error});
 * {@code metrics} any other numbers (iterations, parameter counts); {@code timings} wall times in
 * seconds. {@code figures} holds plot data, each a {@link FigureData} turned into an image by the
 * report writer.
 */
public record RunRecord(String study, long seed, Map<String, Object> config, Map<String, Double> errors,
                        Map<String, Double> metrics, Map<String, Double> timings, List<FigureData> figures,
                        List<String> log) {

    public RunRecord {
        Objects.requireNonNull(study, "study");
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        figures = List.copyOf(figures);
        log = List.copyOf(log);
    }

    public static Builder builder(String study) {
        return new Builder(study);
    }

    /** Mutable builder; not thread safe. */
    public static final class Builder {
        private final String study;
        private long seed;
        private final Map<String, Object> config = new LinkedHashMap<>();
        private final Map<String, Double> errors = new LinkedHashMap<>();
        private final Map<String, Double> metrics = new LinkedHashMap<>();
        private final Map<String, Double> timings = new LinkedHashMap<>();
        private final List<FigureData> figures = new ArrayList<>();
        private final List<String> log = new ArrayList<>();

        private Builder(String study) {
            this.study = Objects.requireNonNull(study, "study");
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder config(Map<String, Object> values) {
            config.putAll(values);
            return this;
        }

        public Builder config(String key, Object value) {
            config.put(key, value);
            return this;
        }

        public Builder error(String key, double value) {
            errors.put(key, value);
            return this;
        }

        public Builder metric(String key, double value) {
            metrics.put(key, value);
            return this;
        }

        /** Wall time in seconds. */
        public Builder timing(String key, double seconds) {
            timings.put(key, seconds);
            return this;
        }

        public Builder figure(FigureData f) {
            figures.add(Objects.requireNonNull(f, "figure"));
            return this;
        }

        public Builder log(String line) {
            log.add(line);
            return this;
        }

        public RunRecord build() {
            return new RunRecord(study, seed, config, errors, metrics, timings, figures, log);
        }
    }
}
