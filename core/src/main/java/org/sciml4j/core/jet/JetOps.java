package org.sciml4j.core.jet;

import java.util.Arrays;
import org.sciml4j.core.autodiff.GradFn;
import org.sciml4j.core.autodiff.GradSink;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.linalg.OpenBlasGemm;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.tensor.Elementary;
import org.sciml4j.core.tensor.Tensor;

/** Fused jet kernels on stacked streams [S·N, k], with hand-written backward rules. */
final class JetOps {
    private JetOps() {
    }

    private static boolean constOrLeaf(Tensor t) {
        return t == null || !t.requiresGrad() || t.isLeaf();
    }

    /** Z = X W (one GEMM over all streams); Z[0:N] += b. */
    static Tensor linear(Tensor x, Tensor w, Tensor b, int n, Gemm gemm) {
        int rows = x.dim(0);
        int k = x.dim(1);
        int m = w.dim(1);
        double[] xd = x.rawData();
        double[] wd = w.rawData();
        double[] z = new double[rows * m];
        gemm.gemmConstInputs(false, false, rows, m, k, 1.0, xd, 0, k, wd, 0, m, 0.0, z, 0, m);
        if (b != null) {
            double[] bd = b.rawData();
            for (int r = 0; r < n; r++) {
                int o = r * m;
                for (int q = 0; q < m; q++) {
                    z[o + q] += bd[q];
                }
            }
        }
        boolean grad = x.requiresGrad() || w.requiresGrad() || (b != null && b.requiresGrad());
        if (!grad) {
            return Tensor.wrap(z, new int[] {rows, m}, null);
        }
        Tensor[] ins = b == null ? new Tensor[] {x, w} : new Tensor[] {x, w, b};
        GradFn fn = new GradFn() {
            @Override
            public String name() {
                return "jet.linear";
            }

            @Override
            public Tensor[] inputs() {
                return ins;
            }

            @Override
            public void backward(double[] g, GradSink sink) {
                boolean fx = sink.fresh(0);
                double[] gx = sink.acc(0);
                if (gemm instanceof OpenBlasGemm && gx != null) {
                    boolean fw = sink.fresh(1);
                    double[] gw = sink.acc(1);
                    if (gw != null) { // both products from one off-heap copy of each block of G
                        ((OpenBlasGemm) gemm).linearBackward(rows, k, m, g, xd, wd, gx, fx, gw, fw);
                        addBias(g, sink);
                        return;
                    }
                    gemm.gemmConstInputs(false, true, rows, k, m, 1.0, g, 0, m, wd, 0, m, fx ? 0.0 : 1.0, gx, 0, k);
                    addBias(g, sink);
                    return;
                }
                if (gx != null) { // dX = G W^T
                    gemm.gemmConstInputs(false, true, rows, k, m, 1.0, g, 0, m, wd, 0, m, fx ? 0.0 : 1.0, gx, 0, k);
                }
                boolean fw = sink.fresh(1);
                double[] gw = sink.acc(1);
                if (gw != null) { // dW = X^T G
                    gemm.gemmConstInputs(true, false, k, m, rows, 1.0, xd, 0, k, g, 0, m, fw ? 0.0 : 1.0, gw, 0, m);
                }
                addBias(g, sink);
            }

            private void addBias(double[] g, GradSink sink) {
                if (ins.length == 3) {
                    double[] gb = sink.acc(2);
                    if (gb != null) {
                        for (int r = 0; r < n; r++) {
                            int o = r * m;
                            for (int q = 0; q < m; q++) {
                                gb[q] += g[o + q];
                            }
                        }
                    }
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return n % points == 0 && constOrLeaf(w) && constOrLeaf(b);
            }

            @Override
            public boolean rowwiseLeaf(double[] g, int input, double[] jac, int points, int cols, int colOffset) {
                if (input == 1) {
                    for (int r = 0; r < rows; r++) {
                        int jr = (r % points) * cols + colOffset;
                        int go = r * m;
                        for (int p = 0; p < k; p++) {
                            double av = xd[r * k + p];
                            if (av == 0.0) {
                                continue;
                            }
                            int jo = jr + p * m;
                            for (int q = 0; q < m; q++) {
                                jac[jo + q] += av * g[go + q];
                            }
                        }
                    }
                    return true;
                }
                if (input == 2) {
                    for (int r = 0; r < n; r++) {
                        int jr = (r % points) * cols + colOffset;
                        int go = r * m;
                        for (int q = 0; q < m; q++) {
                            jac[jr + q] += g[go + q];
                        }
                    }
                    return true;
                }
                return false;
            }
        };
        return Tensor.wrap(z, new int[] {rows, m}, fn);
    }

    /** Elements per chunk of the fused activation kernels (all streams of a chunk stay in cache). */
    static final int CHUNK = 256;
    /** Blocks of at least this many elements are split over the common ForkJoinPool. */
    static final int PARALLEL_MIN = 1 << 15;
    /** Kernel parallelism, read once: system property {@code sciml4j.kernels.parallel} (default true). */
    static final boolean PARALLEL = Boolean.parseBoolean(System.getProperty("sciml4j.kernels.parallel", "true"));

    /** Body over the element range [from, to) of every stream. */
    interface Range {
        void run(int from, int to);
    }

    /**
     * Runs {@code body} over [0, block) in chunk-aligned pieces: sequentially for small blocks,
     * otherwise split over the common ForkJoinPool (pieces write disjoint element ranges).
     */
    static void forChunks(int block, Range body) {
        int tasks = Math.min(4 * Runtime.getRuntime().availableProcessors(), block / PARALLEL_MIN * 2);
        if (!PARALLEL || tasks <= 1 || Runtime.getRuntime().availableProcessors() == 1) {
            body.run(0, block);
            return;
        }
        int chunks = (block + CHUNK - 1) / CHUNK;
        java.util.stream.IntStream.range(0, tasks).parallel().forEach(t -> {
            int from = (int) ((long) chunks * t / tasks) * CHUNK;
            int to = Math.min(block, (int) ((long) chunks * (t + 1) / tasks) * CHUNK);
            if (from < to) {
                body.run(from, to);
            }
        });
    }

    /**
     * Whether the streams are those of a jet in one variable to order 2 (value, u′, u″), whose
     * Faà di Bruno terms are y′ = σ′ z′ and y″ = σ′ z″ + σ″ z′ z′: the case of the fused kernels below.
     */
    static boolean isOneDimOrder2(int[][][] terms) {
        return terms.length == 3 && terms[1].length == 1 && Arrays.equals(terms[1][0], new int[] {1, 1})
                && terms[2].length == 2 && Arrays.equals(terms[2][0], new int[] {1, 2})
                && Arrays.equals(terms[2][1], new int[] {2, 1, 1});
    }

    /**
     * tanh jet, one variable, order 2, elements [from, to) of each stream in ONE pass:
     * t = tanh z, y = t, y′ = (1 − t²) z′, y″ = (1 − t²) z″ − 2t(1 − t²) z′². The same maths as
     * {@link #tanhOrder2NdForward} for d = 1, kept because its fixed stream count makes the whole
     * N-point graph step about 10% faster (45–48 against 50–53 ms at 10 000 points, measured).
     */
    static void tanhOrder2Forward(double[] z, double[] y, int block, int from, int to) {
        int o1 = block;
        int o2 = 2 * block;
        // t = tanh z straight into the value stream (vectorised), then the derivative streams
        Elementary.tanh(z, from, y, from, to - from);
        for (int e = from; e < to; e++) {
            double t = y[e];
            double s1 = 1.0 - t * t;
            double s2 = -2.0 * t * s1;
            double z1 = z[o1 + e];
            y[o1 + e] = s1 * z1;
            y[o2 + e] = s1 * z[o2 + e] + s2 * z1 * z1;
        }
    }

    /**
     * Backward of {@link #tanhOrder2Forward} from t = y (no tanh recomputed), in one pass:
     * ∂/∂z = g σ′ + g′ σ″ z′ + g″ (σ″ z″ + σ‴ z′²), ∂/∂z′ = g′ σ′ + 2 g″ σ″ z′, ∂/∂z″ = g″ σ′;
     * written into gz if {@code fresh}, else added.
     */
    static void tanhOrder2Backward(double[] z, double[] y, double[] g, double[] gz, boolean fresh,
                                   int block, int from, int to) {
        int o1 = block;
        int o2 = 2 * block;
        if (fresh) {
            for (int e = from; e < to; e++) {
                double t = y[e];
                double s1 = 1.0 - t * t;
                double s2 = -2.0 * t * s1;
                double s3 = (6.0 * t * t - 2.0) * s1;
                double z1 = z[o1 + e];
                double g0 = g[e];
                double g1 = g[o1 + e];
                double g2 = g[o2 + e];
                gz[e] = g0 * s1 + g1 * s2 * z1 + g2 * (s2 * z[o2 + e] + s3 * z1 * z1);
                gz[o1 + e] = g1 * s1 + 2.0 * g2 * s2 * z1;
                gz[o2 + e] = g2 * s1;
            }
        } else {
            for (int e = from; e < to; e++) {
                double t = y[e];
                double s1 = 1.0 - t * t;
                double s2 = -2.0 * t * s1;
                double s3 = (6.0 * t * t - 2.0) * s1;
                double z1 = z[o1 + e];
                double g0 = g[e];
                double g1 = g[o1 + e];
                double g2 = g[o2 + e];
                gz[e] += g0 * s1 + g1 * s2 * z1 + g2 * (s2 * z[o2 + e] + s3 * z1 * z1);
                gz[o1 + e] += g1 * s1 + 2.0 * g2 * s2 * z1;
                gz[o2 + e] += g2 * s1;
            }
        }
    }

    /**
     * Faà di Bruno forward, any activation and spec, over elements [from, to) of every stream
     * (stream s at offset s·block); the derivative streams of y must be zero there on entry.
     * Modifies y and the scratch sig (order + 1 rows of at least CHUNK).
     */
    static void activationForwardRange(Activation act, int[][][] terms, int order, double[] z, double[] y,
                                       int block, int from, int to, double[][] sig) {
        int s = terms.length;
        for (int c0 = from; c0 < to; c0 += CHUNK) {
            int len = Math.min(CHUNK, to - c0);
            act.derivatives(z, c0, len, order, sig);
            System.arraycopy(sig[0], 0, y, c0, len);
            for (int st = 1; st < s; st++) {
                int yo = st * block + c0;
                for (int[] term : terms[st]) {
                    double[] sm = sig[term[0]];
                    if (term[0] == 1) {
                        int b1 = term[1] * block + c0;
                        for (int e = 0; e < len; e++) {
                            y[yo + e] += sm[e] * z[b1 + e];
                        }
                    } else if (term[0] == 2) {
                        int b1 = term[1] * block + c0;
                        int b2 = term[2] * block + c0;
                        for (int e = 0; e < len; e++) {
                            y[yo + e] += sm[e] * z[b1 + e] * z[b2 + e];
                        }
                    } else {
                        int b1 = term[1] * block + c0;
                        int b2 = term[2] * block + c0;
                        int b3 = term[3] * block + c0;
                        for (int e = 0; e < len; e++) {
                            y[yo + e] += sm[e] * z[b1 + e] * z[b2 + e] * z[b3 + e];
                        }
                    }
                }
            }
        }
    }

    /**
     * Backward of {@link #activationForwardRange}: adds ∂/∂z of Σ g·y into gz over elements
     * [from, to) of every stream. Modifies gz and the scratch sg (order + 3 rows of at least CHUNK).
     */
    static void activationBackwardRange(Activation act, int[][][] terms, int order, double[] z, double[] y,
                                        double[] g, double[] gz, int block, int from, int to, double[][] sg) {
        int s = terms.length;
        int maxD = order + 1;
        for (int c0 = from; c0 < to; c0 += CHUNK) {
            int len = Math.min(CHUNK, to - c0);
            if (act.hasValueForm()) {
                act.derivativesFromValue(y, c0, len, maxD, sg);
            } else {
                act.derivatives(z, c0, len, maxD, sg);
            }
            double[] s1 = sg[1];
            for (int e = 0; e < len; e++) {
                gz[c0 + e] += g[c0 + e] * s1[e];
            }
            for (int st = 1; st < s; st++) {
                int go = st * block + c0;
                for (int[] term : terms[st]) {
                    int mdeg = term[0];
                    double[] sm = sg[mdeg];
                    double[] sn = sg[mdeg + 1];
                    if (mdeg == 1) {
                        int b1 = term[1] * block + c0;
                        for (int e = 0; e < len; e++) {
                            double ge = g[go + e];
                            gz[c0 + e] += ge * sn[e] * z[b1 + e];
                            gz[b1 + e] += ge * sm[e];
                        }
                    } else if (mdeg == 2) {
                        int b1 = term[1] * block + c0;
                        int b2 = term[2] * block + c0;
                        for (int e = 0; e < len; e++) {
                            double ge = g[go + e];
                            double z1 = z[b1 + e];
                            double z2 = z[b2 + e];
                            gz[c0 + e] += ge * sn[e] * z1 * z2;
                            double gs = ge * sm[e];
                            gz[b1 + e] += gs * z2;
                            gz[b2 + e] += gs * z1;
                        }
                    } else {
                        int b1 = term[1] * block + c0;
                        int b2 = term[2] * block + c0;
                        int b3 = term[3] * block + c0;
                        for (int e = 0; e < len; e++) {
                            double ge = g[go + e];
                            double z1 = z[b1 + e];
                            double z2 = z[b2 + e];
                            double z3 = z[b3 + e];
                            gz[c0 + e] += ge * sn[e] * z1 * z2 * z3;
                            double gs = ge * sm[e];
                            gz[b1 + e] += gs * z2 * z3;
                            gz[b2 + e] += gs * z1 * z3;
                            gz[b3 + e] += gs * z1 * z2;
                        }
                    }
                }
            }
        }
    }

    /**
     * The structure of a jet to order 2 in any dimension: the first-derivative streams, and per
     * second-derivative stream st = ∂²/∂x_i∂x_j the first-derivative streams a = ∂_i and b = ∂_j,
     * so y_a = σ′ z_a and y_st = σ′ z_st + σ″ z_a z_b.
     */
    record Order2(int[] first, int[] second, int[] pairA, int[] pairB) {
        /** The structure of these Faà di Bruno terms, or null if they are not of order ≤ 2. */
        static Order2 of(int[][][] terms) {
            int n = terms.length;
            int[] first = new int[n];
            int[] second = new int[n];
            int[] pa = new int[n];
            int[] pb = new int[n];
            int nf = 0;
            int ns = 0;
            boolean[] isFirst = new boolean[n];
            for (int st = 1; st < n; st++) {
                int[][] t = terms[st];
                if (t.length == 1 && t[0].length == 2 && t[0][0] == 1 && t[0][1] == st) {
                    first[nf++] = st;
                    isFirst[st] = true;
                } else if (t.length == 2 && t[0].length == 2 && t[0][0] == 1 && t[0][1] == st
                        && t[1].length == 3 && t[1][0] == 2 && isFirst[t[1][1]] && isFirst[t[1][2]]) {
                    second[ns] = st;
                    pa[ns] = t[1][1];
                    pb[ns++] = t[1][2];
                } else {
                    return null;
                }
            }
            return new Order2(Arrays.copyOf(first, nf), Arrays.copyOf(second, ns), Arrays.copyOf(pa, ns),
                    Arrays.copyOf(pb, ns));
        }
    }

    /**
     * tanh jet to order 2 in any dimension over elements [from, to) of every stream, one pass
     * per stream: t = tanh z_0 (vectorised), y_a = (1 − t²) z_a, y_st = (1 − t²) z_st − 2t(1 − t²) z_a z_b.
     * Writes every stream of y in the range.
     */
    static void tanhOrder2NdForward(Order2 o2, double[] z, double[] y, int block, int from, int to) {
        Elementary.tanh(z, from, y, from, to - from);
        for (int a : o2.first()) {
            int o = a * block;
            for (int e = from; e < to; e++) {
                double t = y[e];
                y[o + e] = (1.0 - t * t) * z[o + e];
            }
        }
        int[] second = o2.second();
        for (int q = 0; q < second.length; q++) {
            int o = second[q] * block;
            int oa = o2.pairA()[q] * block;
            int ob = o2.pairB()[q] * block;
            for (int e = from; e < to; e++) {
                double t = y[e];
                double s1 = 1.0 - t * t;
                y[o + e] = s1 * z[o + e] - 2.0 * t * s1 * z[oa + e] * z[ob + e];
            }
        }
    }

    /**
     * Backward of {@link #tanhOrder2NdForward} from t = y, one pass over the elements [from, to)
     * with all streams of an element together: ∂/∂z_0 = g_0 σ′ + Σ_a g_a σ″ z_a + Σ_st g_st (σ″ z_st
     * + σ‴ z_a z_b), ∂/∂z_a = g_a σ′ + Σ_{st ∋ a} g_st σ″ z_b, ∂/∂z_st = g_st σ′; written into gz if
     * {@code fresh}, else added.
     */
    static void tanhOrder2NdBackward(Order2 o2, double[] z, double[] y, double[] g, double[] gz, boolean fresh,
                                     int block, int from, int to) {
        int[] first = o2.first();
        int[] second = o2.second();
        int[] pa = o2.pairA();
        int[] pb = o2.pairB();
        int nf = first.length;
        int ns = second.length;
        for (int e = from; e < to; e++) {
            double t = y[e];
            double s1 = 1.0 - t * t;
            double s2 = -2.0 * t * s1;
            double s3 = (6.0 * t * t - 2.0) * s1;
            double acc = g[e] * s1;
            for (int k = 0; k < nf; k++) {
                int o = first[k] * block + e;
                double ga = g[o];
                acc += ga * s2 * z[o];
                gz[o] = fresh ? ga * s1 : gz[o] + ga * s1;
            }
            for (int k = 0; k < ns; k++) {
                int o = second[k] * block + e;
                int oa = pa[k] * block + e;
                int ob = pb[k] * block + e;
                double gq = g[o];
                double za = z[oa];
                double zb = z[ob];
                acc += gq * (s2 * z[o] + s3 * za * zb);
                gz[o] = fresh ? gq * s1 : gz[o] + gq * s1;
                double w = gq * s2;
                gz[oa] += w * zb;
                gz[ob] += w * za;
            }
            gz[e] = fresh ? acc : gz[e] + acc;
        }
    }

    /** Faà di Bruno: y_s = Σ_terms σ^(m)(z_0) Π_blocks z_block, in cache-sized chunks. */
    static Tensor activation(Tensor zt, JetSpec spec, int n, Activation act) {
        int k = zt.dim(1);
        int block = n * k;
        int s = spec.streams();
        int order = spec.order();
        double[] z = zt.rawData();
        boolean grad = zt.requiresGrad();
        double[] y = new double[s * block];
        int[][][] terms = new int[s][][];
        for (int st = 0; st < s; st++) {
            terms[st] = spec.terms(st);
        }
        boolean tanh1d = act == Activation.TANH && isOneDimOrder2(terms);
        Order2 tanhNd = act == Activation.TANH && !tanh1d ? Order2.of(terms) : null;
        if (tanh1d) {
            forChunks(block, (from, to) -> tanhOrder2Forward(z, y, block, from, to));
        } else if (tanhNd != null) {
            forChunks(block, (from, to) -> tanhOrder2NdForward(tanhNd, z, y, block, from, to));
        } else {
            forChunks(block, (from, to) -> activationForwardRange(act, terms, order, z, y, block, from, to,
                    new double[order + 1][CHUNK]));
        }
        if (!grad) {
            return Tensor.wrap(y, new int[] {s * n, k}, null);
        }
        Tensor[] ins = {zt};
        GradFn fn = new GradFn() {
            @Override
            public String name() {
                return "jet." + act.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public Tensor[] inputs() {
                return ins;
            }

            @Override
            public void backward(double[] g, GradSink sink) {
                if (tanh1d || tanhNd != null) {
                    boolean fresh = sink.fresh(0);
                    double[] gzf = sink.acc(0);
                    if (gzf == null) {
                        return;
                    }
                    forChunks(block, (from, to) -> {
                        if (tanh1d) {
                            tanhOrder2Backward(z, y, g, gzf, fresh, block, from, to);
                        } else {
                            tanhOrder2NdBackward(tanhNd, z, y, g, gzf, fresh, block, from, to);
                        }
                    });
                    return;
                }
                double[] gz = sink.acc(0);
                if (gz == null) {
                    return;
                }
                forChunks(block, (from, to) -> activationBackwardRange(act, terms, order, z, y, g, gz, block, from, to,
                        new double[order + 3][CHUNK]));
            }

            @Override
            public boolean rowLocal(int points) {
                return n % points == 0;
            }
        };
        return Tensor.wrap(y, new int[] {s * n, k}, fn);
    }
}
