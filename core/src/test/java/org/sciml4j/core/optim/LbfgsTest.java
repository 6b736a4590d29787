package org.sciml4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LbfgsTest {

    private static final double OPTIMUM_TOL = 1e-8;

    private static Lbfgs tight(long iterations) {
        return Lbfgs.builder(iterations).withGradientTolerance(1e-12).withFunctionTolerance(0).build();
    }

    @Test
    void rosenbrock2dFromClassicStart() {
        double[] x = {-1.2, 1};
        OptimizationResult res = tight(500).minimizeInPlace(TestProblems.rosenbrock(2), x, IterationListener.NONE);
        assertEquals(1, x[0], OPTIMUM_TOL, res.message());
        assertEquals(1, x[1], OPTIMUM_TOL, res.message());
        assertTrue(res.iterations() < 100, "iterations " + res.iterations());
    }

    @Test
    void rosenbrock20d() {
        double[] x = new double[20];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 2 == 0 ? -1.2 : 1.0;
        }
        OptimizationResult res = tight(2000).minimizeInPlace(TestProblems.rosenbrock(20), x, IterationListener.NONE);
        for (double v : x) {
            assertEquals(1, v, OPTIMUM_TOL, res.message());
        }
    }

    @Test
    void nanRegionInLineSearchIsBacktracked() {
        Objective base = TestProblems.rosenbrock(2);
        int[] nans = {0};
        Objective guarded = new Objective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double evaluate(double[] x, double[] g) {
                double v = base.evaluate(x, g);
                if (Math.abs(x[0]) > 1.5 || Math.abs(x[1]) > 1.5) {
                    nans[0]++;
                    java.util.Arrays.fill(g, Double.NaN);
                    return Double.NaN;
                }
                return v;
            }
        };
        double[] x = {-1.2, 1};
        OptimizationResult res = tight(500).minimizeInPlace(guarded, x, IterationListener.NONE);
        assertTrue(nans[0] > 0, "test needs the line search to hit the NaN region");
        assertEquals(1, x[0], OPTIMUM_TOL, res.message());
        assertEquals(1, x[1], OPTIMUM_TOL, res.message());
    }

    @Test
    void reportsWhyItStopped() {
        double[] x = {-1.2, 1};
        OptimizationResult res = Lbfgs.builder(5).build().minimizeInPlace(TestProblems.rosenbrock(2), x,
                IterationListener.NONE);
        assertEquals(StopReason.MAX_ITERATIONS, res.reason());
        assertFalse(res.converged());
        assertEquals(5, res.iterations());

        double[] y = {-1.2, 1};
        OptimizationResult ok = Lbfgs.builder(500).withGradientTolerance(1e-6).build()
                .minimizeInPlace(TestProblems.rosenbrock(2), y, IterationListener.NONE);
        assertEquals(StopReason.GRADIENT_TOLERANCE, ok.reason());
        assertTrue(ok.gradientNorm() <= 1e-6);

        double[] w = {-1.2, 1};
        OptimizationResult budget = Lbfgs.builder(500).withMaxEvaluations(12).build()
                .minimizeInPlace(TestProblems.rosenbrock(2), w, IterationListener.NONE);
        assertEquals(StopReason.MAX_EVALUATIONS, budget.reason());
        assertTrue(budget.evaluations() <= 12, "evaluations " + budget.evaluations());
        assertTrue(budget.loss().total() < 24.2, "some progress from f(x0) = 24.2: " + budget.loss().total());

        double[] z = {Double.NaN, 1};
        OptimizationResult bad = tight(10).minimizeInPlace(TestProblems.rosenbrock(2), z, IterationListener.NONE);
        assertEquals(StopReason.NON_FINITE, bad.reason());
        assertTrue(bad.message().contains("not finite"), bad.message());
    }

    @Test
    void resumeFromStateContinuesBitIdentically() {
        Objective f = TestProblems.rosenbrock(6);
        Lbfgs lbfgs = Lbfgs.builder(40).withHistorySize(4).withGradientTolerance(0).withFunctionTolerance(0).build();
        double[] x = {-1.2, 1, -1.2, 1, -1.2, 1};
        LbfgsRun run = lbfgs.start(f, x);
        for (int i = 0; i < 15; i++) {
            run.iterateInPlace(IterationListener.NONE);
        }
        LbfgsState saved = run.state();
        double[] xSaved = x.clone();
        while (run.iterateInPlace(IterationListener.NONE)) {
            // continue
        }
        LbfgsRun resumed = lbfgs.resume(f, xSaved, saved);
        while (resumed.iterateInPlace(IterationListener.NONE)) {
            // continue
        }
        assertArrayEquals(x, xSaved, 0.0);
        assertEquals(run.iterations(), resumed.iterations());
    }

    @Test
    void badInputsGiveClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.lbfgs(10).minimizeInPlace(TestProblems.rosenbrock(3), new double[2], IterationListener.NONE));
        assertTrue(e.getMessage().contains("length 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lbfgs.builder(0).build());
        assertThrows(IllegalArgumentException.class, () -> Lbfgs.builder(10).withWolfeConstants(0.9, 0.1).build());
        assertThrows(IllegalArgumentException.class, () -> Lbfgs.builder(10).withHistorySize(0).build());
    }
}
