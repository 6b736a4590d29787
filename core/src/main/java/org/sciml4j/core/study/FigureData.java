package org.sciml4j.core.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plot data produced by a study, free of model types; the report writer turns each kind into a
 * figure. Every kind has a file-safe {@code id} (becomes the image file name) and a title.
 * Arrays are copied in; series maps keep insertion order.
 */
public sealed interface FigureData {

    String id();

    String title();

    /** Loss per iteration on a log axis: total and components; optimizer phase changes marked. */
    record LossHistory(String id, String title, double[] iterations, Map<String, double[]> components,
                       List<PhaseMark> phases) implements FigureData {
        public LossHistory {
            iterations = iterations.clone();
            components = copy(components, iterations.length, id);
            phases = List.copyOf(phases);
        }
    }

    /** Where an optimizer phase begins (e.g. "L-BFGS" at iteration 2000). */
    record PhaseMark(double iteration, String label) { }

    /** A trainable scalar (e.g. an energy E) against iteration, with its exact value. */
    record ParameterTrace(String id, String title, String parameter, double[] iterations, double[] values,
                          double exact) implements FigureData {
        public ParameterTrace {
            iterations = iterations.clone();
            values = values.clone();
            check(values.length == iterations.length, id, "values and iterations differ in length");
        }
    }

    /** 1-D curves on one x grid (e.g. "prediction" and "reference"); the first two also give the pointwise error. */
    record Curves(String id, String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series,
                  boolean showError) implements FigureData {
        public Curves {
            x = x.clone();
            series = copy(series, x.length, id);
        }
    }

    /**
     * 2-D fields on a uniform nx-by-ny grid over [x0,x1]×[y0,y1], stored row-major with x fastest
     * ({@code value[j*nx + i]} at x_i, y_j), drawn side by side as heatmaps with a colour bar. The
     * axis labels default to "x" and "y" when null (e.g. x and t for a space–time field).
     */
    record Fields(String id, String title, String xLabel, String yLabel, int nx, int ny, double x0, double x1,
                  double y0, double y1, Map<String, double[]> panels) implements FigureData {
        public Fields {
            check(nx > 0 && ny > 0, id, "grid must be positive, got " + nx + "x" + ny);
            xLabel = xLabel == null ? "x" : xLabel;
            yLabel = yLabel == null ? "y" : yLabel;
            panels = copy(panels, nx * ny, id);
        }

        /** Fields with the axes labelled x and y. */
        public Fields(String id, String title, int nx, int ny, double x0, double x1, double y0, double y1,
                      Map<String, double[]> panels) {
            this(id, title, "x", "y", nx, ny, x0, x1, y0, y1, panels);
        }
    }

    /** Error against resolution on log–log axes with the fitted slope: h (or N) and errors per series. */
    record Convergence(String id, String title, String xLabel, double[] h, Map<String, double[]> errors)
            implements FigureData {
        public Convergence {
            h = h.clone();
            errors = copy(errors, h.length, id);
        }
    }

    /** Time series of a streaming run (throughput, buffer fill) against wall time in seconds. */
    record TimeSeries(String id, String title, String yLabel, double[] seconds, Map<String, double[]> series)
            implements FigureData {
        public TimeSeries {
            seconds = seconds.clone();
            series = copy(series, seconds.length, id);
        }
    }

    private static Map<String, double[]> copy(Map<String, double[]> in, int length, String id) {
        Objects.requireNonNull(in, "series of " + id);
        Map<String, double[]> out = new LinkedHashMap<>();
        in.forEach((k, v) -> {
            check(v.length == length, id, "series '" + k + "' has " + v.length + " values, expected " + length);
            out.put(k, v.clone());
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    private static void check(boolean ok, String id, String what) {
        if (!ok) {
            throw new IllegalArgumentException("figure " + id + ": " + what);
        }
    }
}
