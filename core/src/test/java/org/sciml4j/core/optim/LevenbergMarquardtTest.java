package org.sciml4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LevenbergMarquardtTest {

    private static final double PARAM_TOL = 1e-10;
    /** Dual and primal solves agree to rounding. */
    private static final double FORM_AGREEMENT = 1e-12;
    /** Central-difference gradient check. */
    private static final double FD_TOL = 1e-7;

    @Test
    void exponentialDecayFitRecoversExactParameters() {
        for (LevenbergMarquardt.Damping damping : LevenbergMarquardt.Damping.values()) {
            LeastSquaresProblem p = TestProblems.exponentialFit(2.5, 1.3, -0.4, 40);
            double[] x = {1, 0.5, 0};
            OptimizationResult res = LevenbergMarquardt.builder(200).withDamping(damping).build()
                    .minimizeInPlace(p, x, IterationListener.NONE);
            assertEquals(2.5, x[0], PARAM_TOL, damping + ": " + res.message());
            assertEquals(1.3, x[1], PARAM_TOL, damping + ": " + res.message());
            assertEquals(-0.4, x[2], PARAM_TOL, damping + ": " + res.message());
            assertTrue(res.converged(), res.message());
            assertTrue(res.loss().components().containsKey("late"));
        }
    }

    @Test
    void rosenbrockAsLeastSquares() {
        double[] x = {-1.2, 1};
        OptimizationResult res = Optimizers.levenbergMarquardt(500).minimizeInPlace(TestProblems.rosenbrockResiduals(), x,
                IterationListener.NONE);
        assertEquals(1, x[0], PARAM_TOL, res.message());
        assertEquals(1, x[1], PARAM_TOL, res.message());
    }

    @Test
    void dualFormEqualsPrimalForm() {
        LeastSquaresProblem p = TestProblems.underdetermined();
        for (LevenbergMarquardt.Damping damping : LevenbergMarquardt.Damping.values()) {
            double[] xp = {0.1, -0.2, 0.3, 0.05, -0.1};
            double[] xd = xp.clone();
            LevenbergMarquardtRun primal = LevenbergMarquardt.builder(6).withDamping(damping)
                    .withForm(LevenbergMarquardt.Form.PRIMAL).build().start(p, xp);
            LevenbergMarquardtRun dualRun = LevenbergMarquardt.builder(6).withDamping(damping)
                    .withForm(LevenbergMarquardt.Form.DUAL).build().start(p, xd);
            assertFalse(primal.usesDualForm());
            assertTrue(dualRun.usesDualForm());
            for (int it = 0; it < 6; it++) {
                primal.iterateInPlace(IterationListener.NONE);
                dualRun.iterateInPlace(IterationListener.NONE);
                for (int k = 0; k < 5; k++) {
                    assertEquals(xp[k], xd[k], FORM_AGREEMENT, damping + " iteration " + it + " x[" + k + "]");
                }
            }
            assertTrue(primal.loss().total() < 1e-20, "underdetermined system is solvable: cost " + primal.loss().total());
        }
        assertTrue(Optimizers.levenbergMarquardt(1).start(p, new double[5]).usesDualForm(), "AUTO picks dual for M < P");
    }

    @Test
    void asObjectiveGradientMatchesCentralDifferences() {
        LeastSquaresProblem p = TestProblems.exponentialFit(2.5, 1.3, -0.4, 20);
        Objective f = p.asObjective();
        double[] x = {1.1, 0.7, 0.2};
        double[] g = new double[3];
        LossValue v = f.evaluateLoss(x, g);
        assertEquals(v.total(), v.components().get("early") + v.components().get("late"), 1e-14);
        double h = 1e-6;
        for (int k = 0; k < 3; k++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[k] += h;
            xm[k] -= h;
            double fd = (f.evaluate(xp, new double[3]) - f.evaluate(xm, new double[3])) / (2 * h);
            assertEquals(fd, g[k], FD_TOL * Math.max(1, Math.abs(fd)), "d/dx" + k);
        }
    }

    @Test
    void nonFiniteTrialIsRejectedNotFatal() {
        LeastSquaresProblem base = TestProblems.rosenbrockResiduals();
        LeastSquaresProblem guarded = new LeastSquaresProblem() {
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
                base.evaluate(x, r, j);
                if (Math.abs(x[0]) > 1.3) {
                    r[0] = Double.NaN;
                }
            }
        };
        double[] x = {-1.2, 1};
        OptimizationResult res = LevenbergMarquardt.builder(500).withInitialDampingFactor(1e-8).build()
                .minimizeInPlace(guarded, x, IterationListener.NONE);
        assertEquals(1, x[0], PARAM_TOL, res.message());
        assertEquals(1, x[1], PARAM_TOL, res.message());
    }

    @Test
    void badInputsGiveClearErrors() {
        LeastSquaresProblem p = TestProblems.exponentialFit(1, 1, 1, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.levenbergMarquardt(10).start(p, new double[4]));
        assertTrue(e.getMessage().contains("length 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LevenbergMarquardt.builder(10).withInitialDampingFactor(-1).build());
        assertThrows(IllegalArgumentException.class, () -> LevenbergMarquardt.builder(0).build());
    }
}
