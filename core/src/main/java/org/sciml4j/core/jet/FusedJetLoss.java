package org.sciml4j.core.jet;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.sciml4j.core.SciMLException;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.autodiff.Autodiff;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.linalg.JavaGemm;
import org.sciml4j.core.linalg.OpenBlasGemm;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.nn.Linear;
import org.sciml4j.core.nn.Mlp;
import org.sciml4j.core.tensor.Tensor;

/**
 * Loss and parameter gradient of a point-wise loss on an MLP's output jet, computed in point
 * chunks that stay in cache. For a loss L = Σ_c ℓ_c(u|_c), a sum over chunks c of points of a
 * function of the network's jet u = Mlp(Jet.seed(x)) on those points only (a PINN residual loss:
 * the mean of r(x_i, u(x_i), ∇u(x_i), …)² is such a sum), each chunk goes forward through
 * every layer (one GEMM per layer over all jet streams, bias, fused Faà di Bruno activation),
 * the user's ℓ_c is evaluated and differentiated by the tensor autodiff on the chunk's output
 * jet, and the chunk goes back through every layer (activation backward, then
 * dW += Yᵀ G, db += Σ G on the value stream, dY = G Wᵀ), accumulating ∂L/∂θ. This is the same
 * reverse pass as {@link Mlp#forward(Jet)} followed by {@code ParameterSet.gradient(loss)}, and
 * gives the same gradient up to rounding (tested), without building the N-point graph: no
 * activation of the whole point set goes through main memory and the per-layer passes run on
 * data in cache. Inside a chunk each jet stream is its own array (the elementwise loops then
 * vectorise), the first layer is evaluated in closed form on the seed jet (∂x/∂x_i = e_i) and
 * one-output layers as row dot products. The chunks form at most {@value #GROUPS} groups of
 * consecutive chunks, each with
 * its own accumulator; {@link #threads()} workers on the common ForkJoinPool claim groups one at a
 * time, and the groups are summed in order, so the figures are the same for any thread count
 * and schedule. With OpenBLAS each worker calls single-threaded {@code cblas_dgemm} on off-heap
 * copies of its chunk.
 *
 * <p>The PINN loss mean((−u″ − f)²) over N points and its gradient, for example:
 * <pre>{@code
 * Mlp net = Mlp.init(new int[] {1, 50, 50, 50, 1}, new SplittableRandom(42));
 * double[] grad = new double[net.parameters().size()];
 * try (FusedJetLoss pde = new FusedJetLoss(net, JetSpec.full(1, 2))) {
 *     double loss = pde.lossAndGradient(x, (u, from, to) ->      // x: [N, 1] points, f: [N, 1] source
 *             u.d2(0, 0).neg().sub(f.slice(0, from, to)).square().sum().scale(1.0 / N), grad);
 * }
 * }</pre>
 *
 * <p>Holds off-heap work buffers while open: {@link AutoCloseable}. One instance must not be used
 * by two threads at once; the {@link ChunkLoss} is called from several threads at once and must
 * be a pure function of its arguments.
 */
public final class FusedJetLoss implements AutoCloseable {
    /**
     * Values per work buffer that set the default chunk (points = this / (streams × widest layer)):
     * system property {@code sciml4j.fused.chunkElements}, default 2^14 (128 KiB per buffer), read
     * once.
     */
    public static final int DEFAULT_CHUNK_ELEMENTS = Integer.getInteger("sciml4j.fused.chunkElements", 1 << 14);

    /** The loss contribution of one chunk of points. */
    @FunctionalInterface
    public interface ChunkLoss {
        /**
         * ℓ_c for points [from, to) of the x passed to {@link #lossAndGradient}.
         *
         * @param u    the network's jet on those points (to − from points); a leaf, not modified
         * @param from first point (inclusive)
         * @param to   last point (exclusive)
         * @return a one-element tensor that depends on u
         */
        Tensor loss(Jet u, int from, int to);
    }

    private static final JavaGemm JAVA = new JavaGemm();
    /**
     * Chunks are summed in at most this many groups (fixed, whatever the thread count): the unit of
     * work a thread claims, and of the deterministic summation.
     */
    static final int GROUPS = 16;

    private final Mlp mlp;
    private final JetSpec spec;
    private final int chunk;
    private final int threads;
    private final boolean blas;
    private final int layers;
    private final int[] widths;
    private final int[][][] terms;
    /** The order-2 structure when the activation is tanh and the jet has order ≤ 2, else null. */
    private final JetOps.Order2 tanhJet;
    private final Activation act;
    private final Work[] work;
    private final DoublePointer[] nativeW;
    private double[][] groupGrad = new double[0][];
    private double[] groupLoss = new double[0];
    private boolean closed;

