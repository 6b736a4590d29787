package org.sciml4j.core.optim;

import org.ejml.data.DMatrixRMaj;

/** Test functions with known minimizers. */
final class TestProblems {

    private TestProblems() {
    }

    /** Rosenbrock f = Σ 100 (x_{i+1} − x_i²)² + (1 − x_i)², minimum 0 at (1, …, 1). */
    static Objective rosenbrock(int n) {
        return new Objective() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double evaluate(double[] x, double[] g) {
                java.util.Arrays.fill(g, 0);
                double f = 0;
                for (int i = 0; i + 1 < n; i++) {
                    double a = x[i + 1] - x[i] * x[i];
                    double b = 1 - x[i];
                    f += 100 * a * a + b * b;
                    g[i] += -400 * a * x[i] - 2 * b;
                    g[i + 1] += 200 * a;
                }
                return f;
            }
        };
    }

    /** Rosenbrock as least squares: r = (10 (x₂ − x₁²), 1 − x₁), so ½‖r‖² = f/2; minimum at (1, 1). */
    static LeastSquaresProblem rosenbrockResiduals() {
        return new LeastSquaresProblem() {
            @Override
            public int residualCount() {
                return 2;
            }

            @Override
            public int parameterCount() {
                return 2;
            }

            @Override
            public void evaluate(double[] x, double[] r, DMatrixRMaj j) {
                r[0] = 10 * (x[1] - x[0] * x[0]);
                r[1] = 1 - x[0];
                if (j != null) {
                    j.set(0, 0, -20 * x[0]);
                    j.set(0, 1, 10);
                    j.set(1, 0, -1);
                    j.set(1, 1, 0);
                }
            }
        };
    }

    /**
     * Exponential decay fit y(t) = a e^{−b t} + c on t = 0, 0.1, …, exact data from (a, b, c);
     * residuals rᵢ = model(tᵢ) − yᵢ, two named blocks (first and second half).
     */
    static LeastSquaresProblem exponentialFit(double a, double b, double c, int points) {
        double[] t = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = 0.1 * i;
            y[i] = a * Math.exp(-b * t[i]) + c;
        }
        return new LeastSquaresProblem() {
            @Override
            public int residualCount() {
                return points;
            }

            @Override
            public int parameterCount() {
                return 3;
            }

            @Override
            public java.util.Map<String, Integer> components() {
                java.util.Map<String, Integer> m = new java.util.LinkedHashMap<>();
                m.put("early", points / 2);
                m.put("late", points - points / 2);
                return m;
            }

            @Override
            public void evaluate(double[] p, double[] r, DMatrixRMaj j) {
                for (int i = 0; i < points; i++) {
                    double e = Math.exp(-p[1] * t[i]);
                    r[i] = p[0] * e + p[2] - y[i];
                    if (j != null) {
                        j.set(i, 0, e);
                        j.set(i, 1, -p[0] * t[i] * e);
                        j.set(i, 2, 1);
                    }
                }
            }
        };
    }

    /**
     * An underdetermined smooth problem (M = 3 residuals, P = 5 parameters):
     * rᵢ = Σⱼ Aᵢⱼ sin(xⱼ) + 0.5 xᵢ² − bᵢ with fixed A, b.
     */
    static LeastSquaresProblem underdetermined() {
        double[][] a = {{1.0, 0.3, -0.2, 0.5, 0.1}, {0.2, -1.1, 0.4, 0.0, 0.7}, {-0.5, 0.2, 0.9, 0.3, -0.4}};
        double[] b = {0.7, -0.3, 0.4};
        return new LeastSquaresProblem() {
            @Override
            public int residualCount() {
                return 3;
            }

            @Override
            public int parameterCount() {
                return 5;
            }

            @Override
            public void evaluate(double[] x, double[] r, DMatrixRMaj j) {
                for (int i = 0; i < 3; i++) {
                    double s = 0.5 * x[i] * x[i] - b[i];
                    for (int k = 0; k < 5; k++) {
                        s += a[i][k] * Math.sin(x[k]);
                        if (j != null) {
                            j.set(i, k, a[i][k] * Math.cos(x[k]) + (k == i ? x[i] : 0));
                        }
                    }
                    r[i] = s;
                }
            }
        };
    }
}
