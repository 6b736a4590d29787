package org.sciml4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Levenberg–Marquardt drives a small tanh PINN (−u″ = π² sin πt, u(±1) = 0) to the exact solution. */
class TinyPinnLmTest {

    /** The accuracy goal for PINNs trained with LM. */
    private static final double PINN_MAX_ERROR = 1e-6;
    /** Central differences for the analytic Jacobian check. */
    private static final double FD_TOL = 1e-6;

    @Test
    void analyticJacobianMatchesCentralDifferences() {
        TinyPinn p = new TinyPinn(4, 7);
        double[] x = p.init(5);
        int m = p.residualCount();
        int n = p.parameterCount();
        org.ejml.data.DMatrixRMaj j = new org.ejml.data.DMatrixRMaj(m, n);
        p.evaluate(x, new double[m], j);
        double h = 1e-6;
        for (int k = 0; k < n; k++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[k] += h;
            xm[k] -= h;
            double[] rp = new double[m];
            double[] rm = new double[m];
            p.evaluate(xp, rp, null);
            p.evaluate(xm, rm, null);
            for (int i = 0; i < m; i++) {
                double fd = (rp[i] - rm[i]) / (2 * h);
                assertEquals(fd, j.get(i, k), FD_TOL * Math.max(1, Math.abs(fd)), "J[" + i + "," + k + "]");
            }
        }
    }

    @Test
    void primalFormReachesTheAccuracyGoal() {
        TinyPinn p = new TinyPinn(10, 60); // P = 31 < M = 62
        double[] x = p.init(1);
        LevenbergMarquardtRun run = LevenbergMarquardt.builder(800).build().start(p, x);
        assertTrue(!run.usesDualForm());
        while (run.iterateInPlace(IterationListener.NONE)) {
            // iterate
        }
        double err = p.maxError(x);
        assertTrue(err < PINN_MAX_ERROR, "max |u - sin(pi t)| = " + err + ", cost " + run.loss().total());
    }

    @Test
    void dualFormReachesTheAccuracyGoal() {
        TinyPinn p = new TinyPinn(24, 50); // P = 73 > M = 52
        double[] x = p.init(2);
        LevenbergMarquardtRun run = LevenbergMarquardt.builder(800).build().start(p, x);
        assertTrue(run.usesDualForm());
        while (run.iterateInPlace(IterationListener.NONE)) {
            // iterate
        }
        double err = p.maxError(x);
        assertTrue(err < PINN_MAX_ERROR, "max |u - sin(pi t)| = " + err + ", cost " + run.loss().total());
    }
}
