package org.sciml4j.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.autodiff.GradCheck;

class TensorGradTest {
    private static final double EXACT = 1e-15;

    private static Tensor r(long seed, int... shape) {
        return Tensor.randn(new SplittableRandom(seed), shape);
    }

    private static Tensor pos(long seed, int... shape) {
        return Tensor.rand(new SplittableRandom(seed), shape).add(0.5);
    }

    @Test
    void unaryOps() {
        Tensor x = r(1, 3, 4);
        GradCheck.check("neg", l -> l.get(0).neg(), List.of(x));
        GradCheck.check("scale", l -> l.get(0).scale(-2.5), List.of(x));
        GradCheck.check("affine", l -> l.get(0).affine(3, 1), List.of(x));
        GradCheck.check("square", l -> l.get(0).square(), List.of(x));
        GradCheck.check("exp", l -> l.get(0).exp(), List.of(x));
        GradCheck.check("sin", l -> l.get(0).sin(), List.of(x));
        GradCheck.check("cos", l -> l.get(0).cos(), List.of(x));
        GradCheck.check("tanh", l -> l.get(0).tanh(), List.of(x));
        GradCheck.check("sigmoid", l -> l.get(0).sigmoid(), List.of(x));
        GradCheck.check("softplus", l -> l.get(0).softplus(), List.of(x));
        GradCheck.check("gelu", l -> l.get(0).gelu(), List.of(x));
        GradCheck.check("relu", l -> l.get(0).relu(), List.of(x));
        GradCheck.check("abs", l -> l.get(0).abs(), List.of(x));
        Tensor p = pos(2, 3, 4);
        GradCheck.check("log", l -> l.get(0).log(), List.of(p));
        GradCheck.check("sqrt", l -> l.get(0).sqrt(), List.of(p));
        GradCheck.check("pow", l -> l.get(0).pow(1.7), List.of(p));
        GradCheck.check("pow3", l -> l.get(0).pow(3), List.of(x));
        GradCheck.check("scalar ops", l -> l.get(0).add(2).sub(1).mul(3).div(4), List.of(x));
    }

    @Test
    void binaryOpsWithBroadcasting() {
        int[][][] cases = {
            {{3, 4}, {3, 4}}, {{3, 4}, {4}}, {{3, 4}, {1, 4}}, {{3, 1}, {1, 4}}, {{3, 4}, {}},
            {{2, 3, 4}, {3, 1}}, {{4}, {2, 3, 4}}, {{2, 1, 4}, {3, 1}},
        };
        for (int[][] c : cases) {
            Tensor a = r(3, c[0]);
            Tensor b = pos(4, c[1]);
            String s = java.util.Arrays.toString(c[0]) + " " + java.util.Arrays.toString(c[1]);
            GradCheck.check("add " + s, l -> l.get(0).add(l.get(1)), List.of(a, b));
            GradCheck.check("sub " + s, l -> l.get(0).sub(l.get(1)), List.of(a, b));
            GradCheck.check("mul " + s, l -> l.get(0).mul(l.get(1)), List.of(a, b));
            GradCheck.check("div " + s, l -> l.get(0).div(l.get(1)), List.of(a, b));
        }
    }

    @Test
    void broadcastValues() {
        Tensor a = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor col = Tensor.of(new double[] {10, 20}, 2, 1);
        assertArrayEquals(new double[] {11, 12, 13, 24, 25, 26}, a.add(col).toArray(), EXACT);
        Tensor row = Tensor.of(new double[] {1, 0, -1}, 3);
        assertArrayEquals(new double[] {1, 0, -3, 4, 0, -6}, a.mul(row).toArray(), EXACT);
        assertArrayEquals(new int[] {2, 2, 3}, Tensor.zeros(2, 1, 3).add(Tensor.zeros(2, 1)).shape());
    }

    @Test
    void matmulAndReductions() {
        Tensor a = r(5, 4, 3);
        Tensor b = r(6, 3, 5);
        GradCheck.check("matmul", l -> l.get(0).matmul(l.get(1)), List.of(a, b));
        GradCheck.check("sum", l -> l.get(0).sum(), List.of(a));
        GradCheck.check("mean", l -> l.get(0).mean(), List.of(a));
        Tensor c = r(7, 2, 3, 4);
        for (int ax = 0; ax < 3; ax++) {
            int axis = ax;
            GradCheck.check("sum axis " + ax, l -> l.get(0).sum(axis, false), List.of(c));
            GradCheck.check("mean axis keep " + ax, l -> l.get(0).mean(axis, true), List.of(c));
        }
        assertArrayEquals(new int[] {2, 1, 4}, c.sum(1, true).shape());
        assertArrayEquals(new int[] {2, 4}, c.sum(1, false).shape());
        Tensor m = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertArrayEquals(new double[] {5, 7, 9}, m.sum(0, false).toArray(), EXACT);
        assertArrayEquals(new double[] {2, 5}, m.mean(1, false).toArray(), EXACT);
        Tensor p = Tensor.of(new double[] {1, 2, 3, 4}, 2, 2).matmul(Tensor.of(new double[] {5, 6, 7, 8}, 2, 2));
        assertArrayEquals(new double[] {19, 22, 43, 50}, p.toArray(), EXACT);
    }

    @Test
    void shapeOps() {
        Tensor c = r(8, 2, 3, 4);
        GradCheck.check("reshape", l -> l.get(0).reshape(6, -1), List.of(c));
        GradCheck.check("transpose", l -> l.get(0).reshape(6, 4).transpose(), List.of(c));
        GradCheck.check("permute", l -> l.get(0).permute(2, 0, 1), List.of(c));
        for (int ax = 0; ax < 3; ax++) {
            int axis = ax;
            GradCheck.check("slice " + ax, l -> l.get(0).slice(axis, 1, 2), List.of(c));
            GradCheck.check("concat " + ax, l -> Tensor.concat(axis, l.get(0), l.get(1).square()), List.of(c, r(9, 2, 3, 4)));
            GradCheck.check("gather " + ax, l -> l.get(0).gather(axis, new int[] {1, 0, 1}), List.of(c));
        }
        GradCheck.check("stack", l -> Tensor.stack(1, l.get(0), l.get(1)), List.of(r(10, 2, 3), r(11, 2, 3)));
        Tensor m = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, m.transpose().toArray(), EXACT);
        assertArrayEquals(new double[] {3, 1, 6, 4}, m.gather(1, new int[] {2, 0}).toArray(), EXACT);
        assertArrayEquals(new double[] {2, 3, 5, 6}, m.slice(1, 1, 3).toArray(), EXACT);
        assertArrayEquals(new int[] {2, 2, 3}, Tensor.stack(0, m, m).shape());
        assertEquals(6.0, m.get(1, 2), EXACT);
    }

    @Test
    void composite() {
        GradCheck.check("mlp-like", l -> l.get(0).matmul(l.get(1)).add(l.get(2)).tanh().matmul(l.get(3)).square().mean(),
                List.of(r(12, 5, 2), r(13, 2, 4), r(14, 4), r(15, 4, 1)));
        // same tensor used twice: gradients accumulate
        GradCheck.check("reuse", l -> l.get(0).mul(l.get(0)).add(l.get(0).sin()), List.of(r(16, 3, 3)));
    }
}
