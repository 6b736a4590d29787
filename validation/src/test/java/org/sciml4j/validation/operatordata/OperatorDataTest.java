package org.sciml4j.validation.operatordata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.analysis.polynomials.PolynomialFunction;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;
import org.junit.jupiter.api.Test;
import org.sciml4j.validation.metrics.ConvergenceOrder;
import org.sciml4j.validation.random.GaussianRandomField1D;

class OperatorDataTest {

    /** Integrator at rtol 1e-10 / atol 1e-12 over a unit interval: absolute error well below this. */
    static final double ODE_TOLERANCE = 1e-9;
    /** Allowed deviation of an observed order from the design order. */
    static final double ORDER_TOLERANCE = 0.15;

    static double[][] points(int q) {
        double[][] y = new double[q][];
        for (int j = 0; j < q; j++) {
            y[j] = new double[] {(double) j / (q - 1)};
        }
        return y;
    }

    @Test
    void antiderivativeOfAnAnalyticInput() {
        double[][] y = points(51);
        double[] s = ScalarOdeOperator.antiderivative().solve(x -> Math.sin(3 * x) + x * x, y);
        for (int j = 0; j < y.length; j++) {
            double x = y[j][0];
            assertEquals((1 - Math.cos(3 * x)) / 3 + x * x * x / 3, s[j], ODE_TOLERANCE);
        }
    }

    @Test
    void antiderivativeOfARandomSplineMatchesItsExactIntegral() {
        GaussianRandomField1D grf = GaussianRandomField1D.rbf(0.2).withGridPoints(200).build();
        PolynomialSplineFunction v = grf.sample(new SplittableRandom(4));
        double[][] y = points(37);
        double[] s = ScalarOdeOperator.antiderivative().solve(v, y);
        double[] knots = v.getKnots();
        PolynomialFunction[] pieces = v.getPolynomials();
        for (int j = 0; j < y.length; j++) {
            double x = y[j][0];
            double exact = 0;
            for (int p = 0; p < pieces.length && knots[p] < x; p++) {
                double hi = Math.min(x, knots[p + 1]);
                exact += pieces[p].integrate(0, hi - knots[p]);
            }
            assertEquals(exact, s[j], ODE_TOLERANCE, "x = " + x);
        }
    }

    @Test
    void nonlinearOdeMatchesTheRiccatiSolutions() {
        double[][] y = points(41);
        // s' = −s² + c: s = √c tanh(√c x) for c > 0, s = −√|c| tan(√|c| x) for c < 0
        double[] s = ScalarOdeOperator.nonlinear().solve(x -> 4.0, y);
        double[] t = ScalarOdeOperator.nonlinear().solve(x -> -1.0, y);
        for (int j = 0; j < y.length; j++) {
            double x = y[j][0];
            assertEquals(2 * Math.tanh(2 * x), s[j], ODE_TOLERANCE);
            assertEquals(-Math.tan(x), t[j], ODE_TOLERANCE);
        }
    }

    static double diffusionError(int nodes) {
        double d = 0.01;
        DiffusionReactionOperator op = DiffusionReactionOperator.builder().withReaction(0).withNodes(nodes).build();
        double[][] y = {{0.5, 1.0}, {0.25, 0.5}, {0.75, 0.3}};
        double[] s = op.solve(x -> Math.sin(Math.PI * x), y);
        double e = 0;
        for (int p = 0; p < y.length; p++) {
            double exact = Math.sin(Math.PI * y[p][0]) * (1 - Math.exp(-d * Math.PI * Math.PI * y[p][1])) / (d * Math.PI * Math.PI);
            e = Math.max(e, Math.abs(s[p] - exact));
        }
        return e;
    }

    @Test
    void diffusionReactionIsSecondOrderInSpace() {
        int[] nodes = {5, 9, 17, 33};
        double[] h = new double[nodes.length];
        double[] e = new double[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            h[k] = 1.0 / (nodes[k] - 1);
            e[k] = diffusionError(nodes[k]);
        }
        assertEquals(2, ConvergenceOrder.fitted(h, e), ORDER_TOLERANCE, Arrays.toString(e));
    }

