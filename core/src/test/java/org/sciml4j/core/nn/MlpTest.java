package org.sciml4j.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.autodiff.Autodiff;
import org.sciml4j.core.jet.Jet;
import org.sciml4j.core.jet.JetSpec;
import org.sciml4j.core.tensor.Tensor;

class MlpTest {
    private static final double EXACT = 0.0;
    private static final double FD_STEP = 1e-6;
    private static final double FD_TOL = 1e-7;

    @Test
    void sameSeedSameNetwork() {
        Mlp a = Mlp.init(new int[] {2, 16, 16, 1}, Activation.TANH, Init.GLOROT_NORMAL, new SplittableRandom(42));
        Mlp b = Mlp.init(new int[] {2, 16, 16, 1}, Activation.TANH, Init.GLOROT_NORMAL, new SplittableRandom(42));
        Mlp c = Mlp.init(new int[] {2, 16, 16, 1}, Activation.TANH, Init.GLOROT_NORMAL, new SplittableRandom(43));
        assertArrayEquals(a.parameters().flatten(), b.parameters().flatten(), EXACT);
        assertTrue(a.parameters().flatten()[0] != c.parameters().flatten()[0]);
        Tensor x = Tensor.randn(new SplittableRandom(1), 5, 2);
        assertArrayEquals(a.forward(x).toArray(), b.forward(x).toArray(), EXACT);
        assertEquals(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1, a.parameters().size());
        assertEquals(List.of("layer0.weight", "layer0.bias", "layer1.weight", "layer1.bias", "layer2.weight",
                "layer2.bias"), a.parameters().names());
    }

    @Test
    void jetValueEqualsPlainForward() {
        Mlp m = Mlp.init(new int[] {2, 8, 8, 3}, Activation.SIN, Init.HE_UNIFORM, new SplittableRandom(7));
        Tensor x = Tensor.randn(new SplittableRandom(2), 6, 2);
        double[] plain = m.forward(x).toArray();
        double[] jet = m.forward(Jet.seed(x, JetSpec.laplacian(2))).value().toArray();
        for (int i = 0; i < plain.length; i++) {
            assertEquals(plain[i], jet[i], 1e-14);
        }
    }

    @Test
    void flattenAssignAndGradientAgainstFiniteDifferences() {
        Mlp m = Mlp.init(new int[] {1, 5, 5, 1}, new SplittableRandom(9));
        ParameterSet ps = m.parameters();
        double[] theta = ps.flatten();
        Tensor x = Tensor.rand(new SplittableRandom(3), 8, 1);
        java.util.function.Supplier<Tensor> loss = () -> {
            Jet u = m.forward(Jet.seed(x, JetSpec.full(1, 2)));
            return u.d2(0, 0).add(u.value().square()).square().mean();
        };
        double[] g = ps.gradient(loss.get());
        assertEquals(ps.size(), g.length);
        for (int j = 0; j < theta.length; j += 3) {
            double[] t = theta.clone();
            t[j] += FD_STEP;
            ps.assign(t);
            double lp = loss.get().item();
            t[j] -= 2 * FD_STEP;
            ps.assign(t);
            double lm = loss.get().item();
            double fd = (lp - lm) / (2 * FD_STEP);
            assertEquals(fd, g[j], FD_TOL * Math.max(1, Math.abs(fd)), "parameter " + j);
        }
        ps.assign(theta);
        assertArrayEquals(theta, ps.flatten(), EXACT);
    }

    @Test
    void badShapesGiveTheDocumentedMessage() {
        ShapeException e = assertThrows(ShapeException.class,
                () -> Tensor.zeros(32, 3).matmul(Tensor.zeros(4, 8)));
        assertEquals("matmul: [32, 3] x [4, 8]: inner dimensions 3 and 4 differ", e.getMessage());
        ShapeException b = assertThrows(ShapeException.class, () -> Tensor.zeros(3, 4).add(Tensor.zeros(5)));
        assertTrue(b.getMessage().startsWith("add: [3, 4] and [5]: dimensions 4 and 5"), b.getMessage());
        assertThrows(ShapeException.class, () -> Tensor.of(new double[3], 2, 2));
        assertThrows(ShapeException.class, () -> Tensor.zeros(2, 3).reshape(4, 2));
        ParameterSet ps = Mlp.init(new int[] {1, 2, 1}, new SplittableRandom(1)).parameters();
        ShapeException a = assertThrows(ShapeException.class, () -> ps.assign(new double[3]));
        assertTrue(a.getMessage().contains("3 values for 7 parameters"), a.getMessage());
    }

    @Test
    void nonFiniteValuesAreAcceptedAndDetected() {
        Tensor t = Tensor.of(new double[] {1, Double.NaN}, 2);
        assertTrue(!t.isFinite());
        assertThrows(org.sciml4j.core.NonFiniteException.class, () -> t.checkFinite("loss"));
    }

    @Test
    void longTrainingLoopRunsInFlatMemory() {
        Mlp m = Mlp.init(new int[] {1, 16, 16, 1}, new SplittableRandom(5));
        ParameterSet ps = m.parameters();
        Tensor x = Tensor.rand(new SplittableRandom(6), 32, 1);
        Runtime rt = Runtime.getRuntime();
        double[] theta = ps.flatten();
        long after1000 = 0;
        for (int step = 0; step < 10_000; step++) {
            Jet u = m.forward(Jet.seed(x, JetSpec.full(1, 2)));
            Tensor loss = u.d2(0, 0).add(x.mul(Math.PI).sin()).square().mean();
            double[] g = ps.gradient(loss);
            for (int i = 0; i < theta.length; i++) {
                theta[i] -= 1e-4 * g[i];
            }
            ps.assign(theta);
            if (step == 1000) {
                System.gc();
                after1000 = rt.totalMemory() - rt.freeMemory();
            }
        }
        System.gc();
        long end = rt.totalMemory() - rt.freeMemory();
        // graphs are dropped every step: retained heap must not grow with the step count
        assertTrue(end < after1000 + 16L * 1024 * 1024, "heap grew from " + after1000 + " to " + end);
        assertTrue(Double.isFinite(Autodiff.gradientArrays(m.forward(x).sum(), ps.values())[0][0]));
    }
}
