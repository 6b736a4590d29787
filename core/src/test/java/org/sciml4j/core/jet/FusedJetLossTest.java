package org.sciml4j.core.jet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.SciMLException;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.linalg.JavaGemm;
import org.sciml4j.core.linalg.OpenBlasGemm;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.nn.Init;
import org.sciml4j.core.nn.Mlp;
import org.sciml4j.core.nn.ParameterSet;
import org.sciml4j.core.tensor.Tensor;

/**
 * The chunked fused loss against the whole-graph reverse pass (same maths, other summation
 * order) and against central differences, for the tanh fast path and the generic Faà di Bruno
 * path, ragged last chunks, one and two threads, OpenBLAS and pure Java.
 */
class FusedJetLossTest {
    /** Relative agreement with the graph gradient (summation order differs). */
    private static final double GRAPH_TOL = 1e-11;
    /** Relative agreement of a central difference with step H. */
    private static final double FD_TOL = 1e-6;
    private static final double H = 1e-5;

    private static Tensor points(int n, int d, SplittableRandom r) {
        return Tensor.rand(r, n, d).mul(2.0).sub(Tensor.scalar(1.0));
    }

    private static double maxAbs(double[] a) {
        return Arrays.stream(a).map(Math::abs).max().orElse(0.0);
    }

    /** Poisson-type residual −u″ − f in 1-D; loss = mean of squares. */
    private static Tensor residual1d(Jet u, Tensor f) {
        return u.d2(0, 0).neg().sub(f);
    }

