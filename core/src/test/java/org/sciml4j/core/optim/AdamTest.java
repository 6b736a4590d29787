package org.sciml4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdamTest {

    private static final double EXACT = 1e-15;
    /** Adam with an exponentially decaying rate on 2-D Rosenbrock, from (−1.2, 1); measured error 6.1e-10. */
    private static final double ADAM_ROSENBROCK_TOL = 1e-8;

    @Test
    void firstStepMovesByLearningRateTimesNormalizedGradient() {
        Adam adam = Optimizers.adam(0.01);
        AdamStepper st = adam.start(3);
        double[] x = {1, 2, 3};
        double[] g = {0.5, -2, 0};
        st.stepInPlace(x, g);
        // m̂ = g, v̂ = g², step = η g / (|g| + ε)
        assertEquals(1 - 0.01 * 0.5 / (0.5 + 1e-8), x[0], EXACT);
        assertEquals(2 + 0.01 * 2 / (2 + 1e-8), x[1], EXACT);
        assertEquals(3, x[2], 0.0);
        assertEquals(1, st.stepCount());
    }

    @Test
    void secondStepMatchesHandComputedMoments() {
        Adam adam = Adam.builder(0.1).withBetas(0.8, 0.9).withEpsilon(1e-6).build();
        AdamStepper st = adam.start(1);
        double[] x = {0};
        st.stepInPlace(x, new double[] {1});
        st.stepInPlace(x, new double[] {3});
        double m = 0.8 * 0.2 * 1 + 0.2 * 3;
        double v = 0.9 * 0.1 * 1 + 0.1 * 9;
        double expected = -0.1 * 1 / (1 + 1e-6) - 0.1 * (m / (1 - 0.64)) / (Math.sqrt(v / (1 - 0.81)) + 1e-6);
        assertEquals(expected, x[0], EXACT);
    }

    @Test
    void adamWDecaysWeightsWithoutGradient() {
        Adam adamW = Optimizers.adamW(0.1, 0.01);
        AdamStepper st = adamW.start(2);
        double[] x = {2, -4};
        st.stepInPlace(x, new double[2]);
        assertEquals(2 * (1 - 0.1 * 0.01), x[0], EXACT);
        assertEquals(-4 * (1 - 0.1 * 0.01), x[1], EXACT);
    }

    @Test
    void reachesRosenbrockOptimum() {
        Objective f = TestProblems.rosenbrock(2);
        Adam adam = Optimizers.adam(Schedules.exponentialDecay(2e-2, 0.1, 10_000));
        double[] x = {-1.2, 1};
        OptimizationResult res = adam.start(2).minimizeInPlace(f, x, 30_000, IterationListener.NONE);
        assertEquals(StopReason.MAX_ITERATIONS, res.reason());
        assertEquals(1, x[0], ADAM_ROSENBROCK_TOL, "x1 = " + x[0]);
        assertEquals(1, x[1], 2 * ADAM_ROSENBROCK_TOL, "x2 = " + x[1]);
    }

    @Test
    void restoredStateContinuesBitIdentically() {
        Objective f = TestProblems.rosenbrock(4);
        Adam adam = Optimizers.adam(Schedules.cosineAnnealing(1e-2, 1e-4, 50));
        double[] x = {-1, 0.5, 0.2, 2};
        AdamStepper a = adam.start(4);
        a.minimizeInPlace(f, x, 20, IterationListener.NONE);
        AdamState saved = a.state();
        double[] xSaved = x.clone();
        a.minimizeInPlace(f, x, 30, IterationListener.NONE);

        AdamStepper b = adam.resume(saved);
        double[] y = xSaved.clone();
        b.minimizeInPlace(f, y, 30, IterationListener.NONE);
        assertArrayEquals(x, y, 0.0);
        assertEquals(a.state(), b.state());
        assertEquals(50, b.stepCount());
    }

    @Test
    void listenerSeesEveryIteration() {
        int[] count = {0};
        double[] lastLr = {0};
        Optimizers.adam(Schedules.stepDecay(1e-2, 0.5, 5)).start(2).minimizeInPlace(TestProblems.rosenbrock(2),
                new double[] {0, 0}, 12, info -> {
                    count[0]++;
                    lastLr[0] = info.control();
                    assertEquals(count[0], info.iteration());
                });
        assertEquals(12, count[0]);
        assertEquals(2.5e-3, lastLr[0], EXACT);
    }

    @Test
    void badInputsGiveClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimizers.adam(-1e-3));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Adam.builder(1e-3).withBetas(1.0, 0.9).build());
        AdamStepper st = Optimizers.adam(1e-3).start(3);
        IllegalArgumentException dim = assertThrows(IllegalArgumentException.class,
                () -> st.stepInPlace(new double[2], new double[3]));
        assertTrue(dim.getMessage().contains("length 2"), dim.getMessage());
        double[] x = {1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> st.stepInPlace(x, new double[] {0, Double.NaN, 0}));
        assertArrayEquals(new double[] {1, 2, 3}, x, 0.0);
        assertThrows(IllegalArgumentException.class, () -> st.restore(AdamState.initial(4)));
    }
}
