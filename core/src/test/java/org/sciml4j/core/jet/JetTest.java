package org.sciml4j.core.jet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.SciMLException;
import org.sciml4j.core.autodiff.GradCheck;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.nn.Init;
import org.sciml4j.core.nn.Linear;
import org.sciml4j.core.nn.Mlp;
import org.sciml4j.core.tensor.Tensor;

class JetTest {
    /** Relative tolerance of jet vs DerivativeStructure (both exact up to rounding). */
    private static final double TOL = 1e-12;

    private static DerivativeStructure act(Activation a, DerivativeStructure z) {
        switch (a) {
            case TANH: return z.tanh();
            case SIN: return z.sin();
            case SIGMOID: return z.negate().exp().add(1).reciprocal();
            case SOFTPLUS: return z.exp().log1p();
            default: throw new IllegalArgumentException(a.name());
        }
    }

    /** The same MLP evaluated in Hipparchus DerivativeStructure arithmetic. */
    private static DerivativeStructure[] reference(Mlp mlp, double[] x, int order) {
        DSFactory f = new DSFactory(x.length, order);
        DerivativeStructure[] h = new DerivativeStructure[x.length];
        for (int i = 0; i < x.length; i++) {
            h[i] = f.variable(i, x[i]);
        }
        List<Linear> layers = mlp.layers();
        for (int l = 0; l < layers.size(); l++) {
            Linear lin = layers.get(l);
            double[] w = lin.weight().value().toArray();
            double[] b = lin.bias().value().toArray();
            DerivativeStructure[] z = new DerivativeStructure[lin.out()];
            for (int q = 0; q < lin.out(); q++) {
                DerivativeStructure s = f.constant(b[q]);
                for (int p = 0; p < lin.in(); p++) {
                    s = s.add(h[p].multiply(w[p * lin.out() + q]));
                }
                z[q] = l + 1 < layers.size() ? act(mlp.activation(), s) : s;
            }
            h = z;
        }
        return h;
    }

    private static int[] counts(int d, int... mi) {
        int[] c = new int[d];
        for (int i : mi) {
            c[i]++;
        }
        return c;
    }

    private static void compare(Activation a, JetSpec spec, int order, long seed) {
        int d = spec.dim();
        Mlp mlp = Mlp.init(new int[] {d, 7, 6, 2}, a, Init.GLOROT_NORMAL, new SplittableRandom(seed));
        // nonzero biases so every term of the rules is exercised
        SplittableRandom rng = new SplittableRandom(seed + 1);
        for (Linear l : mlp.layers()) {
            l.bias().set(Tensor.randn(rng, l.out()).mul(0.3));
        }
        int n = 5;
        Tensor x = Tensor.randn(rng, n, d);
        Jet u = mlp.forward(Jet.seed(x, spec));
        for (int s = 0; s < spec.streams(); s++) {
            int[] mi = spec.multiIndex(s);
            Tensor got = u.stream(mi);
            for (int i = 0; i < n; i++) {
                double[] xi = new double[d];
                for (int j = 0; j < d; j++) {
                    xi[j] = x.get(i, j);
                }
                DerivativeStructure[] ref = reference(mlp, xi, order);
                for (int c = 0; c < 2; c++) {
                    double want = ref[c].getPartialDerivative(counts(d, mi));
                    double have = got.get(i, c);
                    assertEquals(want, have, TOL * Math.max(1.0, Math.abs(want)),
                            a + " " + spec + " stream " + java.util.Arrays.toString(mi) + " point " + i);
                }
            }
        }
    }

    @Test
    void thirdOrderIn1dAgainstDerivativeStructure() {
        for (Activation a : new Activation[] {Activation.TANH, Activation.SIN, Activation.SIGMOID, Activation.SOFTPLUS}) {
            compare(a, JetSpec.full(1, 3), 3, 11);
        }
    }

    @Test
    void secondOrderIn1dFusedTanhAgainstDerivativeStructure() {
        // JetSpec.full(1, 2) with TANH runs the one-pass fused kernel
        compare(Activation.TANH, JetSpec.full(1, 2), 2, 18);
        compare(Activation.SIN, JetSpec.full(1, 2), 2, 19);
    }

