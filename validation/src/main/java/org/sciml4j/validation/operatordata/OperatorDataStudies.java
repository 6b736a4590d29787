package org.sciml4j.validation.operatordata;

import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/** Convergence studies of the DeepONet data generators; registered for {@link java.util.ServiceLoader}. */
public final class OperatorDataStudies {

    private OperatorDataStudies() {
    }

    /**
     * Diffusion–reaction with k = 0 and v = sin πx, exact s = sin πx (1 − e^{−Dπ²t})/(Dπ²): max error
     * over three (x, t) points vs h, design order 2 (method of lines, rtol 1e-10).
     */
    public static final class DiffusionReactionSpace implements ConvergenceStudy {
        @Override
        public String name() {
            return "deeponet-diffusion-reaction-space";
        }

        @Override
        public String description() {
            return "DiffusionReactionOperator (method of lines, 2nd-order FD, DormandPrince853 rtol 1e-10), D=0.01, k=0, "
                    + "v = sin(pi x): max error vs the exact solution at (0.5,1), (0.25,0.5), (0.75,0.3)";
        }

        @Override
        public ConvergenceResult run() {
            int[] nodes = {5, 9, 17, 33, 65};
            double[] h = new double[nodes.length];
            double[] err = new double[nodes.length];
            double[] sec = new double[nodes.length];
            double d = 0.01;
            double[][] y = {{0.5, 1.0}, {0.25, 0.5}, {0.75, 0.3}};
            for (int k = 0; k < nodes.length; k++) {
                h[k] = 1.0 / (nodes[k] - 1);
                long t0 = System.nanoTime();
                double[] s = DiffusionReactionOperator.builder().withReaction(0).withNodes(nodes[k]).build()
                        .solve(x -> Math.sin(Math.PI * x), y);
                sec[k] = (System.nanoTime() - t0) * 1e-9;
                double e = 0;
                for (int p = 0; p < y.length; p++) {
                    double exact = Math.sin(Math.PI * y[p][0]) * (1 - Math.exp(-d * Math.PI * Math.PI * y[p][1]))
                            / (d * Math.PI * Math.PI);
                    e = Math.max(e, Math.abs(s[p] - exact));
                }
                err[k] = e;
            }
            return new ConvergenceResult(name(), description(), "nodes N_x", nodes, h, err, sec, "max |s - s_exact|", 2);
        }
    }

    /**
     * Nonlinear ODE s′ = −s² + 4, s(0) = 0, exact s = 2 tanh 2x: max error at 101 points against the
     * integrator's relative tolerance (absolute tolerance 1e-3·rtol). An adaptive integrator with
     * tolerance proportionality has global error ∝ tolerance: "design order" 1 in the tolerance.
     */
    public static final class RiccatiTolerance implements ConvergenceStudy {
        @Override
        public String name() {
            return "deeponet-riccati-tolerance";
        }

        @Override
        public String description() {
            return "ScalarOdeOperator.nonlinear (DormandPrince853) on s' = -s^2 + 4, exact 2 tanh(2x): max error on 101 "
                    + "points vs relative tolerance (h = rtol)";
        }

        @Override
        public ConvergenceResult run() {
            double[] tol = {1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10};
            int[] res = new int[tol.length];
            double[] err = new double[tol.length];
            double[] sec = new double[tol.length];
            double[][] y = new double[101][];
            for (int j = 0; j < y.length; j++) {
                y[j] = new double[] {j / 100.0};
            }
            for (int k = 0; k < tol.length; k++) {
                res[k] = (int) Math.round(-Math.log10(tol[k]));
                long t0 = System.nanoTime();
                double[] s = ScalarOdeOperator.nonlinear().withTolerances(tol[k], 1e-3 * tol[k]).solve(x -> 4.0, y);
                sec[k] = (System.nanoTime() - t0) * 1e-9;
                double e = 0;
                for (int j = 0; j < y.length; j++) {
                    e = Math.max(e, Math.abs(s[j] - 2 * Math.tanh(2 * y[j][0])));
                }
                err[k] = e;
            }
            return new ConvergenceResult(name(), description(), "-log10(rtol)", res, tol, err, sec,
                    "max |s - 2 tanh 2x| on [0,1]", 1);
        }
    }
}
