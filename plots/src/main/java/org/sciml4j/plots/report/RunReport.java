package org.sciml4j.plots.report;

import org.sciml4j.plots.ChartSpec;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one run report shows, as plain data: what {@link ReportWriter} writes and {@link ReportReader}
 * reads back. Free of model types, so the plots module does not depend on the study SPI.
 *
 * <p>{@code errors} are the accuracy figures (e.g. {@code rel_l2}), {@code metrics} any other numbers,
 * {@code timings} wall times in seconds; {@code config} maps setting names to Integer, Long, Double, Boolean
 * or String values. Maps keep insertion order and are copied into unmodifiable maps; figure ids must be
 * unique. Immutable and thread safe.
 *
 * @param study       the study's name, e.g. {@code poisson-1d}
 * @param description one line describing the study (may be empty)
 * @param seed        seed of the run
 * @param config      the settings the run used
 * @param errors      error figures
 * @param metrics     other numbers
 * @param timings     wall times in seconds
 * @param log         log lines of the run
 * @param figures     figures in display order
 */
public record RunReport(String study, String description, long seed, Map<String, Object> config,
                        Map<String, Double> errors, Map<String, Double> metrics, Map<String, Double> timings,
                        List<String> log, List<ChartSpec> figures) {

    public RunReport {
        Objects.requireNonNull(study, "study");
        description = description == null ? "" : description;
        config = copy(config, "config");
        errors = copy(errors, "errors");
        metrics = copy(metrics, "metrics");
        timings = copy(timings, "timings");
        log = List.copyOf(Objects.requireNonNull(log, "log"));
        figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
        Set<String> ids = new HashSet<>();
        for (ChartSpec f : figures) {
            if (!ids.add(f.id())) {
                throw new IllegalArgumentException("run report " + study + ": figure id '" + f.id()
                        + "' appears twice; give every figure a unique id");
            }
        }
    }

    private static <V> Map<String, V> copy(Map<String, V> in, String what) {
        Objects.requireNonNull(in, what);
        return Collections.unmodifiableMap(new LinkedHashMap<>(in));
    }
}
