package org.sciml4j.plots;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One chart of every kind, built from closed-form data, for the renderer and report tests. */
public final class SampleCharts {

    private SampleCharts() {
    }

    public static ChartSpec.LossHistory loss() {
        int n = 301;
        double[] it = new double[n];
        double[] total = new double[n];
        double[] pde = new double[n];
        double[] bc = new double[n];
        for (int i = 0; i < n; i++) {
            it[i] = 10 * i;
            pde[i] = Math.exp(-it[i] / 400.0) * (1 + 0.3 * Math.sin(i * 0.7)) + 1e-9;
            bc[i] = 0.2 * Math.exp(-it[i] / 300.0) * (1 + 0.2 * Math.cos(i * 0.5)) + 1e-10;
            total[i] = pde[i] + bc[i];
        }
        bc[5] = 0.0; // non-positive values are dropped on the log axis
        Map<String, double[]> c = new LinkedHashMap<>();
        c.put("total", total);
        c.put("pde", pde);
        c.put("bc", bc);
        return new ChartSpec.LossHistory("loss", "Training loss", it, c,
                List.of(new ChartSpec.PhaseMark(0, "Adam"), new ChartSpec.PhaseMark(2000, "L-BFGS"),
                        new ChartSpec.PhaseMark(2600, "LM")));
    }

    public static ChartSpec.ParameterTrace energy() {
        int n = 200;
        double exact = Math.PI * Math.PI / 2;
        double[] it = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            it[i] = 5 * i;
            e[i] = exact + 2.0 * Math.exp(-i / 25.0) * Math.cos(i / 6.0);
        }
        return new ChartSpec.ParameterTrace("energy", "Ground-state energy, infinite well", "E", it, e, exact);
    }

    public static ChartSpec.Curves curves() {
        int n = 201;
        double[] x = new double[n];
        double[] p = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (n - 1.0);
            r[i] = Math.sin(Math.PI * x[i]);
            p[i] = r[i] + 1e-4 * Math.sin(7 * x[i]) * x[i];
        }
        Map<String, double[]> s = new LinkedHashMap<>();
        s.put("prediction", p);
        s.put("reference", r);
        return new ChartSpec.Curves("solution", "Poisson 1-D: u(x) = sin(πx)", "x", "u", x, s, true);
    }

    /** Gaussian bump; its maximum is at grid point (3nx/4, ny/4), i.e. right and low. */
    public static ChartSpec.Heatmaps fields() {
        int nx = 64;
        int ny = 48;
        double[] ref = new double[nx * ny];
        double[] pred = new double[nx * ny];
        double[] err = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double x = i / (nx - 1.0);
                double y = j / (ny - 1.0);
                double v = Math.exp(-((x - 0.75) * (x - 0.75) + (y - 0.25) * (y - 0.25)) / 0.02);
                ref[j * nx + i] = v;
                pred[j * nx + i] = v + 1e-3 * Math.sin(6 * x) * Math.cos(5 * y);
                err[j * nx + i] = Math.abs(pred[j * nx + i] - v);
            }
        }
        return new ChartSpec.Heatmaps("fields", "Field u(x, y)", "x", "y", nx, ny, 0, 1, 0, 1,
                List.of(new ChartSpec.Panel("prediction", pred, false), new ChartSpec.Panel("reference", ref, false),
                        new ChartSpec.Panel("|error|", err, true)));
    }

    public static ChartSpec.Convergence convergence() {
        double[] h = new double[6];
        double[] e2 = new double[6];
        double[] e4 = new double[6];
        for (int k = 0; k < 6; k++) {
            h[k] = 1.0 / (8 << k);
            e2[k] = 0.3 * h[k] * h[k];
            e4[k] = 0.05 * Math.pow(h[k], 4);
        }
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("second order FD", e2);
        m.put("fourth order FD", e4);
        return new ChartSpec.Convergence("convergence", "Eigenvalue error, infinite well", "h", "|E_h − E|", h, m);
    }

    public static ChartSpec.TimeSeries throughput() {
        int n = 120;
        double[] t = new double[n];
        double[] rate = new double[n];
        double[] fill = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 0.5 * i;
            rate[i] = 900 + 150 * Math.sin(i / 9.0);
            fill[i] = 1000 * (1 - Math.exp(-i / 20.0));
        }
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("samples/s", rate);
        m.put("buffer fill (samples)", fill);
        return new ChartSpec.TimeSeries("stream", "Online training stream", "count", t, m);
    }

    public static List<ChartSpec> all() {
        return List.of(loss(), energy(), curves(), fields(), convergence(), throughput());
    }
}