    @Test
    void fusedTanhOrder2BackwardMatchesFiniteDifferences() {
        JetSpec spec = JetSpec.full(1, 2);
        Tensor x = Tensor.randn(new SplittableRandom(24), 5, 1);
        Tensor w1 = Tensor.randn(new SplittableRandom(25), 1, 4);
        Tensor b1 = Tensor.randn(new SplittableRandom(26), 4);
        Tensor w2 = Tensor.randn(new SplittableRandom(27), 4, 3);
        Tensor w3 = Tensor.randn(new SplittableRandom(28), 3, 1);
        // two tanh layers: the second one's input gradient is accumulated into a fresh buffer
        GradCheck.check("jet tanh order 2", l -> Jet.seed(l.get(0), spec).linear(l.get(1), l.get(2))
                .map(Activation.TANH).linear(l.get(3), null).map(Activation.TANH).linear(l.get(4), null).stacked(),
                List.of(x, w1, b1, w2, w3));
        // the same pre-activation used twice: the second backward adds to an already written buffer
        GradCheck.check("jet tanh order 2 shared input", l -> {
            Jet z = Jet.seed(l.get(0), spec).linear(l.get(1), l.get(2));
            return z.map(Activation.TANH).add(z.map(Activation.TANH).scale(0.5)).add(z).linear(l.get(3), null)
                    .stacked();
        }, List.of(x, w1, b1, w2));
    }

    @Test
    void mixedSecondAndThirdOrderIn2d() {
        compare(Activation.TANH, JetSpec.full(2, 2), 2, 12);
        compare(Activation.TANH, JetSpec.full(2, 3), 3, 13);
        compare(Activation.SIN, JetSpec.builder(2).withPair(0, 1).withTriple(0, 0, 1).build(), 3, 14);
    }

    @Test
    void laplacianIn3d() {
        compare(Activation.TANH, JetSpec.laplacian(3), 2, 15);
        Mlp mlp = Mlp.init(new int[] {3, 8, 1}, new SplittableRandom(16));
        Tensor x = Tensor.randn(new SplittableRandom(17), 4, 3);
        Jet u = mlp.forward(Jet.seed(x, JetSpec.laplacian(3)));
        Tensor lap = u.laplacian();
        for (int i = 0; i < 4; i++) {
            double[] xi = {x.get(i, 0), x.get(i, 1), x.get(i, 2)};
            DerivativeStructure[] ref = reference(mlp, xi, 2);
            double want = ref[0].getPartialDerivative(2, 0, 0) + ref[0].getPartialDerivative(0, 2, 0)
                    + ref[0].getPartialDerivative(0, 0, 2);
            assertEquals(want, lap.get(i, 0), TOL * Math.max(1, Math.abs(want)));
        }
    }

    @Test
    void closedFormArithmetic() {
        // u = x0^2 x1 + sin(x0): u_0 = 2 x0 x1 + cos x0, u_00 = 2 x1 - sin x0, u_01 = 2 x0, u_000 = -cos x0
        JetSpec spec = JetSpec.full(2, 3);
        Tensor x = Tensor.of(new double[] {0.3, -1.2, 1.1, 0.4}, 2, 2);
        Jet j = Jet.seed(x, spec);
        Jet x0 = j.linear(Tensor.of(new double[] {1, 0}, 2, 1), null);
        Jet x1 = j.linear(Tensor.of(new double[] {0, 1}, 2, 1), null);
        Jet u = x0.mul(x0).mul(x1).add(x0.map(Activation.SIN));
        for (int i = 0; i < 2; i++) {
            double a = x.get(i, 0);
            double b = x.get(i, 1);
            assertEquals(a * a * b + Math.sin(a), u.value().get(i, 0), 1e-15);
            assertEquals(2 * a * b + Math.cos(a), u.d(0).get(i, 0), 1e-15);
            assertEquals(a * a, u.d(1).get(i, 0), 1e-15);
            assertEquals(2 * b - Math.sin(a), u.d2(0, 0).get(i, 0), 1e-15);
            assertEquals(2 * a, u.d2(1, 0).get(i, 0), 1e-15);
            assertEquals(-Math.cos(a), u.d3(0, 0, 0).get(i, 0), 1e-15);
            assertEquals(2.0, u.d3(0, 1, 0).get(i, 0), 1e-15);
            assertEquals(0.0, u.d3(1, 1, 0).get(i, 0), 1e-15);
        }
        Jet v = u.scale(2).sub(u).add(Tensor.scalar(1.5)).neg();
        assertEquals(-(u.value().get(0, 0) + 1.5), v.value().get(0, 0), 1e-15);
        assertEquals(-u.d2(0, 1).get(1, 0), v.d2(0, 1).get(1, 0), 1e-15);
    }

