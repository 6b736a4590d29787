package org.sciml4j.validation.darcy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.sciml4j.validation.metrics.ConvergenceOrder;
import org.sciml4j.validation.metrics.Errors;

class DarcyFlow2DTest {

    /** Allowed deviation of an observed order from the design order. */
    static final double ORDER_TOLERANCE = 0.15;

    /** a = 2 + sin 2πx cos πy, u = sin πx sin πy, f = −∇·(a∇u). */
    static final DoubleBinaryOperator A = (x, y) -> 2 + Math.sin(2 * Math.PI * x) * Math.cos(Math.PI * y);
    static final DoubleBinaryOperator U = (x, y) -> Math.sin(Math.PI * x) * Math.sin(Math.PI * y);
    static final DoubleBinaryOperator F = (x, y) -> {
        double pi = Math.PI;
        double ux = pi * Math.cos(pi * x) * Math.sin(pi * y);
        double uy = pi * Math.sin(pi * x) * Math.cos(pi * y);
        double ax = 2 * pi * Math.cos(2 * pi * x) * Math.cos(pi * y);
        double ay = -pi * Math.sin(2 * pi * x) * Math.sin(pi * y);
        return -(ax * ux + ay * uy - 2 * pi * pi * A.applyAsDouble(x, y) * U.applyAsDouble(x, y));
    };

    static double[] nodes(int s, DoubleBinaryOperator g) {
        double[] v = new double[s * s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                v[i * s + j] = g.applyAsDouble((double) i / (s - 1), (double) j / (s - 1));
            }
        }
        return v;
    }

    static double manufacturedError(int s) {
        double[] u = DarcyFlow2D.of(s, F).solve(nodes(s, A));
        return Errors.maxAbs(u, nodes(s, U));
    }

    @Test
    void secondOrderOnASmoothManufacturedSolution() {
        int[] ss = {9, 17, 33, 65};
        double[] h = new double[ss.length];
        double[] e = new double[ss.length];
        for (int k = 0; k < ss.length; k++) {
            h[k] = 1.0 / (ss[k] - 1);
            e[k] = manufacturedError(ss[k]);
        }
        assertEquals(2, ConvergenceOrder.fitted(h, e), ORDER_TOLERANCE, Arrays.toString(e));
    }

    @Test
    void bandAndEjmlSparseCholeskyAgree() {
        int s = 41;
        double[] a = DarcyDataGenerator.fno(s).next(new SplittableRandom(5)).a();
        double[] band = DarcyFlow2D.builder(s).withSolver(LinearSolverChoice.BAND_CHOLESKY).build().solve(a);
        DarcyFlow2D sparse = DarcyFlow2D.builder(s).withSolver(LinearSolverChoice.EJML_SPARSE_CHOLESKY).build();
        assertTrue(Errors.relLinf(band, sparse.solve(a)) < 1e-12);
        // the EJML solver reuses its symbolic factorization for a second coefficient
        double[] a2 = DarcyDataGenerator.fno(s).next(new SplittableRandom(6)).a();
        assertTrue(Errors.relLinf(DarcyFlow2D.of(s).solve(a2), sparse.solve(a2)) < 1e-12);
        assertTrue(maxResidual(a2, sparse.solve(a2), s) < 1e-10);
    }

    @Test
    void arithmeticFaceAverageIsAlsoSecondOrder() {
        int[] ss = {9, 17, 33, 65};
        double[] h = new double[ss.length];
        double[] e = new double[ss.length];
        for (int k = 0; k < ss.length; k++) {
            h[k] = 1.0 / (ss[k] - 1);
            double[] u = DarcyFlow2D.builder(ss[k]).withSource(F).withFaceAverage(FaceAverage.ARITHMETIC).build()
                    .solve(nodes(ss[k], A));
            e[k] = Errors.maxAbs(u, nodes(ss[k], U));
        }
        assertEquals(2, ConvergenceOrder.fitted(h, e), ORDER_TOLERANCE, Arrays.toString(e));
    }

    @Test
    void constantPermeabilityScalesThePoissonSolution() {
        // −Δu = 1 on the unit square: u(½, ½) = 0.0736713532814... (series solution)
        double centre = 0.07367135328;
        int s = 65;
        double[] a = new double[s * s];
        Arrays.fill(a, 4.0);
        double[] u = DarcyFlow2D.of(s).solve(a);
        double h = 1.0 / (s - 1);
        // the five-point error at the centre is O(h²) with a modest constant
        assertEquals(centre / 4, u[32 * s + 32], 0.2 * h * h);
        // symmetry of the square
        assertEquals(u[10 * s + 20], u[20 * s + 10], 1e-14);
        assertEquals(u[10 * s + 20], u[(s - 11) * s + 20], 1e-14);
    }

    @Test
    void fnoGeneratorGivesTwoPhasePermeabilityAndPositivePressure() {
        DarcyDataGenerator gen = DarcyDataGenerator.fno(33);
        DarcyDataGenerator.Sample[] data = gen.generate(20, new SplittableRandom(9));
        double fracHigh = 0;
        for (DarcyDataGenerator.Sample d : data) {
            for (double v : d.a()) {
                assertTrue(v == 12 || v == 3);
                fracHigh += v == 12 ? 1.0 / (d.a().length * data.length) : 0;
            }
            for (int i = 1; i < 32; i++) {
                for (int j = 1; j < 32; j++) {
                    assertTrue(d.u()[i * 33 + j] > 0, "f = 1 > 0 gives u > 0 inside");
                }
            }
            // the returned u satisfies the stated harmonic-average five-point equations
            assertTrue(maxResidual(d.a(), d.u(), 33) < 1e-10, "residual");
        }
        // zero-mean symmetric field: about half of the nodes are in the high phase
        assertEquals(0.5, fracHigh, 0.15);
        double[] again = DarcyDataGenerator.fno(33).next(new SplittableRandom(9)).u();
        assertEquals(0, Errors.maxAbs(again, data[0].u()), 0.0);
    }

    /** max over interior nodes of |[Σ faces a_f (u_p − u_q)]/h² − 1|, with a_f the harmonic mean. */
    static double maxResidual(double[] a, double[] u, int s) {
        double inv = (s - 1.0) * (s - 1.0);
        double max = 0;
        for (int i = 1; i < s - 1; i++) {
            for (int j = 1; j < s - 1; j++) {
                int p = i * s + j;
                double r = 0;
                for (int q : new int[] {p + s, p - s, p + 1, p - 1}) {
                    r += 2 * a[p] * a[q] / (a[p] + a[q]) * (u[p] - u[q]);
                }
                max = Math.max(max, Math.abs(r * inv - 1));
            }
        }
        return max;
    }

    @Test
    void badInputsGiveClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DarcyFlow2D.of(3));
        assertTrue(e.getMessage().contains("grid too coarse"));
        double[] a = new double[16];
        Arrays.fill(a, 1);
        a[5] = -2;
        e = assertThrows(IllegalArgumentException.class, () -> DarcyFlow2D.of(4).solve(a));
        assertTrue(e.getMessage().contains("positive and finite"));
        e = assertThrows(IllegalArgumentException.class, () -> DarcyFlow2D.of(5).solve(a));
        assertTrue(e.getMessage().contains("expected s*s = 25"));
        assertThrows(IllegalArgumentException.class, () -> DarcyDataGenerator.of(9, 12, 0));
    }
}
