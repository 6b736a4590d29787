package org.sciml4j.plots;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Plain-data description of one figure: what {@link ChartRenderer} draws and what a run report stores in
 * {@code data/<id>.json} to rebuild it. Free of model types: arrays of numbers and labels only.
 *
 * <p>Every kind has a file-safe {@code id} (letters, digits, {@code . _ -}; it becomes the image file name)
 * and a title. Records validate their arguments in the compact constructor, copy arrays in, and keep
 * series maps in insertion order (unmodifiable). The accessors return the internal arrays: callers must not
 * modify them. Instances are immutable in that sense and safe to share between threads.
 *
 * <p>Log axes (loss, parameter error, convergence) cannot show zero or negative values: such points are
 * dropped from the drawn line (its neighbours are joined), and a series with no positive value is left out.
 * Non-finite values (NaN, ±∞) are dropped from every chart.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ChartSpec.LossHistory.class, name = "loss-history"),
        @JsonSubTypes.Type(value = ChartSpec.ParameterTrace.class, name = "parameter-trace"),
        @JsonSubTypes.Type(value = ChartSpec.Curves.class, name = "curves"),
        @JsonSubTypes.Type(value = ChartSpec.Heatmaps.class, name = "heatmaps"),
        @JsonSubTypes.Type(value = ChartSpec.Convergence.class, name = "convergence"),
        @JsonSubTypes.Type(value = ChartSpec.TimeSeries.class, name = "time-series")})
public sealed interface ChartSpec {

    /** File-safe identifier; the image files are {@code <id>.png} and {@code <id>.svg}. */
    String id();

    /** Title drawn above the figure. */
    String title();

    /**
     * Loss against iteration on a log axis: the total and per-component losses, with a vertical marker where
     * each optimizer phase begins (e.g. Adam → L-BFGS → LM). Non-positive losses are dropped (log axis).
     *
     * @param iterations iteration of each record (x axis)
     * @param components series name → loss at each iteration, e.g. {@code total}, {@code pde}, {@code bc}
     * @param phases     phase changes, drawn as labelled vertical lines
     */
    record LossHistory(String id, String title, double[] iterations, Map<String, double[]> components,
                       List<PhaseMark> phases) implements ChartSpec {
        public LossHistory {
            checkId(id);
            iterations = copy(iterations, id, "iterations");
            components = copy(components, iterations.length, id);
            phases = List.copyOf(Objects.requireNonNull(phases, "phases of " + id));
        }
    }

    /** Where an optimizer phase begins, e.g. {@code new PhaseMark(2000, "L-BFGS")}. */
    record PhaseMark(double iteration, String label) {
        public PhaseMark {
            Objects.requireNonNull(label, "phase label");
        }
    }

    /**
     * A trainable scalar (e.g. an energy E) against iteration. Two panels: the value with its exact value
     * {@code exact} as a horizontal line, and |value − exact| on a log axis (zero differences dropped).
     * If {@code exact} is NaN (unknown), only the first panel is drawn.
     */
    record ParameterTrace(String id, String title, String parameter, double[] iterations, double[] values,
                          double exact) implements ChartSpec {
        public ParameterTrace {
            checkId(id);
            Objects.requireNonNull(parameter, "parameter of " + id);
            iterations = copy(iterations, id, "iterations");
            values = copy(values, id, "values");
            check(values.length == iterations.length, id, "values has " + values.length
                    + " entries but iterations has " + iterations.length + "; give one value per iteration");
        }
    }

    /**
     * 1-D curves on one x grid, e.g. {@code prediction} and {@code reference}. With {@code showError} and at
     * least two series, a second panel shows the pointwise error |first − second| on a log axis.
     */
    record Curves(String id, String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series,
                  boolean showError) implements ChartSpec {
        public Curves {
            checkId(id);
            Objects.requireNonNull(xLabel, "xLabel of " + id);
            Objects.requireNonNull(yLabel, "yLabel of " + id);
            x = copy(x, id, "x");
            series = copy(series, x.length, id);
            check(!showError || series.size() >= 2, id, "showError needs two series (prediction, reference), got "
                    + series.size());
        }
    }