    /**
     * @param mlp     the network (its parameters are read at each call, never modified)
     * @param spec    derivatives carried; the jet is seeded in spec.dim() = widths[0] inputs
     * @param chunk   points per chunk (≥ 1)
     * @param threads parts run concurrently (≥ 1)
     * @param gemm    backend: an {@link OpenBlasGemm} uses native single-threaded GEMMs on
     *                off-heap copies, anything else runs every product through {@link JavaGemm}
     */
    public FusedJetLoss(Mlp mlp, JetSpec spec, int chunk, int threads, Gemm gemm) {
        int[] w = mlp.widths();
        if (w[0] != spec.dim()) {
            throw new ShapeException("FusedJetLoss: network input width " + w[0] + " but the jet is in "
                    + spec.dim() + " dimensions; use JetSpec for " + w[0] + " inputs");
        }
        if (chunk < 1 || threads < 1) {
            throw new SciMLException("FusedJetLoss: chunk = " + chunk + ", threads = " + threads
                    + ": both must be at least 1");
        }
        this.mlp = mlp;
        this.spec = spec;
        this.chunk = chunk;
        this.threads = threads;
        this.blas = gemm instanceof OpenBlasGemm;
        this.widths = w;
        this.layers = w.length - 1;
        int s = spec.streams();
        this.terms = new int[s][][];
        for (int st = 0; st < s; st++) {
            terms[st] = spec.terms(st);
        }
        this.act = mlp.activation();
        this.tanhJet = act == Activation.TANH ? JetOps.Order2.of(terms) : null;
        this.work = new Work[threads];
        this.nativeW = new DoublePointer[layers];
        if (blas) {
            for (int l = 0; l < layers; l++) {
                if (isNative(l)) {
                    nativeW[l] = new DoublePointer((long) w[l] * w[l + 1]);
                }
            }
        }
    }

    /** Chunk with about {@link #DEFAULT_CHUNK_ELEMENTS} per work buffer, default threads and GEMM. */
    public FusedJetLoss(Mlp mlp, JetSpec spec) {
        this(mlp, spec, defaultChunk(mlp.widths(), spec), defaultThreads(), Gemm.defaultGemm());
    }

