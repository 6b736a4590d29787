package org.sciml4j.core.jet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.autodiff.GradFn;
import org.sciml4j.core.autodiff.GradSink;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.tensor.Tensor;

/**
 * A forward Taylor jet of a field u: ℝ^d → ℝ^k evaluated at N points: the value and the
 * derivatives listed by a {@link JetSpec}, held as S stacked streams in one tensor of shape
 * [S·N, k] (rows s·N … s·N+N−1 hold stream s). All operations are differentiable tensor ops, so
 * a loss built from jet components (e.g. the PDE residual −u″ − f) gives its parameter gradient
 * in ONE reverse pass. A linear layer is one GEMM over all streams (bias on the value stream
 * only); activations are one fused op applying Faà di Bruno:
 * <pre>
 *   y = σ(z), y_i = σ′ z_i, y_ij = σ′ z_ij + σ″ z_i z_j,
 *   y_ijk = σ′ z_ijk + σ″ (z_ij z_k + z_ik z_j + z_jk z_i) + σ‴ z_i z_j z_k
 * </pre>
 * with a hand-written backward rule. Immutable; thread safe.
 */
public final class Jet {
    private final JetSpec spec;
    private final int n;
    private final Tensor stacked;

    private Jet(JetSpec spec, int n, Tensor stacked) {
        this.spec = spec;
        this.n = n;
        this.stacked = stacked;
    }

    /** Wraps stacked streams [S·N, k] (S = spec.streams()). */
    public static Jet of(JetSpec spec, int points, Tensor stacked) {
        if (stacked.rank() != 2 || stacked.dim(0) != spec.streams() * points) {
            throw new ShapeException("Jet.of: stacked tensor " + Arrays.toString(stacked.shape()) + " for " + points
                    + " points and " + spec.streams() + " streams; need [" + spec.streams() * points + ", k]");
        }
        return new Jet(spec, points, stacked);
    }

    /**
     * The identity jet of the inputs: value x [N, d], ∂x/∂x_i = e_i, higher derivatives 0.
     * Differentiable w.r.t. x if x requires gradients.
     */
    public static Jet seed(Tensor x, JetSpec spec) {
        if (x.rank() != 2 || x.dim(1) != spec.dim()) {
            throw new ShapeException("Jet.seed: inputs " + Arrays.toString(x.shape()) + " for a jet in "
                    + spec.dim() + " dimensions; pass points as [N, " + spec.dim() + "]");
        }
        int nn = x.dim(0);
        int d = spec.dim();
        int s = spec.streams();
        double[] rest = new double[(s - 1) * nn * d];
        for (int i = 0; i < d; i++) {
            int base = i * nn * d; // stream 1+i occupies block i of rest
            for (int r = 0; r < nn; r++) {
                rest[base + r * d + i] = 1.0;
            }
        }
        Tensor consts = Tensor.wrap(rest, new int[] {(s - 1) * nn, d}, null);
        return new Jet(spec, nn, Tensor.concat(0, x, consts));
    }

    /** A jet of a function constant in x: value c [N, k], all derivatives 0. */
    public static Jet constant(Tensor c, JetSpec spec) {
        if (c.rank() != 2) {
            throw new ShapeException("Jet.constant: value " + Arrays.toString(c.shape()) + " must be [N, k]");
        }
        Tensor zeros = Tensor.zeros((spec.streams() - 1) * c.dim(0), c.dim(1));
        return new Jet(spec, c.dim(0), Tensor.concat(0, c, zeros));
    }

    /** The spec. */
    public JetSpec spec() {
        return spec;
    }

    /** Number of points N. */
    public int points() {
        return n;
    }

    /** Output width k. */
    public int width() {
        return stacked.dim(1);
    }

    /** All streams stacked, [S·N, k]. */
    public Tensor stacked() {
        return stacked;
    }

    /** Stream s as [N, k]. */
    public Tensor streamAt(int s) {
        return stacked.slice(0, s * n, (s + 1) * n);
    }

    /** The derivative with the given multi-index (empty = value) as [N, k]. */
    public Tensor stream(int... multiIndex) {
        return streamAt(spec.stream(multiIndex));
    }

    /** u, [N, k]. */
    public Tensor value() {
        return streamAt(0);
    }

    /** ∂u/∂x_i, [N, k]. */
    public Tensor d(int i) {
        return stream(i);
    }

    /** ∂²u/∂x_i∂x_j, [N, k]. */
    public Tensor d2(int i, int j) {
        return stream(i, j);
    }

    /** ∂³u/∂x_i∂x_j∂x_k, [N, k]. */
    public Tensor d3(int i, int j, int k) {
        return stream(i, j, k);
    }

