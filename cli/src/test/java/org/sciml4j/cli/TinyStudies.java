package org.sciml4j.cli;

import org.sciml4j.core.study.FigureData;
import org.sciml4j.core.study.RunRecord;
import org.sciml4j.core.study.Settings;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyContext;
import org.sciml4j.core.study.StudyProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-scope provider of the study {@code tiny-trapezoid}: the composite trapezoidal rule for
 * ∫₀¹ sin(πx) dx = 2/π on n intervals, error relative to the exact value, plus one figure of each kind.
 */
public final class TinyStudies implements StudyProvider {

    static final String NAME = "tiny-trapezoid";
    static final String DESCRIPTION = "test study: trapezoidal rule for the integral of sin(pi x) on [0,1]";

    @Override
    public List<Study> studies() {
        return List.of(new Tiny());
    }

    /** Relative error of the trapezoidal rule on n intervals. */
    static double relError(int n) {
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double w = i == 0 || i == n ? 0.5 : 1.0;
            sum += w * Math.sin(Math.PI * i / n);
        }
        double exact = 2 / Math.PI;
        return Math.abs(sum / n - exact) / exact;
    }

    static final class Tiny implements Study {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return DESCRIPTION;
        }

        @Override
        public Settings defaults() {
            return Settings.empty().define("n", 16, "intervals").define("label", "u", "y label");
        }

        @Override
        public RunRecord run(StudyContext ctx) {
            int n = ctx.settings().getInt("n");
            if (n < 2) {
                throw new IllegalArgumentException("setting n must be at least 2, got " + n);
            }
            ctx.progress().phase("refine", 3);
            double[] h = new double[3];
            double[] e = new double[3];
            for (int k = 0; k < 3; k++) {
                int m = n << k;
                h[k] = 1.0 / m;
                e[k] = relError(m);
                ctx.progress().step(k + 1, "n=" + m);
            }
            ctx.progress().log("finest error " + e[2]);
            double[] x = new double[n + 1];
            double[] u = new double[n + 1];
            double[] ref = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                x[i] = (double) i / n;
                u[i] = Math.sin(Math.PI * x[i]) * (1 + 1e-3 * x[i]);
                ref[i] = Math.sin(Math.PI * x[i]);
            }
            Map<String, double[]> series = new LinkedHashMap<>();
            series.put("prediction", u);
            series.put("reference", ref);
            double[] field = new double[4 * 3];
            for (int i = 0; i < field.length; i++) {
                field[i] = i;
            }
            Map<String, double[]> panels = new LinkedHashMap<>();
            panels.put("u", field);
            panels.put("|error|", field);
            return RunRecord.builder(NAME).seed(ctx.seed()).config(ctx.settings().values())
                    .error("rel_error", relError(n))
                    .metric("intervals", n)
                    .timing("integrate", 0.001)
                    .figure(new FigureData.Convergence("convergence", "Trapezoidal rule", "h", h,
                            Map.of("relative error", e)))
                    .figure(new FigureData.Curves("solution", "u(x)", "x", ctx.settings().getString("label"), x,
                            series, true))
                    .figure(new FigureData.Fields("field", "a field", 4, 3, 0, 1, 0, 1, panels))
                    .figure(new FigureData.LossHistory("loss", "loss", new double[]{0, 1, 2},
                            Map.of("total", new double[]{1, 0.1, 0.01}),
                            List.of(new FigureData.PhaseMark(1, "LM"))))
                    .figure(new FigureData.ParameterTrace("energy", "E", "E", new double[]{0, 1, 2},
                            new double[]{9, 9.8, 9.86}, Math.PI * Math.PI))
                    .figure(new FigureData.TimeSeries("stream", "stream", "count", new double[]{0, 1, 2},
                            Map.of("samples", new double[]{0, 10, 20})))
                    .build();
        }
    }
}
