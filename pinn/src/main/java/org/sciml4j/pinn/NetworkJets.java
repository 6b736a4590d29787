package org.sciml4j.pinn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.sciml4j.core.autodiff.Autodiff;
import org.sciml4j.core.jet.FusedJetLoss;
import org.sciml4j.core.jet.Jet;
import org.sciml4j.core.jet.JetSpec;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.linalg.OpenBlasGemm;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.nn.Mlp;
import org.sciml4j.core.tensor.Tensor;

/**
 * The network part of a PINN evaluated with core: a core {@link Mlp} whose input jets (value,
 * ∂/∂xᵢ and, for order 2, every ∂²/∂xᵢ∂xⱼ with i ≤ j) are propagated forward as core
 * {@link Jet} streams over all points of a batch at once. The result is one stacked tensor
 * [C·N, outputs] (rows c·N … c·N+N−1 hold component c, in the order of
 * {@link PinnProblem#components}), so the parameter gradient of any functional Σ seed ⊙ jets is
 * one reverse pass ({@link #vjp}) and the Jacobian of per-point linear combinations of the jets is
 * core's row-wise Jacobian ({@link #rowJacobian}).
 *
 * <p>Owns its own Mlp: {@link #assign} overwrites the weights (mutates this object). Not thread
 * safe.
 */
final class NetworkJets {

    /**
     * GEMM backend of the jet layers: OpenBLAS with ONE thread (pure Java if OpenBLAS is absent).
     * OpenBLAS's thread count is process-global and core's default backend sets it to 2; with 2
     * OpenBLAS threads the LAPACK Cholesky of Levenberg–Marquardt (dpotrf on JᵀJ) ran 3–8×
     * slower on the loaded 2-core machine (OpenBLAS threads spin against the fork-join workers of
     * the jet activations), so the PINN path keeps OpenBLAS single-threaded as before.
     */
    static final Gemm GEMM = singleThreadGemm();

    private static Gemm singleThreadGemm() {
        try {
            return new OpenBlasGemm(1);
        } catch (LinkageError | RuntimeException e) {
            return Gemm.defaultGemm();
        }
    }

    /**
     * Threads of a {@link FusedJetLoss} evaluation: two, as measured best on the 2-core reference
     * machine (its figures do not depend on the thread count).
     */
    static final int FUSED_THREADS = 2;

    private final Mlp mlp;
    private final JetSpec spec;
    /** Chunked loss kernel over this network, made on first use (its off-heap buffers are freed by GC). */
    private FusedJetLoss fused;
    private final int comps;
    private final int dim;
    private final int outputs;
    private final int netParams;

    /**
     * @param widths input dimension d, hidden widths, outputs
     * @param order  highest input derivative carried (0, 1 or 2)
     */
    NetworkJets(int[] widths, Activation activation, int order) {
        this.mlp = Mlp.init(widths, activation, Mlp.DEFAULT_INIT, new SplittableRandom(0));
        this.dim = widths[0];
        this.outputs = widths[widths.length - 1];
        this.comps = PinnProblem.components(dim, order);
        this.spec = order == 0 ? null : order == 1 ? JetSpec.firstOrder(dim) : JetSpec.full(dim, 2);
        if (spec != null && spec.streams() != comps) {
            throw new IllegalStateException("NetworkJets: core JetSpec has " + spec.streams() + " streams, pinn expects "
                    + comps + " components for dimension " + dim + " and order " + order);
        }
        this.netParams = mlp.parameters().size();
    }

    /** The network (its weights are those of the last {@link #assign}). */
    Mlp mlp() {
        return mlp;
    }

    /**
     * The chunked in-cache kernel for loss gradients over this network's jets (null for order 0):
     * {@link FusedJetLoss} with {@link #FUSED_THREADS} threads and the {@link #GEMM} backend.
     */
    FusedJetLoss fused() {
        if (fused == null && spec != null) {
            fused = new FusedJetLoss(mlp, spec, FusedJetLoss.defaultChunk(mlp.widths(), spec), FUSED_THREADS, GEMM);
        }
        return fused;
    }

    int parameterCount() {
        return netParams;
    }