    /** Σ_i ∂²u/∂x_i², [N, k]. */
    public Tensor laplacian() {
        Tensor l = d2(0, 0);
        for (int i = 1; i < spec.dim(); i++) {
            l = l.add(d2(i, i));
        }
        return l;
    }

    private void same(String op, Jet o) {
        if (!spec.equals(o.spec) || n != o.n) {
            throw new ShapeException("Jet." + op + ": jets differ (" + spec + ", N=" + n + " vs " + o.spec + ", N="
                    + o.n + "); combine jets seeded with the same spec and points");
        }
    }

    /** this + o. */
    public Jet add(Jet o) {
        same("add", o);
        return new Jet(spec, n, stacked.add(o.stacked));
    }

    /** this − o. */
    public Jet sub(Jet o) {
        same("sub", o);
        return new Jet(spec, n, stacked.sub(o.stacked));
    }

    /** −this. */
    public Jet neg() {
        return new Jet(spec, n, stacked.neg());
    }

    /** c · this. */
    public Jet scale(double c) {
        return new Jet(spec, n, stacked.mul(c));
    }

    /** this + t for t constant in x (broadcastable to [N, k]): only the value stream changes. */
    public Jet add(Tensor t) {
        Tensor v = value().add(t);
        if (v.dim(0) != n || v.dim(1) != width()) {
            throw new ShapeException("Jet.add: tensor " + Arrays.toString(t.shape()) + " does not broadcast to [" + n
                    + ", " + width() + "]");
        }
        return new Jet(spec, n, Tensor.concat(0, v, stacked.slice(0, n, stacked.dim(0))));
    }

    /** Product by the Leibniz rule: (uv)_α = Σ_{β ⊆ α} u_β v_{α∖β} (over subsets of positions). */
    public Jet mul(Jet o) {
        same("mul", o);
        int s = spec.streams();
        Tensor[] us = new Tensor[s];
        Tensor[] vs = new Tensor[s];
        for (int i = 0; i < s; i++) {
            us[i] = streamAt(i);
            vs[i] = o.streamAt(i);
        }
        Tensor[] out = new Tensor[s];
        for (int st = 0; st < s; st++) {
            int[] mi = spec.multiIndex(st);
            Tensor acc = null;
            for (int mask = 0; mask < (1 << mi.length); mask++) {
                int[] a = new int[Integer.bitCount(mask)];
                int[] b = new int[mi.length - a.length];
                for (int p = 0, ia = 0, ib = 0; p < mi.length; p++) {
                    if ((mask & (1 << p)) != 0) {
                        a[ia++] = mi[p];
                    } else {
                        b[ib++] = mi[p];
                    }
                }
                Tensor term = us[spec.stream(a)].mul(vs[spec.stream(b)]);
                acc = acc == null ? term : acc.add(term);
            }
            out[st] = acc;
        }
        return new Jet(spec, n, Tensor.concat(0, out));
    }

    /** this · t for t constant in x, broadcastable to [N, k]. */
    public Jet mul(Tensor t) {
        Tensor tt = Tensor.zeros(n, width()).add(t);
        return mul(constant(tt, spec));
    }

    /** Affine layer x W + b on every stream with one GEMM (default backend); b only on the value. */
    public Jet linear(Tensor w, Tensor b) {
        return linear(w, b, Gemm.defaultGemm());
    }

    /** Affine layer through {@code gemm}; W [k, m], b [m] (or null for no bias). */
    public Jet linear(Tensor w, Tensor b, Gemm gemm) {
        int k = width();
        if (w.rank() != 2 || w.dim(0) != k) {
            throw new ShapeException("Jet.linear: jet width " + k + " x weight " + Arrays.toString(w.shape())
                    + ": weight must be [" + k + ", m]");
        }
        int m = w.dim(1);
        if (b != null && b.size() != m) {
            throw new ShapeException("Jet.linear: bias " + Arrays.toString(b.shape()) + " for weight "
                    + Arrays.toString(w.shape()) + ": bias must be [" + m + "]");
        }
        return new Jet(spec, n, JetOps.linear(stacked, w, b, n, gemm));
    }

    /** σ applied to the jet (fused Faà di Bruno op with a hand-written backward rule). */
    public Jet map(Activation act) {
        return new Jet(spec, n, JetOps.activation(stacked, spec, n, act));
    }

    /** All streams as separate [N, k] tensors, in stream order. */
    public List<Tensor> streams() {
        List<Tensor> l = new ArrayList<>();
        for (int s = 0; s < spec.streams(); s++) {
            l.add(streamAt(s));
        }
        return l;
    }
}