    @Test
    void tanhOrder2AnyDimensionBackwardMatchesFiniteDifferences() {
        // full second order in 2-D, the Laplacian alone in 3-D, one mixed pair in 3-D: the
        // one-pass order-2 tanh kernel, fresh and accumulating into an already written gradient
        JetSpec[] specs = {JetSpec.full(2, 2), JetSpec.laplacian(3), JetSpec.builder(3).withPair(0, 2).build()};
        for (int k = 0; k < specs.length; k++) {
            JetSpec spec = specs[k];
            assertTrue(JetOps.Order2.of(terms(spec)) != null, "spec " + spec + " takes the order-2 kernel");
            int d = spec.dim();
            Tensor x = Tensor.randn(new SplittableRandom(40 + k), 4, d);
            Tensor w1 = Tensor.randn(new SplittableRandom(50 + k), d, 3);
            Tensor b1 = Tensor.randn(new SplittableRandom(60 + k), 3);
            Tensor w2 = Tensor.randn(new SplittableRandom(70 + k), 3, 3);
            Tensor w3 = Tensor.randn(new SplittableRandom(80 + k), 3, 1);
            GradCheck.check("jet tanh order 2, " + spec, l -> Jet.seed(l.get(0), spec).linear(l.get(1), l.get(2))
                    .map(Activation.TANH).linear(l.get(3), null).map(Activation.TANH).linear(l.get(4), null)
                    .stacked(), List.of(x, w1, b1, w2, w3));
            GradCheck.check("jet tanh order 2 shared input, " + spec, l -> {
                Jet z = Jet.seed(l.get(0), spec).linear(l.get(1), l.get(2));
                return z.map(Activation.TANH).add(z.map(Activation.TANH).scale(0.5)).add(z).linear(l.get(3), null)
                        .stacked();
            }, List.of(x, w1, b1, w2));
        }
        assertTrue(JetOps.Order2.of(terms(JetSpec.full(2, 3))) == null, "third order takes the general kernel");
    }

    private static int[][][] terms(JetSpec spec) {
        int[][][] t = new int[spec.streams()][][];
        for (int s = 0; s < t.length; s++) {
            t[s] = spec.terms(s);
        }
        return t;
    }

    @Test
    void fusedBackwardMatchesFiniteDifferences() {
        for (Activation a : new Activation[] {Activation.TANH, Activation.SIN, Activation.SIGMOID, Activation.SOFTPLUS,
            Activation.GELU}) {
            JetSpec spec = JetSpec.full(2, 3);
            Tensor x = Tensor.randn(new SplittableRandom(20), 3, 2);
            Tensor w1 = Tensor.randn(new SplittableRandom(21), 2, 4);
            Tensor b1 = Tensor.randn(new SplittableRandom(22), 4);
            Tensor w2 = Tensor.randn(new SplittableRandom(23), 4, 1);
            GradCheck.check("jet " + a, l -> Jet.seed(l.get(0), spec).linear(l.get(1), l.get(2)).map(a)
                    .linear(l.get(3), null).stacked(), List.of(x, w1, b1, w2));
        }
    }

    @Test
    void activationDerivativesAgainstFiniteDifferences() {
        double h = 1e-4;
        for (Activation a : Activation.values()) {
            if (!a.smooth()) {
                continue;
            }
            for (double z : new double[] {-1.3, -0.2, 0.4, 2.1}) {
                for (int m = 1; m <= Activation.MAX_ORDER; m++) {
                    double fd = (a.derivative(z + h, m - 1) - a.derivative(z - h, m - 1)) / (2 * h);
                    assertEquals(fd, a.derivative(z, m), 1e-7, a + " order " + m + " at " + z);
                }
            }
        }
    }

    @Test
    void missingDerivativeIsReported() {
        Jet j = Jet.seed(Tensor.zeros(2, 2), JetSpec.laplacian(2));
        SciMLException e = assertThrows(SciMLException.class, () -> j.d2(0, 1));
        assertTrue(e.getMessage().contains("[0, 1] is not carried"), e.getMessage());
    }

    @Test
    void parallelKernelsMatchSequentialOnes() {
        // 800 points x width 50 = 40000 elements per stream: above the parallel threshold; halves are below it
        int n = 800;
        Mlp mlp = Mlp.init(new int[] {2, 50, 50, 1}, new SplittableRandom(30));
        Tensor x = Tensor.randn(new SplittableRandom(31), n, 2);
        JetSpec spec = JetSpec.builder(2).withLaplacian().withPair(0, 1).build();
        java.util.function.Function<Tensor, Tensor> lossOf = xs -> {
            Jet u = mlp.forward(Jet.seed(xs, spec));
            return u.laplacian().add(u.d2(0, 1)).square().sum();
        };
        assertTrue(n * 50 >= JetOps.PARALLEL_MIN && n / 2 * 50 < JetOps.PARALLEL_MIN);
        Tensor all = lossOf.apply(x);
        double[] gAll = mlp.parameters().gradient(all);
        Tensor a = lossOf.apply(x.slice(0, 0, n / 2));
        Tensor b = lossOf.apply(x.slice(0, n / 2, n));
        double[] ga = mlp.parameters().gradient(a);
        double[] gb = mlp.parameters().gradient(b);
        assertEquals(a.item() + b.item(), all.item(), 1e-12 * Math.abs(all.item()));
        for (int i = 0; i < gAll.length; i++) {
            assertEquals(ga[i] + gb[i], gAll[i], 1e-11 * Math.max(1, Math.abs(gAll[i])), "parameter " + i);
        }
    }
}
