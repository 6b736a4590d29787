package org.sciml4j.pinn.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.nn.Activation;

/**
 * PRIVATE STAND-IN for core's Mlp/Jet (kept because the PINN loss needs per-point reverse passes
 * for Jacobian rows and per-point Dual residuals; see the pinn report): a multilayer
 * perceptron evaluated one point at a time with second-order forward Taylor jets in the input, and
 * a hand-written reverse pass to the parameters.
 *
 * <p>Components per unit: c = 0 value, c = 1..d first derivatives ∂/∂xᵢ, then (order 2) one
 * component per pair i ≤ j for ∂²/∂xᵢ∂xⱼ. Hidden layers: z = W h + b (b on the value only),
 * a = σ(z) with aᵢ = σ'(z₀) zᵢ and aᵢⱼ = σ''(z₀) zᵢ zⱼ + σ'(z₀) zᵢⱼ (σ one of core's
 * {@link Activation}s, default tanh); the last layer is affine. The reverse rule for z₀ reads
 * σ‴(z₀): ḡz₀ = ḡa₀σ' + (Σᵢ ḡaᵢzᵢ + Σ ḡaᵢⱼzᵢⱼ)σ'' + (Σ ḡaᵢⱼzᵢzⱼ)σ‴.
 * Parameters θ are flat: per layer W (out×in, row-major) then b.
 *
 * <p>Immutable and thread-safe; each thread uses its own {@link Workspace}.
 */
public final class JetMlp {

    private final int[] widths;
    private final int dim;
    private final int order;
    private final int comps;
    private final int[] pairI;
    private final int[] pairJ;
    private final int[] wOffset;
    private final int[] bOffset;
    private final int paramCount;
    private final Activation act;
    private final boolean tanh;

    /** A tanh network (see {@link #JetMlp(int[], int, Activation)}). */
    public JetMlp(int[] widths, int order) {
        this(widths, order, Activation.TANH);
    }

    /**
     * @param widths layer widths, input first (d) and output last
     * @param order  0, 1 or 2: highest input derivative carried
     * @param act    hidden-layer activation (needs derivatives up to order 3)
     */
    public JetMlp(int[] widths, int order, Activation act) {
        this.act = java.util.Objects.requireNonNull(act, "activation");
        this.tanh = act == Activation.TANH;
        if (widths.length < 2) {
            throw new IllegalArgumentException("JetMlp: need at least input and output widths, got " + Arrays.toString(widths));
        }
        for (int w : widths) {
            if (w <= 0) {
                throw new IllegalArgumentException("JetMlp: widths must be positive, got " + Arrays.toString(widths));
            }
        }
        if (order < 0 || order > 2) {
            throw new IllegalArgumentException("JetMlp: derivative order must be 0, 1 or 2, got " + order);
        }
        this.widths = widths.clone();
        this.dim = widths[0];
        this.order = order;
        int np = order == 2 ? dim * (dim + 1) / 2 : 0;
        this.comps = 1 + (order >= 1 ? dim : 0) + np;
        this.pairI = new int[np];
        this.pairJ = new int[np];
        int p = 0;
        for (int i = 0; i < dim && order == 2; i++) {
            for (int j = i; j < dim; j++) {
                pairI[p] = i;
                pairJ[p] = j;
                p++;
            }
        }
        int layers = widths.length - 1;
        wOffset = new int[layers];
        bOffset = new int[layers];
        int off = 0;
        for (int l = 0; l < layers; l++) {
            wOffset[l] = off;
            off += widths[l] * widths[l + 1];
            bOffset[l] = off;
            off += widths[l + 1];
        }
        paramCount = off;
    }

    public int parameterCount() {
        return paramCount;
    }

    public int inputDimension() {
        return dim;
    }

    public int outputs() {
        return widths[widths.length - 1];
    }

    public int order() {
        return order;
    }

    /** Jet components per output. */
    public int components() {
        return comps;
    }

    /** Component index of ∂²/∂xᵢ∂xⱼ (order 2). */
    public int pairComponent(int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return 1 + dim + a * dim - a * (a - 1) / 2 + (b - a);
    }

    public int[] widths() {
        return widths.clone();
    }

    public Activation activation() {
        return act;
    }

    /** σ, σ', σ'', σ‴ at z into d[0..3]. */
    private void sigma(double z, double[] d) {
        if (tanh) {
            double s = Math.tanh(z);
            double s1 = 1 - s * s;
            d[0] = s;
            d[1] = s1;
            d[2] = -2 * s * s1;
            d[3] = (6 * s * s - 2) * s1;
        } else {
            act.derivatives(z, d, 3);
        }
    }