    /** Jet components per output. */
    int components() {
        return comps;
    }

    /** Sets the weights from θ[0 .. parameterCount()) (copied; mutates the network). */
    void assign(double[] theta) {
        mlp.parameters().assign(theta.length == netParams ? theta : Arrays.copyOf(theta, netParams));
    }

    /** Points as a constant [N, d] tensor. */
    static Tensor points(double[][] pts) {
        int d = pts[0].length;
        double[] flat = new double[pts.length * d];
        for (int i = 0; i < pts.length; i++) {
            System.arraycopy(pts[i], 0, flat, i * d, d);
        }
        return Tensor.of(flat, pts.length, d);
    }

    /** Points a followed by points b as one constant [2N, d] tensor. */
    static Tensor points(double[][] a, double[][] b) {
        double[][] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return points(all);
    }

    /**
     * The stacked jets [C·N, outputs] at the points x [N, d] (differentiable in the weights): core's
     * {@link Mlp#forward(Jet)} layer by layer, with the GEMMs through a single-threaded OpenBLAS
     * backend (see {@link #GEMM}).
     */
    Tensor forward(Tensor x) {
        if (spec == null) {
            return values(x);
        }
        return mlp.forward(Jet.seed(x, spec), GEMM).stacked();
    }

    /** The network values u(x) [N, outputs] (core's {@link Mlp#forward(Tensor)} through {@link #GEMM}). */
    Tensor values(Tensor x) {
        return mlp.forward(x, GEMM);
    }

    /**
     * Copies the jets of point row {@code i} of a batch of {@code m} points into
     * {@code out[o·C + c]} (the slot layout of {@link PinnProblem#jets}), from {@code first}.
     */
    void gather(double[] data, int m, int i, double[] out, int first) {
        for (int c = 0; c < comps; c++) {
            int row = (c * m + i) * outputs;
            for (int o = 0; o < outputs; o++) {
                out[first + o * comps + c] = data[row + o];
            }
        }
    }

    /**
     * Adds {@code factor · g[first + o·C + c]} into the seed entry of component c, output o, point
     * row i of a batch of m points (the transpose of {@link #gather}).
     */
    void scatter(double[] g, int first, double factor, int m, int i, double[] seed) {
        for (int c = 0; c < comps; c++) {
            int row = (c * m + i) * outputs;
            for (int o = 0; o < outputs; o++) {
                seed[row + o] += factor * g[first + o * comps + c];
            }
        }
    }

    /** ∂(Σ seed ⊙ stacked)/∂θ_net added into {@code target} from {@code offset} (one reverse pass). */
    void vjp(Tensor stacked, double[] seed, double[] target, int offset) {
        List<Tensor> leaves = mlp.parameters().values();
        double[][] g = Autodiff.vjp(stacked, seed, leaves);
        int off = offset;
        for (double[] a : g) {
            for (int k = 0; k < a.length; k++) {
                target[off + k] += a[k];
            }
            off += a.length;
        }
    }

    /**
     * Jacobian [n, P_net] (row-major) of the per-point linear combinations
     * ρ_i = Σ_{c,o} coef[(c·m + i)·outputs + o] · stacked[(c·m + i), o] summed also over the point
     * rows i + n, i + 2n, … &lt; m of a batch of m = k·n points (k = 1, or 2 for paired points). With
     * coef = ∂r_i/∂(jets) frozen, this is exactly ∂r_i/∂θ_net: the linearisation of the residual.
     * One row-wise reverse sweep of core's autodiff.
     */
    double[] rowJacobian(Tensor stacked, double[] coef, int n, int m) {
        Tensor acc = null;
        for (int c = 0; c < comps; c++) {
            for (int part = 0; part < m / n; part++) {
                int from = c * m + part * n;
                double[] cc = Arrays.copyOfRange(coef, from * outputs, (from + n) * outputs);
                Tensor term = stacked.slice(0, from, from + n).mul(Tensor.of(cc, n, outputs));
                acc = acc == null ? term : acc.add(term);
            }
        }
        Tensor rho = outputs == 1 ? acc : acc.sum(1, true);
        return mlp.parameters().jacobian(rho);
    }
}
