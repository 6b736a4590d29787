package org.sciml4j.core.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/** Package-private helpers for {@link LeastSquaresProblem}. */
final class LeastSquaresSupport {

    private LeastSquaresSupport() {
    }

    static LossValue cost(LeastSquaresProblem p, double[] r) {
        if (r.length != p.residualCount()) {
            throw new IllegalArgumentException("least squares cost: residual vector has length " + r.length
                    + ", problem has residualCount() = " + p.residualCount());
        }
        Map<String, Integer> blocks = LeastSquaresProblem.checkedComponents(p);
        double total = 0;
        Map<String, Double> parts = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Integer> e : blocks.entrySet()) {
            double s = 0;
            for (int end = i + e.getValue(); i < end; i++) {
                s += r[i] * r[i];
            }
            parts.put(e.getKey(), 0.5 * s);
        }
        for (double v : r) {
            total += v * v;
        }
        return new LossValue(0.5 * total, parts);
    }

    /** f = ½‖r‖², ∇f = Jᵀr. */
    static final class AsObjective implements Objective {
        private final LeastSquaresProblem problem;
        private final double[] r;
        private final DMatrixRMaj jacobian;

        AsObjective(LeastSquaresProblem problem) {
            this.problem = problem;
            this.r = new double[problem.residualCount()];
            this.jacobian = new DMatrixRMaj(problem.residualCount(), problem.parameterCount());
        }

        @Override
        public int dimension() {
            return problem.parameterCount();
        }

        @Override
        public double evaluate(double[] x, double[] gradOut) {
            return evaluateLoss(x, gradOut).total();
        }

        @Override
        public LossValue evaluateLoss(double[] x, double[] gradOut) {
            int m = problem.residualCount();
            int n = problem.parameterCount();
            Checks.length("least squares objective", "x", x, n);
            Checks.length("least squares objective", "gradient", gradOut, n);
            jacobian.reshape(m, n);
            problem.evaluate(x, r, jacobian);
            java.util.Arrays.fill(gradOut, 0.0);
            double[] j = jacobian.data;
            for (int i = 0; i < m; i++) {
                double ri = r[i];
                int row = i * n;
                for (int k = 0; k < n; k++) {
                    gradOut[k] += j[row + k] * ri;
                }
            }
            return problem.cost(r);
        }
    }
}