    /**
     * 2-D fields on a uniform {@code nx}×{@code ny} grid over [x0,x1]×[y0,y1], drawn side by side as heatmaps,
     * each with a colour bar (viridis). Values are row-major with x fastest: {@code values[j*nx + i]} is the
     * value at (x_i, y_j). Panels with {@code ownScale == false} share one colour range (e.g. prediction and
     * reference, or a row of snapshots over time); a panel with {@code ownScale} (e.g. the absolute error)
     * gets its own. More than four panels wrap onto further rows.
     */
    record Heatmaps(String id, String title, String xLabel, String yLabel, int nx, int ny, double x0, double x1,
                    double y0, double y1, List<Panel> panels) implements ChartSpec {
        public Heatmaps {
            checkId(id);
            Objects.requireNonNull(xLabel, "xLabel of " + id);
            Objects.requireNonNull(yLabel, "yLabel of " + id);
            check(nx > 0 && ny > 0, id, "grid must be positive, got " + nx + "x" + ny);
            check(x1 > x0 && y1 > y0, id, "need x0 < x1 and y0 < y1, got [" + x0 + ", " + x1 + "] x [" + y0 + ", "
                    + y1 + "]");
            panels = List.copyOf(Objects.requireNonNull(panels, "panels of " + id));
            check(!panels.isEmpty(), id, "no panels; give at least one field");
            for (Panel p : panels) {
                check(p.values().length == nx * ny, id, "panel '" + p.label() + "' has " + p.values().length
                        + " values, expected nx*ny = " + nx + "*" + ny + " = " + nx * ny);
            }
        }
    }

    /** One heatmap panel: its label, values (row-major, x fastest) and whether it has its own colour range. */
    record Panel(String label, double[] values, boolean ownScale) {
        public Panel {
            Objects.requireNonNull(label, "panel label");
            values = Objects.requireNonNull(values, "values of panel " + label).clone();
        }
    }

    /**
     * Error against resolution on log–log axes; each series is drawn with its least-squares fitted line and
     * the slope written in the legend and next to the line. Non-positive h or errors are dropped.
     *
     * @param h      mesh size, time step or resolution N of each run
     * @param errors series name → error of each run
     */
    record Convergence(String id, String title, String xLabel, String yLabel, double[] h,
                       Map<String, double[]> errors) implements ChartSpec {
        public Convergence {
            checkId(id);
            Objects.requireNonNull(xLabel, "xLabel of " + id);
            Objects.requireNonNull(yLabel, "yLabel of " + id);
            h = copy(h, id, "h");
            errors = copy(errors, h.length, id);
        }
    }

    /** Series of a streaming run (throughput, buffer fill) against wall time in seconds, linear axes. */
    record TimeSeries(String id, String title, String yLabel, double[] seconds, Map<String, double[]> series)
            implements ChartSpec {
        public TimeSeries {
            checkId(id);
            Objects.requireNonNull(yLabel, "yLabel of " + id);
            seconds = copy(seconds, id, "seconds");
            series = copy(series, seconds.length, id);
        }
    }

    /** Pattern every {@link #id()} must match. */
    Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches() || id.contains("..")) {
            throw new IllegalArgumentException("chart id '" + id + "' is not file-safe; use letters, digits, '.', '_'"
                    + " or '-' (1 to 120 characters, starting with a letter or digit)");
        }
    }

    private static double[] copy(double[] a, String id, String what) {
        check(a != null, id, what + " is null");
        return a.clone();
    }

    private static Map<String, double[]> copy(Map<String, double[]> in, int length, String id) {
        check(in != null, id, "series map is null");
        Map<String, double[]> out = new LinkedHashMap<>();
        in.forEach((k, v) -> {
            check(k != null && v != null, id, "null series name or values");
            check(v.length == length, id, "series '" + k + "' has " + v.length + " values, expected " + length);
            out.put(k, v.clone());
        });
        return Collections.unmodifiableMap(out);
    }

    private static void check(boolean ok, String id, String what) {
        if (!ok) {
            throw new IllegalArgumentException("chart " + id + ": " + what);
        }
    }
}