    private static int defaultThreads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Points per chunk so one work buffer holds about {@link #DEFAULT_CHUNK_ELEMENTS} values. */
    public static int defaultChunk(int[] widths, JetSpec spec) {
        int wide = Arrays.stream(widths).max().orElse(1);
        return Math.max(16, DEFAULT_CHUNK_ELEMENTS / (spec.streams() * wide));
    }

    /** Points per chunk. */
    public int chunk() {
        return chunk;
    }

    /** Parts run concurrently. */
    public int threads() {
        return threads;
    }

    /**
     * Whether layer l's products go to OpenBLAS: not the first layer (its input is the seed jet,
     * handled in closed form) and not a layer as thin as {@link OpenBlasGemm#THIN}.
     */
    private boolean isNative(int l) {
        return blas && l > 0 && Math.min(widths[l], widths[l + 1]) > OpenBlasGemm.THIN;
    }

    /**
     * Per-part work buffers: on the heap one array per jet stream (so the elementwise kernels
     * vectorise), off-heap the stacked GEMM operands.
     */
    private final class Work {
        /** ys[l][s]: stream s of layer l's input; zs[l][s]: of its pre-activation output. */
        final double[][][] ys = new double[layers][][];
        final double[][][] zs = new double[layers][][];
        final double[][] ga;
        final double[][] gb;
        final double[][] sig;
        final DoublePointer[] nativeY = new DoublePointer[layers];
        final DoublePointer[] nativeGw = new DoublePointer[layers];
        final DoublePointer nativeG;
        final DoublePointer nativeOut;
        final boolean[] gwFresh = new boolean[layers];
        /** Scratch for reading an off-heap weight gradient back. */
        final double[] flush;

        Work() {
            int s = spec.streams();
            int wide = Arrays.stream(widths).max().orElse(1);
            for (int l = 0; l < layers; l++) {
                ys[l] = new double[s][chunk * widths[l]];
                zs[l] = new double[s][chunk * widths[l + 1]];
            }
            ga = new double[s][chunk * wide];
            gb = new double[s][chunk * wide];
            sig = new double[spec.order() + 3][chunk * wide];
            int maxW = 0;
            for (int l = 0; l < layers; l++) {
                maxW = Math.max(maxW, widths[l] * widths[l + 1]);
            }
            flush = new double[maxW];
            DoublePointer g = null;
            DoublePointer o = null;
            if (blas) {
                for (int l = 0; l < layers; l++) {
                    if (isNative(l)) {
                        nativeY[l] = new DoublePointer((long) s * chunk * widths[l]);
                        nativeGw[l] = new DoublePointer((long) widths[l] * widths[l + 1]);
                    }
                }
                g = new DoublePointer((long) s * chunk * wide);
                o = new DoublePointer((long) s * chunk * wide);
            }
            nativeG = g;
            nativeOut = o;
        }

        void close() {
            for (DoublePointer p : nativeY) {
                if (p != null) {
                    p.close();
                }
            }
            for (DoublePointer p : nativeGw) {
                if (p != null) {
                    p.close();
                }
            }
            if (nativeG != null) {
                nativeG.close();
                nativeOut.close();
            }
        }
    }

    /**
     * L and ∂L/∂θ for the network's current parameters.
     *
     * @param x        points [N, d] (not modified)
     * @param loss     the chunk losses ℓ_c; L = Σ_c ℓ_c
     * @param gradient out: ∂L/∂θ in {@code mlp.parameters()} order (overwritten; length = size)
     * @return L
     */
    public double lossAndGradient(Tensor x, ChunkLoss loss, double[] gradient) {
        if (closed) {
            throw new SciMLException("FusedJetLoss: used after close(); create a new one");
        }
        int d = spec.dim();
        if (x.rank() != 2 || x.dim(1) != d) {
            throw new ShapeException("FusedJetLoss: points " + Arrays.toString(x.shape()) + " for a network with "
                    + d + " inputs; pass [N, " + d + "]");
        }
        int size = mlp.parameters().size();
        if (gradient.length != size) {
            throw new ShapeException("FusedJetLoss: gradient array of length " + gradient.length + " for "
                    + size + " parameters");
        }
        int n = x.dim(0);
        double[] xd = x.rawData();
        List<Linear> ls = mlp.layers();
        double[][] wts = new double[layers][];
        double[][] bias = new double[layers][];
        for (int l = 0; l < layers; l++) {
            wts[l] = ls.get(l).weight().value().rawData();
            bias[l] = ls.get(l).bias().value().rawData();
            if (nativeW[l] != null) {
                nativeW[l].position(0).put(wts[l], 0, wts[l].length);
            }
        }
        int chunks = (n + chunk - 1) / chunk;
        int groups = Math.max(1, Math.min(GROUPS, chunks));
        if (groupGrad.length != groups || groupGrad[0].length != size) {
            groupGrad = new double[groups][size];
            groupLoss = new double[groups];
        }
        int workers = Math.max(1, Math.min(threads, groups));
        for (int t = 0; t < workers; t++) {
            if (work[t] == null) {
                work[t] = new Work();
            }
        }
        // groups of consecutive chunks are claimed one at a time by whichever worker is free (a
        // worker that starts late takes fewer); each group has its own accumulator, summed in
        // group order below, so the result does not depend on the thread count or the schedule
        AtomicInteger next = new AtomicInteger();
        IntStream range = IntStream.range(0, workers);
        (workers > 1 ? range.parallel() : range).forEach(t -> {
            Work wk = work[t];
            if (blas && openblas_nolapack.blas_get_num_threads() != 1) {
                openblas_nolapack.blas_set_num_threads(1);
            }
            for (int gi = next.getAndIncrement(); gi < groups; gi = next.getAndIncrement()) {
                double[] acc = groupGrad[gi];
                Arrays.fill(acc, 0.0);
                Arrays.fill(wk.gwFresh, true);
                double lossSum = 0.0;
                int c0 = (int) ((long) chunks * gi / groups);
                int c1 = (int) ((long) chunks * (gi + 1) / groups);
                for (int c = c0; c < c1; c++) {
                    int from = c * chunk;
                    lossSum += runChunk(wk, xd, from, Math.min(n, from + chunk), wts, bias, loss, acc);
                }
                flushNativeGradients(wk, acc);
                groupLoss[gi] = lossSum;
            }
        });
        Arrays.fill(gradient, 0.0);
        double total = 0.0;
        for (int gi = 0; gi < groups; gi++) {
            double[] g = groupGrad[gi];
            for (int e = 0; e < size; e++) {
                gradient[e] += g[e];
            }
            total += groupLoss[gi];
        }
        return total;
    }

    /** Adds the weight gradients accumulated off-heap by wk since its last flush into acc. */
    private void flushNativeGradients(Work wk, double[] acc) {
        int off = 0;
        for (int l = 0; l < layers; l++) {
            int wl = widths[l] * widths[l + 1];
            if (wk.nativeGw[l] != null && !wk.gwFresh[l]) {
                wk.nativeGw[l].position(0).get(wk.flush, 0, wl);
                for (int e = 0; e < wl; e++) {
                    acc[off + e] += wk.flush[e];
                }
            }
            off += wl + widths[l + 1];
        }
    }

    /** Forward and reverse sweep of points [from, to): returns ℓ_c, adds ∂ℓ_c/∂θ into acc. */
    private double runChunk(Work wk, double[] xd, int from, int to, double[][] wts, double[][] bias, ChunkLoss loss,
                            double[] acc) {
        int p = to - from;
        int s = spec.streams();
        int d = spec.dim();
        // the seed jet is value x, ∂x/∂x_i = e_i, higher streams 0: only x is stored (seedForward)
        System.arraycopy(xd, from * d, wk.ys[0][0], 0, p * d);
        for (int l = 0; l < layers; l++) {
            int k = widths[l];
            int m = widths[l + 1];
            double[][] yin = wk.ys[l];
            double[][] z = wk.zs[l];
            int in = p * k;
            int out = p * m;
            if (l == 0) {
                seedForward(wk.ys[0][0], wts[0], z, p, k, m);
            } else if (m == 1) {
                for (int st = 0; st < s; st++) {
                    dotRows(yin[st], wts[l], z[st], p, k);
                }
            } else if (nativeW[l] != null) {
                // all streams stacked into one GEMM
                DoublePointer py = wk.nativeY[l];
                for (int st = 0; st < s; st++) {
                    py.position((long) st * in).put(yin[st], 0, in);
                }
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasNoTrans,
                        openblas_nolapack.CblasNoTrans, s * p, m, k, 1.0, py.position(0), k, nativeW[l].position(0), m,
                        0.0, wk.nativeOut.position(0), m);
                for (int st = 0; st < s; st++) {
                    wk.nativeOut.position((long) st * out).get(z[st], 0, out);
                }
            } else {
                for (int st = 0; st < s; st++) {
                    JAVA.gemm(false, false, p, m, k, 1.0, yin[st], 0, k, wts[l], 0, m, 0.0, z[st], 0, m);
                }
            }
            double[] b = bias[l];
            double[] z0 = z[0];
            for (int r = 0; r < p; r++) {
                int o = r * m;
                for (int q = 0; q < m; q++) {
                    z0[o + q] += b[q];
                }
            }
            if (l + 1 < layers) {
                StreamKernels.forward(act, terms, spec.order(), tanhJet, z, wk.ys[l + 1], out, wk.sig);
            }
        }
        int outW = widths[layers];
        int block = p * outW;
        double[] u = new double[s * block];
        for (int st = 0; st < s; st++) {
            System.arraycopy(wk.zs[layers - 1][st], 0, u, st * block, block);
        }
        Tensor leaf = Tensor.variable(u, s * p, outW);
        Tensor l = loss.loss(Jet.of(spec, p, leaf), from, to);
        double[] g = Autodiff.gradientArrays(l, List.of(leaf))[0];
        double[][] gz = wk.ga;
        for (int st = 0; st < s; st++) {
            System.arraycopy(g, st * block, gz[st], 0, block);
        }
        backward(wk, p, wts, acc);
        return l.item();
    }

