package org.sciml4j.core.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.jet.Jet;
import org.sciml4j.core.jet.JetSpec;
import org.sciml4j.core.nn.Mlp;
import org.sciml4j.core.nn.ParameterSet;
import org.sciml4j.core.tensor.Tensor;

class JacobianTest {
    private static final double FD_STEP = 1e-6;
    /** Central differences of O(1) functions: truncation ~h², rounding ~1e-16/h. */
    private static final double FD_TOL = 1e-7;
    /** Row-wise and per-row sweeps do the same arithmetic in different order. */
    private static final double EXACT_TOL = 1e-12;

    private static Tensor residual(Mlp mlp, Tensor x) {
        Jet u = mlp.forward(Jet.seed(x, JetSpec.full(1, 2)));
        return u.d2(0, 0).neg().sub(x.mul(Math.PI).sin()).reshape(-1);
    }

    @Test
    void rowwiseMatchesPerRowAndFiniteDifferences() {
        Mlp mlp = Mlp.init(new int[] {1, 6, 5, 1}, new SplittableRandom(3));
        ParameterSet ps = mlp.parameters();
        Tensor x = Tensor.rand(new SplittableRandom(4), 7, 1);
        Tensor r = residual(mlp, x);
        double[] fast = Autodiff.jacobianRowwise(r, ps.values());
        double[] slow = Autodiff.jacobianByRows(r, ps.values());
        int m = 7;
        int p = ps.size();
        assertEquals(m * p, fast.length);
        for (int i = 0; i < fast.length; i++) {
            assertEquals(slow[i], fast[i], EXACT_TOL * Math.max(1, Math.abs(slow[i])), "entry " + i);
        }
        double[] theta = ps.flatten();
        for (int j = 0; j < p; j++) {
            double[] tp = theta.clone();
            tp[j] += FD_STEP;
            ps.assign(tp);
            double[] rp = residual(mlp, x).toArray();
            tp[j] -= 2 * FD_STEP;
            ps.assign(tp);
            double[] rm = residual(mlp, x).toArray();
            for (int i = 0; i < m; i++) {
                double fd = (rp[i] - rm[i]) / (2 * FD_STEP);
                assertEquals(fd, fast[i * p + j], FD_TOL * Math.max(1, Math.abs(fd)), "J[" + i + "," + j + "]");
            }
        }
        ps.assign(theta);
        double[] viaSet = ps.jacobian(residual(mlp, x));
        assertEquals(fast[3 * p + 5], viaSet[3 * p + 5], 0.0);
    }

    @Test
    void genericFallbackForRowMixingGraphs() {
        Tensor w = Tensor.randn(new SplittableRandom(5), 3, 3).withGrad();
        Tensor x = Tensor.randn(new SplittableRandom(6), 4, 3);
        // transposing mixes rows: the row-wise sweep must refuse, jacobian() falls back
        Tensor r = x.matmul(w).transpose().sum(0, false).tanh();
        assertThrows(Autodiff.RowwiseUnsupportedException.class, () -> Autodiff.jacobianRowwise(r, List.of(w)));
        double[] j = Autodiff.jacobian(r, List.of(w));
        double[] slow = Autodiff.jacobianByRows(r, List.of(w));
        for (int i = 0; i < j.length; i++) {
            assertEquals(slow[i], j[i], 0.0);
        }
        // also against finite differences of one entry
        double[] wd = w.toArray();
        wd[4] += FD_STEP;
        double rp = x.matmul(Tensor.of(wd, 3, 3)).transpose().sum(0, false).tanh().get(2);
        wd[4] -= 2 * FD_STEP;
        double rm = x.matmul(Tensor.of(wd, 3, 3)).transpose().sum(0, false).tanh().get(2);
        assertEquals((rp - rm) / (2 * FD_STEP), j[2 * 9 + 4], FD_TOL);
    }

    @Test
    void rowwiseHandlesLaplacianAndATrainableScalar() {
        // Schroedinger-type residual -lap u + V u - E u in 2-D with trainable energy E (a broadcast leaf)
        Mlp mlp = Mlp.init(new int[] {2, 6, 6, 1}, new SplittableRandom(7));
        Tensor energy = Tensor.of(new double[] {0.7}, 1).withGrad();
        Tensor x = Tensor.randn(new SplittableRandom(8), 9, 2);
        Tensor v = x.square().sum(1, true);
        Jet u = mlp.forward(Jet.seed(x, JetSpec.laplacian(2)));
        Tensor r = u.laplacian().neg().add(v.mul(u.value())).sub(u.value().mul(energy)).reshape(-1);
        List<Tensor> leaves = new java.util.ArrayList<>(mlp.parameters().values());
        leaves.add(energy);
        double[] fast = Autodiff.jacobianRowwise(r, leaves);
        double[] slow = Autodiff.jacobianByRows(r, leaves);
        for (int i = 0; i < fast.length; i++) {
            assertEquals(slow[i], fast[i], EXACT_TOL * Math.max(1, Math.abs(slow[i])), "entry " + i);
        }
        // dr_i/dE = -u_i
        int p = fast.length / 9;
        for (int i = 0; i < 9; i++) {
            assertEquals(-u.value().get(i, 0), fast[i * p + p - 1], EXACT_TOL);
        }
    }
}
