package org.sciml4j.core.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * A one-hidden-layer tanh PINN for −u″ = π² sin(πt) on [−1, 1], u(±1) = 0 (exact u = sin πt),
 * written as least squares with an analytic Jacobian: u(t) = Σⱼ cⱼ tanh(wⱼ t + bⱼ) + d, parameters
 * ordered (w₁, b₁, c₁, …, w_H, b_H, c_H, d); residuals "pde" √(1/N)(u″(tᵢ) + π² sin πtᵢ) at N
 * uniform interior points and "bc" u(±1).
 */
final class TinyPinn implements LeastSquaresProblem {

    final int hidden;
    final double[] t;

    TinyPinn(int hidden, int interior) {
        this.hidden = hidden;
        this.t = new double[interior];
        for (int i = 0; i < interior; i++) {
            t[i] = -1 + 2.0 * (i + 1) / (interior + 1);
        }
    }

    @Override
    public int residualCount() {
        return t.length + 2;
    }

    @Override
    public int parameterCount() {
        return 3 * hidden + 1;
    }

    @Override
    public Map<String, Integer> components() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("pde", t.length);
        m.put("bc", 2);
        return m;
    }

    double[] init(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] p = new double[parameterCount()];
        for (int j = 0; j < hidden; j++) {
            p[3 * j] = rng.nextGaussian() * 2;
            p[3 * j + 1] = rng.nextGaussian();
            p[3 * j + 2] = rng.nextGaussian() / Math.sqrt(hidden);
        }
        return p;
    }

    double u(double[] p, double x) {
        double s = p[3 * hidden];
        for (int j = 0; j < hidden; j++) {
            s += p[3 * j + 2] * Math.tanh(p[3 * j] * x + p[3 * j + 1]);
        }
        return s;
    }

    @Override
    public void evaluate(double[] p, double[] r, DMatrixRMaj jac) {
        int n = t.length;
        int cols = parameterCount();
        double scale = Math.sqrt(1.0 / n);
        if (jac != null) {
            java.util.Arrays.fill(jac.data, 0, residualCount() * cols, 0.0);
        }
        for (int i = 0; i < n; i++) {
            double x = t[i];
            double upp = 0;
            for (int j = 0; j < hidden; j++) {
                double w = p[3 * j];
                double c = p[3 * j + 2];
                double s = Math.tanh(w * x + p[3 * j + 1]);
                double s1 = 1 - s * s;
                double s2 = -2 * s * s1;
                double s3 = -2 * s1 * s1 - 2 * s * s2;
                upp += c * w * w * s2;
                if (jac != null) {
                    int row = i * cols;
                    jac.data[row + 3 * j] = scale * c * (2 * w * s2 + w * w * s3 * x);
                    jac.data[row + 3 * j + 1] = scale * c * w * w * s3;
                    jac.data[row + 3 * j + 2] = scale * w * w * s2;
                }
            }
            r[i] = scale * (upp + Math.PI * Math.PI * Math.sin(Math.PI * x));
        }
        for (int k = 0; k < 2; k++) {
            double x = k == 0 ? -1 : 1;
            int i = n + k;
            r[i] = u(p, x);
            if (jac != null) {
                int row = i * cols;
                for (int j = 0; j < hidden; j++) {
                    double w = p[3 * j];
                    double c = p[3 * j + 2];
                    double s = Math.tanh(w * x + p[3 * j + 1]);
                    double s1 = 1 - s * s;
                    jac.data[row + 3 * j] = c * s1 * x;
                    jac.data[row + 3 * j + 1] = c * s1;
                    jac.data[row + 3 * j + 2] = s;
                }
                jac.data[row + 3 * hidden] = 1;
            }
        }
    }

    /** max |u − sin πt| on 401 uniform points of [−1, 1]. */
    double maxError(double[] p) {
        double e = 0;
        for (int i = 0; i <= 400; i++) {
            double x = -1 + 2.0 * i / 400;
            e = Math.max(e, Math.abs(u(p, x) - Math.sin(Math.PI * x)));
        }
        return e;
    }
}
