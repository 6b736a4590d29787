package org.sciml4j.validation.heat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.sciml4j.validation.metrics.ConvergenceOrder;
import org.sciml4j.validation.metrics.Errors;

/**
 * Heat solver against the separable solution u = B(x, y) + sin(πx) sin(2πy) e^{−5π²αt} with the
 * bilinear (hence harmonic, also for the discrete Laplacian) wall data B = 1 + 2x + 3y + 4xy.
 */
class HeatEquation2DTest {

    /** Agreement with the exact fully discrete solution: rounding only. */
    static final double DISCRETE_EXACT_TOLERANCE = 1e-11;
    /** Allowed deviation of an observed order from the design order. */
    static final double ORDER_TOLERANCE = 0.15;

    static final double ALPHA = 0.1;
    static final DoubleBinaryOperator B = (x, y) -> 1 + 2 * x + 3 * y + 4 * x * y;

    static double mode(double x, double y) {
        return Math.sin(Math.PI * x) * Math.sin(2 * Math.PI * y);
    }

    static DoubleBinaryOperator initial() {
        return (x, y) -> B.applyAsDouble(x, y) + mode(x, y);
    }

    /** Node field of B + A·mode. */
    static double[] field(int m, double amplitude) {
        double[] u = new double[(m + 1) * (m + 1)];
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= m; j++) {
                double x = (double) i / m;
                double y = (double) j / m;
                u[i * (m + 1) + j] = B.applyAsDouble(x, y) + amplitude * mode(x, y);
            }
        }
        return u;
    }

    /** Amplitude of the mode after n steps of the fully discrete scheme. */
    static double discreteAmplitude(HeatScheme scheme, int m, double dt, long n) {
        double h = 1.0 / m;
        double lx = 4 / (h * h) * Math.pow(Math.sin(Math.PI * h / 2), 2);
        double ly = 4 / (h * h) * Math.pow(Math.sin(2 * Math.PI * h / 2), 2);
        double a = ALPHA * dt;
        double g = switch (scheme) {
            case BACKWARD_EULER -> 1 / (1 + a * (lx + ly));
            case CRANK_NICOLSON -> (1 - a * (lx + ly) / 2) / (1 + a * (lx + ly) / 2);
            case PEACEMAN_RACHFORD -> (1 - a * ly / 2) / (1 + a * lx / 2) * (1 - a * lx / 2) / (1 + a * ly / 2);
        };
        return Math.pow(g, n);
    }

    @Test
    void everySchemeReproducesItsExactDiscreteSolution() {
        int m = 12;
        double dt = 0.01;
        for (HeatScheme scheme : HeatScheme.values()) {
            HeatEquation2D heat = HeatEquation2D.builder(m, ALPHA, dt).withScheme(scheme).build();
            double[][] u = heat.solve(initial(), B, new double[] {0, 0.1, 0.3});
            assertTrue(Errors.maxAbs(u[0], field(m, 1)) < DISCRETE_EXACT_TOLERANCE);
            assertTrue(Errors.maxAbs(u[1], field(m, discreteAmplitude(scheme, m, dt, 10))) < DISCRETE_EXACT_TOLERANCE, scheme + "");
            assertTrue(Errors.maxAbs(u[2], field(m, discreteAmplitude(scheme, m, dt, 30))) < DISCRETE_EXACT_TOLERANCE, scheme + "");
        }
    }

    @Test
    void timeOrderAgainstTheSemiDiscreteSolution() {
        int m = 16;
        double h = 1.0 / m;
        double lam = 4 / (h * h) * (Math.pow(Math.sin(Math.PI * h / 2), 2) + Math.pow(Math.sin(Math.PI * h), 2));
        double t = 0.2;
        double[] exact = field(m, Math.exp(-ALPHA * lam * t));
        double[] dts = {0.02, 0.01, 0.005, 0.0025};
        for (HeatScheme scheme : HeatScheme.values()) {
            double[] e = new double[dts.length];
            for (int k = 0; k < dts.length; k++) {
                HeatEquation2D heat = HeatEquation2D.builder(m, ALPHA, dts[k]).withScheme(scheme).build();
                e[k] = Errors.maxAbs(heat.solve(initial(), B, new double[] {t})[0], exact);
            }
            double p = ConvergenceOrder.fitted(dts, e);
            assertEquals(scheme.order(), p, ORDER_TOLERANCE, scheme + " errors " + Arrays.toString(e));
        }
    }

    @Test
    void spaceOrderAgainstTheContinuousSolution() {
        double t = 0.1;
        int[] ms = {8, 16, 32};
        double[] h = new double[ms.length];
        double[] e = new double[ms.length];
        for (int k = 0; k < ms.length; k++) {
            int m = ms[k];
            h[k] = 1.0 / m;
            double dt = 0.1 * h[k] * h[k];
            double steps = Math.round(t / dt);
            HeatEquation2D heat = HeatEquation2D.builder(m, ALPHA, t / steps).withScheme(HeatScheme.CRANK_NICOLSON).build();
            double[] u = heat.solve(initial(), B, new double[] {t})[0];
            e[k] = Errors.maxAbs(u, field(m, Math.exp(-5 * Math.PI * Math.PI * ALPHA * t)));
        }
        assertEquals(2, ConvergenceOrder.fitted(h, e), ORDER_TOLERANCE, Arrays.toString(e));
    }

    @Test
    void melissaCaseRelaxesToTheWallTemperatureAndRespectsTheMaximumPrinciple() {
        // backward Euler is monotone for every dt (an M-matrix); CN and Peaceman–Rachford are not
        HeatEquation2D heat = HeatEquation2D.builder(20, 1.0, 0.01).withScheme(HeatScheme.BACKWARD_EULER).build();
        double[][] u = heat.solve(new MelissaHeatCase(100, 300, 300, 300, 300), new double[] {0.01, 2.0});
        for (double v : u[0]) {
            assertTrue(v >= 100 - 1e-9 && v <= 300 + 1e-9, "maximum principle: " + v);
        }
        for (double v : u[1]) {
            assertEquals(300, v, 1e-6);
        }
        // unequal walls: the steady state is harmonic; at t = 2 it is reached, and the centre of a
        // square with walls (a, b, c, d) has the mean temperature (a + b + c + d)/4 by symmetry
        double[] s = heat.solve(new MelissaHeatCase(250, 100, 500, 200, 400), new double[] {2.0})[0];
        assertEquals(300, s[10 * 21 + 10], 1e-6);
    }

    @Test
    void randomMelissaCasesAreSeededAndInRange() {
        MelissaHeatCase a = MelissaHeatCase.random(new java.util.SplittableRandom(8), 100, 500);
        MelissaHeatCase b = MelissaHeatCase.random(new java.util.SplittableRandom(8), 100, 500);
        assertEquals(a, b);
        for (double v : new double[] {a.initial(), a.left(), a.right(), a.bottom(), a.top()}) {
            assertTrue(v >= 100 && v < 500);
        }
        assertThrows(IllegalArgumentException.class, () -> MelissaHeatCase.random(new java.util.SplittableRandom(1), 5, 5));
    }

    @Test
    void badParametersGiveClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeatEquation2D.builder(10, -1, 0.1).build());
        assertTrue(e.getMessage().contains("negative diffusivity"));
        e = assertThrows(IllegalArgumentException.class, () -> HeatEquation2D.builder(2, 1, 0.1).build());
        assertTrue(e.getMessage().contains("grid too coarse"));
        e = assertThrows(IllegalArgumentException.class, () -> HeatEquation2D.builder(10, 1, 0).build());
        assertTrue(e.getMessage().contains("time step"));
        HeatEquation2D heat = HeatEquation2D.builder(10, 1, 0.1).build();
        e = assertThrows(IllegalArgumentException.class, () -> heat.solve(new MelissaHeatCase(1, 1, 1, 1, 1), new double[] {0.25}));
        assertTrue(e.getMessage().contains("whole multiple"));
        assertThrows(IllegalArgumentException.class, () -> new MelissaHeatCase(Double.NaN, 1, 1, 1, 1));
    }
}
