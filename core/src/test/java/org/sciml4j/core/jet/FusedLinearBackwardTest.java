package org.sciml4j.core.jet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.autodiff.Autodiff;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.linalg.JavaGemm;
import org.sciml4j.core.linalg.OpenBlasGemm;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.tensor.Tensor;

/** The fused OpenBLAS layer backward (one copy of G for dX and dW) against the pure-Java products. */
class FusedLinearBackwardTest {
    /** Relative agreement of two GEMM backends (summation order differs). */
    private static final double TOL = 1e-11;

    private static List<Tensor> grads(Gemm gemm, List<Tensor> p) {
        JetSpec spec = JetSpec.full(1, 2);
        Jet h = Jet.seed(p.get(0), spec).linear(p.get(1), p.get(2), gemm).map(Activation.TANH);
        // 2000 points x 3 streams x width 64: above the blocking threshold, so the fused path runs
        Jet z = h.linear(p.get(3), p.get(4), gemm);
        // z used twice: the second backward into h adds to a gradient already written
        Jet u = z.map(Activation.TANH).add(z.scale(0.3)).linear(p.get(5), null, gemm);
        Tensor loss = u.d2(0, 0).square().mean().add(u.value().square().mean());
        return Autodiff.gradients(loss, p);
    }

    @Test
    void fusedBackwardMatchesJavaProducts() {
        int n = 2000;
        int w = 64;
        SplittableRandom r = new SplittableRandom(40);
        List<Tensor> p = List.of(Tensor.rand(r, n, 1).withGrad(), Tensor.randn(r, 1, w).withGrad(),
                Tensor.randn(r, w).withGrad(), Tensor.randn(r, w, w).mul(0.2).detach().withGrad(),
                Tensor.randn(r, w).withGrad(), Tensor.randn(r, w, 1).withGrad());
        List<Tensor> want = grads(new JavaGemm(), p);
        for (Gemm g : new Gemm[] {new OpenBlasGemm(2), new OpenBlasGemm(1)}) {
            List<Tensor> have = grads(g, p);
            for (int i = 0; i < p.size(); i++) {
                double[] a = want.get(i).toArray();
                double[] b = have.get(i).toArray();
                double scale = 0;
                for (double v : a) {
                    scale = Math.max(scale, Math.abs(v));
                }
                for (int e = 0; e < a.length; e++) {
                    assertEquals(a[e], b[e], TOL * Math.max(1.0, scale), g.name() + " input " + i + " element " + e);
                }
            }
        }
    }
}