    /** Glorot-normal weights N(0, 2/(fan_in + fan_out)), zero biases, from {@code rng}. */
    public double[] initGlorot(SplittableRandom rng) {
        double[] theta = new double[paramCount];
        for (int l = 0; l < widths.length - 1; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            double sd = Math.sqrt(2.0 / (in + out));
            for (int k = 0; k < in * out; k++) {
                theta[wOffset[l] + k] = sd * gaussian(rng);
            }
        }
        return theta;
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Per-thread buffers. */
    public final class Workspace {
        final double[][] h;  // input of layer l, comps × widths[l]
        final double[][] z;  // pre-activation of layer l, comps × widths[l+1]
        final double[] ga;
        final double[] gz;

        public Workspace() {
            int layers = widths.length - 1;
            h = new double[layers + 1][];
            z = new double[layers][];
            int max = 0;
            for (int l = 0; l <= layers; l++) {
                h[l] = new double[comps * widths[l]];
                max = Math.max(max, widths[l]);
            }
            for (int l = 0; l < layers; l++) {
                z[l] = new double[comps * widths[l + 1]];
            }
            ga = new double[comps * max];
            gz = new double[comps * max];
        }

        /** Output jet component c of output o after {@link #forward}. */
        public double output(int o, int c) {
            return h[widths.length - 1][c * widths[widths.length - 1] + o];
        }
    }

    /**
     * Buffers for a batch of up to {@code capacity} points, rows ordered component-major
     * (row c·B + p holds component c of point p). One per thread.
     */
    public final class BatchWorkspace {
        final int capacity;
        final double[][] h;
        final double[][] z;
        final double[] ga;
        final double[] gz;
        int size;

        public BatchWorkspace(int capacity) {
            this.capacity = capacity;
            int layers = widths.length - 1;
            h = new double[layers + 1][];
            z = new double[layers][];
            int max = 0;
            for (int l = 0; l <= layers; l++) {
                h[l] = new double[comps * capacity * widths[l]];
                max = Math.max(max, widths[l]);
            }
            for (int l = 0; l < layers; l++) {
                z[l] = new double[comps * capacity * widths[l + 1]];
            }
            ga = new double[comps * capacity * max];
            gz = new double[comps * capacity * max];
        }

        /** Output jet component c of output o at batch point p after {@link #forwardBatch}. */
        public double output(int p, int o, int c) {
            int n = widths[widths.length - 1];
            return h[widths.length - 1][(c * size + p) * n + o];
        }
    }

    /**
     * Batched {@link #forward}: points {@code xs[from..to)} through the network with GEMMs
     * (Z = H Wᵀ per layer over all jet components at once). θ and xs are not modified.
     */
    public void forwardBatch(double[] theta, double[][] xs, int from, int to, BatchWorkspace bw, Gemm gemm) {
        int bsz = to - from;
        if (bsz > bw.capacity) {
            throw new IllegalArgumentException("JetMlp.forwardBatch: " + bsz + " points exceed capacity " + bw.capacity);
        }
        bw.size = bsz;
        double[] h0 = bw.h[0];
        Arrays.fill(h0, 0, comps * bsz * dim, 0);
        for (int p = 0; p < bsz; p++) {
            System.arraycopy(xs[from + p], 0, h0, p * dim, dim);
            if (order >= 1) {
                for (int i = 0; i < dim; i++) {
                    h0[((1 + i) * bsz + p) * dim + i] = 1;
                }
            }
        }
        int layers = widths.length - 1;
        int np = pairI.length;
        int rowsAll = comps * bsz;
        for (int l = 0; l < layers; l++) {
            int m = widths[l];
            int n = widths[l + 1];
            double[] h = bw.h[l];
            double[] z = bw.z[l];
            gemm.gemm(false, true, rowsAll, n, m, 1.0, h, 0, m, theta, wOffset[l], m, 0.0, z, 0, n);
            int bo = bOffset[l];
            for (int p = 0; p < bsz; p++) {
                for (int j = 0; j < n; j++) {
                    z[p * n + j] += theta[bo + j];
                }
            }
            double[] a = bw.h[l + 1];
            if (l == layers - 1) {
                System.arraycopy(z, 0, a, 0, rowsAll * n);
            } else {
                double[] sd = new double[4];
                for (int p = 0; p < bsz; p++) {
                    for (int j = 0; j < n; j++) {
                        sigma(z[p * n + j], sd);
                        double s = sd[0];
                        double s1 = sd[1];
                        double s2 = sd[2];
                        a[p * n + j] = s;
                        if (order >= 1) {
                            for (int i = 0; i < dim; i++) {
                                int idx = ((1 + i) * bsz + p) * n + j;
                                a[idx] = s1 * z[idx];
                            }
                        }
                        for (int q = 0; q < np; q++) {
                            int idx = ((1 + dim + q) * bsz + p) * n + j;
                            a[idx] = s2 * z[((1 + pairI[q]) * bsz + p) * n + j] * z[((1 + pairJ[q]) * bsz + p) * n + j]
                                    + s1 * z[idx];
                        }
                    }
                }
            }
        }
    }

    /**
     * Batched {@link #backward}: adds Σ_p ∂(Σ g_{p,o,c} out_{p,o,c})/∂θ to {@code target[0..P)}.
     *
     * @param gOut adjoints indexed {@code p * (outputs·components) + o * components + c}; not modified
     */
    public void backwardBatch(double[] theta, BatchWorkspace bw, double[] gOut, double[] target, Gemm gemm) {
        int bsz = bw.size;
        int layers = widths.length - 1;
        int nOut = widths[layers];
        int rowsAll = comps * bsz;
        double[] ga = bw.ga;
        double[] gz = bw.gz;
        for (int p = 0; p < bsz; p++) {
            for (int o = 0; o < nOut; o++) {
                for (int c = 0; c < comps; c++) {
                    gz[(c * bsz + p) * nOut + o] = gOut[p * nOut * comps + o * comps + c];
                }
            }
        }
        int np = pairI.length;
        for (int l = layers - 1; l >= 0; l--) {
            int m = widths[l];
            int n = widths[l + 1];
            if (l < layers - 1) {
                double[] z = bw.z[l];
                double[] sd = new double[4];
                for (int p = 0; p < bsz; p++) {
                    for (int j = 0; j < n; j++) {
                        sigma(z[p * n + j], sd);
                        double s1 = sd[1];
                        double s2 = sd[2];
                        double s3 = sd[3];
                        double gs1 = 0;
                        double gs2 = 0;
                        for (int i = 0; i < dim && order >= 1; i++) {
                            int idx = ((1 + i) * bsz + p) * n + j;
                            gs1 += ga[idx] * z[idx];
                            gz[idx] = ga[idx] * s1;
                        }
                        for (int q = 0; q < np; q++) {
                            int idx = ((1 + dim + q) * bsz + p) * n + j;
                            double g = ga[idx];
                            int ii = ((1 + pairI[q]) * bsz + p) * n + j;
                            int jj = ((1 + pairJ[q]) * bsz + p) * n + j;
                            double zi = z[ii];
                            double zj = z[jj];
                            gs1 += g * z[idx];
                            gs2 += g * zi * zj;
                            gz[ii] += g * s2 * zj;
                            gz[jj] += g * s2 * zi;
                            gz[idx] = g * s1;
                        }
                        gz[p * n + j] = ga[p * n + j] * s1 + gs1 * s2 + gs2 * s3;
                    }
                }
            }
            double[] h = bw.h[l];
            gemm.gemm(true, false, n, m, rowsAll, 1.0, gz, 0, n, h, 0, m, 1.0, target, wOffset[l], m);
            int bo = bOffset[l];
            for (int p = 0; p < bsz; p++) {
                for (int j = 0; j < n; j++) {
                    target[bo + j] += gz[p * n + j];
                }
            }
            if (l > 0) {
                gemm.gemm(false, false, rowsAll, m, n, 1.0, gz, 0, n, theta, wOffset[l], m, 0.0, ga, 0, m);
            }
        }
    }

    /** Evaluates the jets at x; results stay in {@code ws}. θ and x are not modified. */
    public void forward(double[] theta, double[] x, Workspace ws) {
        double[] h0 = ws.h[0];
        Arrays.fill(h0, 0);
        System.arraycopy(x, 0, h0, 0, dim);
        if (order >= 1) {
            for (int i = 0; i < dim; i++) {
                h0[(1 + i) * dim + i] = 1;
            }
        }
        int layers = widths.length - 1;
        int np = pairI.length;
        for (int l = 0; l < layers; l++) {
            int m = widths[l];
            int n = widths[l + 1];
            double[] h = ws.h[l];
            double[] z = ws.z[l];
            int wo = wOffset[l];
            int bo = bOffset[l];
            for (int j = 0; j < n; j++) {
                int row = wo + j * m;
                for (int c = 0; c < comps; c++) {
                    double s = c == 0 ? theta[bo + j] : 0;
                    int hc = c * m;
                    for (int k = 0; k < m; k++) {
                        s += theta[row + k] * h[hc + k];
                    }
                    z[c * n + j] = s;
                }
            }
            double[] a = ws.h[l + 1];
            if (l == layers - 1) {
                System.arraycopy(z, 0, a, 0, comps * n);
            } else {
                double[] sd = new double[4];
                for (int j = 0; j < n; j++) {
                    sigma(z[j], sd);
                    double s = sd[0];
                    double s1 = sd[1];
                    double s2 = sd[2];
                    a[j] = s;
                    if (order >= 1) {
                        for (int i = 0; i < dim; i++) {
                            a[(1 + i) * n + j] = s1 * z[(1 + i) * n + j];
                        }
                    }
                    for (int p = 0; p < np; p++) {
                        int c = 1 + dim + p;
                        a[c * n + j] = s2 * z[(1 + pairI[p]) * n + j] * z[(1 + pairJ[p]) * n + j]
                                + s1 * z[c * n + j];
                    }
                }
            }
        }
    }

    /**
     * Adds ∂(Σ g_{o,c} · out_{o,c})/∂θ to {@code target[offset..offset+P)}, at the point of the last
     * {@link #forward} on {@code ws}.
     *
     * @param gOut adjoint of the outputs, indexed {@code o * components() + c}; not modified
     */
    public void backward(double[] theta, Workspace ws, double[] gOut, double[] target, int offset) {
        int layers = widths.length - 1;
        int nOut = widths[layers];
        double[] ga = ws.ga;
        double[] gz = ws.gz;
        for (int o = 0; o < nOut; o++) {
            for (int c = 0; c < comps; c++) {
                gz[c * nOut + o] = gOut[o * comps + c];
            }
        }
        int np = pairI.length;
        for (int l = layers - 1; l >= 0; l--) {
            int m = widths[l];
            int n = widths[l + 1];
            if (l < layers - 1) {
                // tanh backward: ga (comps × n) -> gz
                double[] z = ws.z[l];
                double[] sd = new double[4];
                for (int j = 0; j < n; j++) {
                    sigma(z[j], sd);
                    double s1 = sd[1];
                    double s2 = sd[2];
                    double s3 = sd[3];
                    double gs1 = 0;
                    double gs2 = 0;
                    for (int i = 0; i < dim && order >= 1; i++) {
                        int c = 1 + i;
                        gs1 += ga[c * n + j] * z[c * n + j];
                        gz[c * n + j] = ga[c * n + j] * s1;
                    }
                    for (int p = 0; p < np; p++) {
                        int c = 1 + dim + p;
                        double g = ga[c * n + j];
                        int ci = 1 + pairI[p];
                        int cj = 1 + pairJ[p];
                        double zi = z[ci * n + j];
                        double zj = z[cj * n + j];
                        gs1 += g * z[c * n + j];
                        gs2 += g * zi * zj;
                        gz[ci * n + j] += g * s2 * zj;
                        gz[cj * n + j] += g * s2 * zi;
                        gz[c * n + j] = g * s1;
                    }
                    gz[j] = ga[j] * s1 + gs1 * s2 + gs2 * s3;
                }
            }
            double[] h = ws.h[l];
            int wo = offset + wOffset[l];
            int bo = offset + bOffset[l];
            int tw = wOffset[l];
            for (int j = 0; j < n; j++) {
                target[bo + j] += gz[j];
                int row = wo + j * m;
                for (int c = 0; c < comps; c++) {
                    double g = gz[c * n + j];
                    if (g == 0) {
                        continue;
                    }
                    int hc = c * m;
                    for (int k = 0; k < m; k++) {
                        target[row + k] += g * h[hc + k];
                    }
                }
            }
            if (l > 0) {
                Arrays.fill(ga, 0, comps * m, 0);
                for (int j = 0; j < n; j++) {
                    int row = tw + j * m;
                    for (int c = 0; c < comps; c++) {
                        double g = gz[c * n + j];
                        if (g == 0) {
                            continue;
                        }
                        int hc = c * m;
                        for (int k = 0; k < m; k++) {
                            ga[hc + k] += theta[row + k] * g;
                        }
                    }
                }
            }
        }
    }
}
