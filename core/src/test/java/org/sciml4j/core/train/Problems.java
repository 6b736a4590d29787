package org.sciml4j.core.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.sciml4j.core.optim.LeastSquaresProblem;

/** Test problems for the trainer. */
final class Problems {

    private Problems() {
    }

    /**
     * Chained Rosenbrock as least squares, n parameters, M = 2(n − 1) residuals in two blocks:
     * "curvature" rᵢ = 10 (x_{i+1} − xᵢ²) and "distance" r_{n−1+i} = 1 − xᵢ; minimum 0 at (1, …, 1).
     */
    static LeastSquaresProblem rosenbrock(int n) {
        return new LeastSquaresProblem() {
            @Override
            public int residualCount() {
                return 2 * (n - 1);
            }

            @Override
            public int parameterCount() {
                return n;
            }

            @Override
            public Map<String, Integer> components() {
                Map<String, Integer> m = new LinkedHashMap<>();
                m.put("curvature", n - 1);
                m.put("distance", n - 1);
                return m;
            }

            @Override
            public void evaluate(double[] x, double[] r, DMatrixRMaj j) {
                if (j != null) {
                    java.util.Arrays.fill(j.data, 0, residualCount() * n, 0.0);
                }
                for (int i = 0; i + 1 < n; i++) {
                    r[i] = 10 * (x[i + 1] - x[i] * x[i]);
                    r[n - 1 + i] = 1 - x[i];
                    if (j != null) {
                        j.set(i, i, -20 * x[i]);
                        j.set(i, i + 1, 10);
                        j.set(n - 1 + i, i, -1);
                    }
                }
            }
        };
    }

    static double[] classicStart(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 2 == 0 ? -1.2 : 1.0;
        }
        return x;
    }
}