    /**
     * The first layer on the seed jet: z_0 = x W (bias added by the caller), z_{1+i} = row i of W
     * for every point (∂x/∂x_i = e_i), the higher streams 0. x [p, d] row-major, W [d, m].
     */
    private void seedForward(double[] x, double[] w, double[][] z, int p, int d, int m) {
        double[] z0 = z[0];
        for (int r = 0; r < p; r++) {
            int o = r * m;
            for (int q = 0; q < m; q++) {
                double v = 0.0;
                for (int i = 0; i < d; i++) {
                    v += x[r * d + i] * w[i * m + q];
                }
                z0[o + q] = v;
            }
        }
        for (int i = 0; i < d; i++) {
            double[] zi = z[1 + i];
            for (int r = 0; r < p; r++) {
                System.arraycopy(w, i * m, zi, r * m, m);
            }
        }
        for (int st = 1 + d; st < z.length; st++) {
            Arrays.fill(z[st], 0, p * m, 0.0);
        }
    }

    /** ∂/∂W of the first layer on the seed jet: gW[i, :] += Σ_r x[r, i] g_0[r, :] + Σ_r g_{1+i}[r, :]. */
    private static void seedBackward(double[] x, double[][] g, double[] grad, int wOff, int p, int d, int m) {
        double[] g0 = g[0];
        for (int i = 0; i < d; i++) {
            double[] gi = g[1 + i];
            int o = wOff + i * m;
            for (int r = 0; r < p; r++) {
                double xi = x[r * d + i];
                int go = r * m;
                for (int q = 0; q < m; q++) {
                    grad[o + q] += xi * g0[go + q] + gi[go + q];
                }
            }
        }
    }