    private static void assertClose(double[] want, double[] got, double tol, String what) {
        double scale = maxAbs(want);
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], tol * scale, what + " entry " + i);
        }
    }

    @Test
    void tanhOneDimensionMatchesGraphGradient() {
        SplittableRandom r = new SplittableRandom(11);
        Mlp mlp = Mlp.init(new int[] {1, 20, 30, 1}, Activation.TANH, Init.GLOROT_NORMAL, r);
        ParameterSet ps = mlp.parameters();
        int n = 257;
        Tensor x = points(n, 1, r);
        Tensor f = x.mul(Math.PI).sin();
        JetSpec spec = JetSpec.full(1, 2);
        Tensor graphLoss = residual1d(mlp.forward(Jet.seed(x, spec)), f).square().mean();
        double[] want = ps.gradient(graphLoss);
        FusedJetLoss.ChunkLoss loss = (u, from, to) ->
                residual1d(u, f.slice(0, from, to)).square().sum().scale(1.0 / n);
        for (Gemm gemm : new Gemm[] {new OpenBlasGemm(), new JavaGemm()}) {
            for (int threads : new int[] {1, 2}) {
                for (int chunk : new int[] {1, 32, 100, 1000}) {
                    try (FusedJetLoss fused = new FusedJetLoss(mlp, spec, chunk, threads, gemm)) {
                        double[] got = new double[ps.size()];
                        double value = fused.lossAndGradient(x, loss, got);
                        String what = gemm.name() + ", " + threads + " threads, chunk " + chunk;
                        assertEquals(graphLoss.item(), value, GRAPH_TOL * graphLoss.item(), what);
                        assertClose(want, got, GRAPH_TOL, what);
                    }
                }
            }
        }
    }

    @Test
    void genericPathTwoDimensionsSecondOrderMatchesGraphGradient() {
        SplittableRandom r = new SplittableRandom(12);
        for (Activation act : new Activation[] {Activation.SIN, Activation.GELU, Activation.TANH}) {
            Mlp mlp = Mlp.init(new int[] {2, 16, 16, 2}, act, Init.GLOROT_NORMAL, r);
            ParameterSet ps = mlp.parameters();
            int n = 77;
            Tensor x = points(n, 2, r);
            JetSpec spec = JetSpec.builder(2).withLaplacian().withPair(0, 1).build();
            // a vector field: Δu_0 + u_1,xy + u_0 u_1,x, squared and summed over both components
            java.util.function.Function<Jet, Tensor> res = u -> u.laplacian().slice(1, 0, 1)
                    .add(u.d2(0, 1).slice(1, 1, 2)).add(u.value().slice(1, 0, 1).mul(u.d(0).slice(1, 1, 2)));
            Tensor graphLoss = res.apply(mlp.forward(Jet.seed(x, spec))).square().sum();
            double[] want = ps.gradient(graphLoss);
            try (FusedJetLoss fused = new FusedJetLoss(mlp, spec, 10, 2, new OpenBlasGemm())) {
                double[] got = new double[ps.size()];
                double value = fused.lossAndGradient(x, (u, from, to) -> res.apply(u).square().sum(), got);
                assertEquals(graphLoss.item(), value, GRAPH_TOL * graphLoss.item(), act.name());
                assertClose(want, got, GRAPH_TOL, act.name());
            }
        }
    }

    @Test
    void threeDimensionalLaplacianMatchesGraphGradient() {
        SplittableRandom r = new SplittableRandom(15);
        for (Activation act : new Activation[] {Activation.TANH, Activation.SIN}) {
            Mlp mlp = Mlp.init(new int[] {3, 9, 7, 1}, act, Init.GLOROT_NORMAL, r);
            ParameterSet ps = mlp.parameters();
            int n = 41;
            Tensor x = points(n, 3, r);
            JetSpec spec = JetSpec.laplacian(3);
            java.util.function.Function<Jet, Tensor> res = u -> u.laplacian().add(u.value().mul(u.d(2)));
            Tensor graphLoss = res.apply(mlp.forward(Jet.seed(x, spec))).square().sum();
            double[] want = ps.gradient(graphLoss);
            for (Gemm gemm : new Gemm[] {new OpenBlasGemm(), new JavaGemm()}) {
                try (FusedJetLoss fused = new FusedJetLoss(mlp, spec, 8, 2, gemm)) {
                    double[] got = new double[ps.size()];
                    fused.lossAndGradient(x, (u, from, to) -> res.apply(u).square().sum(), got);
                    assertClose(want, got, GRAPH_TOL, act.name() + ", " + gemm.name());
                }
            }
        }
    }

    @Test
    void thirdOrderKdvTypeResidualMatchesGraphGradient() {
        SplittableRandom r = new SplittableRandom(13);
        Mlp mlp = Mlp.init(new int[] {1, 24, 24, 1}, Activation.TANH, Init.GLOROT_NORMAL, r);
        ParameterSet ps = mlp.parameters();
        int n = 90;
        Tensor x = points(n, 1, r);
        JetSpec spec = JetSpec.full(1, 3);
        java.util.function.Function<Jet, Tensor> res = u -> u.d3(0, 0, 0).add(u.value().mul(u.d(0)).scale(6.0));
        Tensor graphLoss = res.apply(mlp.forward(Jet.seed(x, spec))).square().mean();
        double[] want = ps.gradient(graphLoss);
        try (FusedJetLoss fused = new FusedJetLoss(mlp, spec, 16, 2, new OpenBlasGemm())) {
            double[] got = new double[ps.size()];
            fused.lossAndGradient(x, (u, from, to) -> res.apply(u).square().sum().scale(1.0 / n), got);
            assertClose(want, got, GRAPH_TOL, "u_xxx + 6 u u_x");
        }
    }

    @Test
    void sameFiguresForAnyThreadCount() {
        SplittableRandom r = new SplittableRandom(16);
        Mlp mlp = Mlp.init(new int[] {1, 30, 30, 1}, Activation.TANH, Init.GLOROT_NORMAL, r);
        int n = 1000;
        Tensor x = points(n, 1, r);
        Tensor f = x.mul(Math.PI).sin();
        JetSpec spec = JetSpec.full(1, 2);
        FusedJetLoss.ChunkLoss loss = (u, from, to) ->
                residual1d(u, f.slice(0, from, to)).square().sum().scale(1.0 / n);
        double[] first = null;
        double firstLoss = 0;
        for (int threads : new int[] {1, 2, 3, 5}) {
            try (FusedJetLoss fused = new FusedJetLoss(mlp, spec, 37, threads, new OpenBlasGemm())) {
                double[] g = new double[mlp.parameters().size()];
                double value = fused.lossAndGradient(x, loss, g);
                if (first == null) {
                    first = g;
                    firstLoss = value;
                } else {
                    assertEquals(firstLoss, value, 0.0, threads + " threads: loss");
                    org.junit.jupiter.api.Assertions.assertArrayEquals(first, g, 0.0, threads + " threads: gradient");
                }
            }
        }
    }

    @Test
    void gradientMatchesCentralDifferences() {
        SplittableRandom r = new SplittableRandom(14);
        Mlp mlp = Mlp.init(new int[] {1, 12, 12, 1}, Activation.TANH, Init.GLOROT_NORMAL, r);
        ParameterSet ps = mlp.parameters();
        int n = 50;
        Tensor x = points(n, 1, r);
        Tensor f = x.mul(Math.PI).sin();
        JetSpec spec = JetSpec.full(1, 2);
        FusedJetLoss.ChunkLoss loss = (u, from, to) ->
                residual1d(u, f.slice(0, from, to)).square().sum().scale(1.0 / n);
        try (FusedJetLoss fused = new FusedJetLoss(mlp, spec, 16, 2, new OpenBlasGemm())) {
            double[] g = new double[ps.size()];
            fused.lossAndGradient(x, loss, g);
            double[] theta = ps.flatten();
            double[] scratch = new double[ps.size()];
            for (int i = 0; i < theta.length; i += 7) {
                double[] tp = theta.clone();
                tp[i] += H;
                ps.assign(tp);
                double up = fused.lossAndGradient(x, loss, scratch);
                tp[i] -= 2 * H;
                ps.assign(tp);
                double down = fused.lossAndGradient(x, loss, scratch);
                ps.assign(theta);
                double fd = (up - down) / (2 * H);
                assertEquals(fd, g[i], FD_TOL * Math.max(1.0, Math.abs(fd)), "parameter " + i);
            }
        }
    }

    @Test
    void badInputsNameTheFix() {
        Mlp mlp = Mlp.init(new int[] {2, 8, 1}, new SplittableRandom(1));
        ShapeException dim = assertThrows(ShapeException.class, () -> new FusedJetLoss(mlp, JetSpec.full(1, 2)));
        assertTrue(dim.getMessage().contains("input width 2"), dim.getMessage());
        FusedJetLoss fused = new FusedJetLoss(mlp, JetSpec.full(2, 2));
        FusedJetLoss.ChunkLoss loss = (u, from, to) -> u.value().square().sum();
        ShapeException pts = assertThrows(ShapeException.class,
                () -> fused.lossAndGradient(Tensor.zeros(5, 3), loss, new double[mlp.parameters().size()]));
        assertTrue(pts.getMessage().contains("[5, 3]") && pts.getMessage().contains("[N, 2]"), pts.getMessage());
        ShapeException len = assertThrows(ShapeException.class,
                () -> fused.lossAndGradient(Tensor.zeros(5, 2), loss, new double[3]));
        assertTrue(len.getMessage().contains("length 3"), len.getMessage());
        fused.close();
        SciMLException closed = assertThrows(SciMLException.class,
                () -> fused.lossAndGradient(Tensor.zeros(5, 2), loss, new double[mlp.parameters().size()]));
        assertTrue(closed.getMessage().contains("after close"), closed.getMessage());
        assertThrows(SciMLException.class, () -> new FusedJetLoss(mlp, JetSpec.full(2, 2), 0, 1, new JavaGemm()));
    }
}