    @Test
    void nonlinearDiffusionReactionConvergesAtSecondOrder() {
        // self-convergence: differences between successive grids fall by 4 with k ≠ 0
        double[][] y = {{0.5, 1.0}, {0.25, 0.6}};
        double[] prev = null;
        double[] diffs = new double[3];
        int[] nodes = {9, 17, 33, 65};
        for (int k = 0; k < nodes.length; k++) {
            double[] s = DiffusionReactionOperator.builder().withReaction(0.5).withNodes(nodes[k]).build()
                    .solve(x -> 2 * Math.exp(-3 * x) * Math.cos(4 * x), y);
            if (prev != null) {
                diffs[k - 1] = Math.max(Math.abs(s[0] - prev[0]), Math.abs(s[1] - prev[1]));
            }
            prev = s;
        }
        double p = ConvergenceOrder.fitted(new double[] {4, 2, 1}, diffs);
        assertEquals(2, p, ORDER_TOLERANCE, Arrays.toString(diffs));
    }

    @Test
    void alignedAndUnalignedLayoutsFollowTheDeepXdeDatasets() {
        GaussianRandomField1D grf = GaussianRandomField1D.rbf(0.2).withGridPoints(200).build();
        OperatorDataGenerator gen = OperatorDataGenerator.builder(ScalarOdeOperator.antiderivative(), grf).build();
        AlignedData d = gen.aligned(3, new SplittableRandom(1));
        assertEquals(3, d.v().length);
        assertEquals(100, d.v()[0].length);
        assertEquals(100, d.x().length);
        assertEquals(1, d.x()[0].length);
        assertEquals(100, d.u()[2].length);
        assertEquals(0, d.u()[1][0], 0.0);
        // u is the integral of v: cumulative trapezoid on 100 points agrees to the O(h²) quadrature error
        double[] v = d.v()[0];
        double[] u = d.u()[0];
        double trap = 0;
        double h = 1.0 / 99;
        for (int j = 1; j < 100; j++) {
            trap += 0.5 * h * (v[j - 1] + v[j]);
            assertEquals(trap, u[j], 1e-3);
        }
        assertArrayEquals(d.u()[2], gen.aligned(3, new SplittableRandom(1)).u()[2], 0.0);

        UnalignedData ud = gen.unaligned(2, 5, new SplittableRandom(3));
        assertEquals(10, ud.branch().length);
        assertEquals(100, ud.branch()[7].length);
        assertEquals(1, ud.trunk()[7].length);
        assertEquals(1, ud.target()[7].length);

        OperatorDataGenerator dr = OperatorDataGenerator.builder(DiffusionReactionOperator.builder().withNodes(21).build(), grf)
                .withSensors(11).build();
        AlignedData a2 = dr.aligned(1, new SplittableRandom(2));
        assertEquals(121, a2.x().length);
        assertEquals(2, a2.x()[0].length);
        assertEquals(0, a2.u()[0][5], 0.0, "t = 0 row of x-major (x, t) grid is the zero initial condition");
    }

    @Test
    void badParametersGiveClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiffusionReactionOperator.builder().withDiffusion(-0.01).build());
        assertTrue(e.getMessage().contains("diffusion D must be positive"));
        e = assertThrows(IllegalArgumentException.class, () -> DiffusionReactionOperator.builder().withNodes(2).build());
        assertTrue(e.getMessage().contains("grid too coarse"));
        e = assertThrows(IllegalArgumentException.class, () -> ScalarOdeOperator.antiderivative().solve(x -> 1, new double[][] {{1.5}}));
        assertTrue(e.getMessage().contains("outside [0, 1]"));
        e = assertThrows(IllegalArgumentException.class, () -> ScalarOdeOperator.nonlinear().withTolerances(-1, 1e-12));
        assertTrue(e.getMessage().contains("tolerances"));
        GaussianRandomField1D grf = GaussianRandomField1D.rbf(0.2).withGridPoints(50).build();
        e = assertThrows(IllegalArgumentException.class,
                () -> OperatorDataGenerator.builder(ScalarOdeOperator.antiderivative(), grf).withSensors(1).build());
        assertTrue(e.getMessage().contains("sensors"));
    }
}