    /** z[r] = Σ_q y[r, q] w[q] for r in [0, p): a layer with one output. */
    private static void dotRows(double[] y, double[] w, double[] z, int p, int k) {
        for (int r = 0; r < p; r++) {
            int o = r * k;
            double v = 0.0;
            for (int q = 0; q < k; q++) {
                v += y[o + q] * w[q];
            }
            z[r] = v;
        }
    }

    /** Reverse sweep of one chunk from ∂ℓ/∂u in wk.ga; adds into grad (weights on-heap, or off-heap in wk). */
    private void backward(Work wk, int p, double[][] wts, double[] grad) {
        int s = spec.streams();
        double[][] gz = wk.ga;
        int[] offsets = new int[layers];
        for (int l = 1; l < layers; l++) {
            offsets[l] = offsets[l - 1] + widths[l - 1] * widths[l] + widths[l];
        }
        for (int l = layers - 1; l >= 0; l--) {
            int k = widths[l];
            int m = widths[l + 1];
            int in = p * k;
            int out = p * m;
            int wOff = offsets[l];
            int bOff = wOff + k * m;
            double[] gz0 = gz[0];
            for (int r = 0; r < p; r++) {
                int o = r * m;
                for (int q = 0; q < m; q++) {
                    grad[bOff + q] += gz0[o + q];
                }
            }
            double[][] gy = gz == wk.ga ? wk.gb : wk.ga;
            if (l == 0) {
                seedBackward(wk.ys[0][0], gz, grad, wOff, p, k, m);
                break;
            }
            if (m == 1) {
                for (int st = 0; st < s; st++) {
                    double[] y = wk.ys[l][st];
                    double[] g = gz[st];
                    double[] gys = gy[st];
                    double[] w = wts[l];
                    for (int r = 0; r < p; r++) {
                        double gr = g[r];
                        int o = r * k;
                        for (int q = 0; q < k; q++) {
                            grad[wOff + q] += y[o + q] * gr;
                            gys[o + q] = gr * w[q];
                        }
                    }
                }
            } else if (nativeW[l] != null) {
                DoublePointer pg = wk.nativeG;
                for (int st = 0; st < s; st++) {
                    pg.position((long) st * out).put(gz[st], 0, out);
                }
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasTrans,
                        openblas_nolapack.CblasNoTrans, k, m, s * p, 1.0, wk.nativeY[l].position(0), k, pg.position(0), m,
                        wk.gwFresh[l] ? 0.0 : 1.0, wk.nativeGw[l].position(0), m);
                wk.gwFresh[l] = false;
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasNoTrans,
                        openblas_nolapack.CblasTrans, s * p, k, m, 1.0, pg.position(0), m, nativeW[l].position(0), m,
                        0.0, wk.nativeOut.position(0), k);
                for (int st = 0; st < s; st++) {
                    wk.nativeOut.position((long) st * in).get(gy[st], 0, in);
                }
            } else {
                for (int st = 0; st < s; st++) {
                    JAVA.gemm(true, false, k, m, p, 1.0, wk.ys[l][st], 0, k, gz[st], 0, m, 1.0, grad, wOff, m);
                    JAVA.gemm(false, true, p, k, m, 1.0, gz[st], 0, m, wts[l], 0, m, 0.0, gy[st], 0, k);
                }
            }
            // through the activation of layer l − 1: gy = ∂/∂y_l, into ∂/∂z_{l−1} (written into gz's buffers)
            StreamKernels.backward(act, terms, spec.order(), tanhJet, wk.zs[l - 1], wk.ys[l], gy, gz, in, wk.sig);
        }
    }

    /** Frees the off-heap buffers; the instance cannot be used afterwards. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Work w : work) {
            if (w != null) {
                w.close();
            }
        }
        for (DoublePointer p : nativeW) {
            if (p != null) {
                p.close();
            }
        }
    }
}
