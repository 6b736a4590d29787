package org.sciml4j.core.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.sciml4j.core.jet.FusedJetLoss;
import org.sciml4j.core.jet.Jet;
import org.sciml4j.core.jet.JetSpec;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.linalg.JavaGemm;
import org.sciml4j.core.linalg.OpenBlasGemm;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.nn.Init;
import org.sciml4j.core.nn.Mlp;
import org.sciml4j.core.nn.ParameterSet;
import org.sciml4j.core.tensor.Elementary;
import org.sciml4j.core.tensor.Tensor;

/**
 * Benchmark (not a test) of one PINN training step for −u″ = π² sin πx on (0, 1), u(0) = u(1) = 0:
 * MLP 1-50-50-50-1 tanh, float64; forward Taylor jets to u″ (3 stacked streams), loss
 * mean((−u″ − f)²) + u(0)² + u(1)², one reverse pass, Adam update on the flat parameter vector.
 * The step is timed twice: {@code ours_ms} with the interior loss through {@link FusedJetLoss}
 * (chunked in cache: how training runs it) and {@code ours_graph_ms} through the whole N-point
 * tensor graph; both give the same gradient to rounding.
 * Prints one figure per line as {@code key: value unit}. Arguments: point counts (default
 * 1000 10000); system properties {@code bench.warmupSeconds} (default 8, at least 3 steps: the JIT
 * compiles the kernels and switches to the vector tanh within it) and
 * {@code bench.steps} (default 20).
 */
public final class PinnStepBench {
    private static final int[] WIDTHS = {1, 50, 50, 50, 1};

    private PinnStepBench() {
    }

    private static void out(String key, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s: %.4g %s", key, value, unit));
    }

    /** Inline Adam (β1 0.9, β2 0.999, ε 1e-8) on flat vectors; modifies theta, m, v. */
    private static void adam(double[] theta, double[] g, double[] m, double[] v, int t, double lr) {
        double b1 = 0.9;
        double b2 = 0.999;
        double c1 = 1 - Math.pow(b1, t);
        double c2 = 1 - Math.pow(b2, t);
        for (int i = 0; i < theta.length; i++) {
            m[i] = b1 * m[i] + (1 - b1) * g[i];
            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
            theta[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
        }
    }

    static Tensor loss(Mlp mlp, Tensor x, Tensor f, Tensor xb) {
        Jet u = mlp.forward(Jet.seed(x, JetSpec.full(1, 2)));
        Tensor res = u.d2(0, 0).neg().sub(f);
        Tensor ub = mlp.forward(xb);
        return res.square().mean().add(ub.square().sum());
    }

    /** GEMM multiply-adds ×2 of one step at n points (jets: 3 streams). */
    static double stepFlops(int n) {
        double fl = 0;
        int rows = 3 * n;
        for (int l = 0; l + 1 < WIDTHS.length; l++) {
            double mnk = (double) rows * WIDTHS[l] * WIDTHS[l + 1];
            fl += 2 * mnk; // forward
            fl += 2 * mnk; // dW
            if (l > 0) {
                fl += 2 * mnk; // dX
            }
            fl += 3 * 2.0 * 2 * WIDTHS[l] * WIDTHS[l + 1]; // boundary forward+backward (2 points)
        }
        return fl;
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    /** How the interior loss and its gradient are computed in a step. */
    enum Path {
        /** {@link FusedJetLoss}: forward and reverse sweep chunk by chunk in cache (what training uses). */
        FUSED,
        /** The whole N-point graph: {@code Mlp.forward(Jet)} then {@code ParameterSet.gradient}. */
        GRAPH
    }

    /** One training step (loss, gradient, Adam update) of the benchmark problem; returns the loss. */
    private static final class Step implements AutoCloseable {
        private final Path path;
        private final int n;
        private final Mlp mlp = Mlp.init(WIDTHS, Activation.TANH, Init.GLOROT_NORMAL, new SplittableRandom(1234));
        private final ParameterSet ps = mlp.parameters();
        private final Tensor x;
        private final Tensor f;
        private final double[] fs;
        private final Tensor xb = Tensor.of(new double[] {0.0, 1.0}, 2, 1);
        private final double[] theta = ps.flatten();
        private final double[] m = new double[theta.length];
        private final double[] v = new double[theta.length];
        private final double[] g = new double[theta.length];
        private final FusedJetLoss fused = new FusedJetLoss(mlp, JetSpec.full(1, 2));
        private final FusedJetLoss.ChunkLoss interior;
        private int t;

        Step(int n, Path path) {
            this.n = n;
            this.path = path;
            x = midpoints(n);
            fs = new double[n];
            for (int i = 0; i < n; i++) {
                fs[i] = Math.PI * Math.PI * Math.sin(Math.PI * x.rawData()[i]);
            }
            f = Tensor.of(fs, n, 1);
            interior = (u, from, to) -> {
                Tensor fc = Tensor.of(Arrays.copyOfRange(fs, from, to), to - from, 1);
                return u.d2(0, 0).neg().sub(fc).square().sum().scale(1.0 / this.n);
            };
        }

        double run() {
            double loss;
            if (path == Path.FUSED) {
                double lossIn = fused.lossAndGradient(x, interior, g);
                Tensor lossB = mlp.forward(xb).square().sum();
                double[] gb = ps.gradient(lossB);
                for (int i = 0; i < g.length; i++) {
                    g[i] += gb[i];
                }
                loss = lossIn + lossB.item();
            } else {
                Tensor l = loss(mlp, x, f, xb);
                System.arraycopy(ps.gradient(l), 0, g, 0, g.length);
                loss = l.item();
            }
            adam(theta, g, m, v, ++t, 1e-3);
            ps.assign(theta);
            return loss;
        }

        @Override
        public void close() {
            fused.close();
        }
    }

    /**
     * Median ms per step after the warm-up. The warm-up and the timed steps are separate loops
     * whose bodies only call {@link Step#run} (compiled on its own), so starting the timing does
     * not send the JIT back to the interpreter mid-measurement.
     */
    private static double timeStep(int n, int warmupSeconds, int steps, Path path) {
        double[] times = new double[steps];
        double last;
        try (Step step = new Step(n, path)) {
            long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            for (int s = 0; s < 3 || System.nanoTime() < warmEnd; s++) {
                step.run();
            }
            last = Double.NaN;
            for (int s = 0; s < steps; s++) {
                long t0 = System.nanoTime();
                last = step.run();
                times[s] = (System.nanoTime() - t0) / 1e6;
            }
        }
        if (!Double.isFinite(last)) {
            throw new IllegalStateException("loss became " + last);
        }
        double min = Arrays.stream(times).min().orElse(Double.NaN);
        out((path == Path.FUSED ? "ours_min_ms_" : "ours_graph_min_ms_") + n, min, "ms");
        return median(times);
    }

    /** The midpoints (i + ½)/n of n equal cells of [0, 1], as [n, 1]. */
    private static Tensor midpoints(int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = (i + 0.5) / n;
        }
        return Tensor.of(xs, n, 1);
    }

    /** Median time of the full Jacobian (forward jets + one row-wise sweep) of M residuals −u″ − f. */
    static double jacobianMs(int m) {
        Mlp mlp = Mlp.init(WIDTHS, Activation.TANH, Init.GLOROT_NORMAL, new SplittableRandom(1234));
        ParameterSet ps = mlp.parameters();
        Tensor x = midpoints(m);
        Tensor f = x.mul(Math.PI).sin().mul(Math.PI * Math.PI);
        double[] t = new double[15];
        for (int rep = 0; rep < t.length + 10; rep++) {
            long t0 = System.nanoTime();
            Jet u = mlp.forward(Jet.seed(x, JetSpec.full(1, 2)));
            double[] jac = ps.jacobian(u.d2(0, 0).neg().sub(f).reshape(-1));
            long t1 = System.nanoTime();
            if (jac.length != m * ps.size()) {
                throw new IllegalStateException("jacobian size " + jac.length);
            }
            if (rep >= 10) {
                t[rep - 10] = (t1 - t0) / 1e6;
            }
        }
        return median(t);
    }

    /** Median GFLOP/s of C = op(A) op(B) with the given backend. */
    private static double gemmRate(Gemm g, int m, int n, int k, boolean ta, boolean tb, int reps) {
        SplittableRandom r = new SplittableRandom(5);
        double[] a = new double[m * k];
        double[] b = new double[k * n];
        double[] c = new double[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextDouble();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = r.nextDouble();
        }
        double[] t = new double[reps];
        for (int i = 0; i < reps + 3; i++) {
            long t0 = System.nanoTime();
            g.gemm(ta, tb, m, n, k, 1.0, a, 0, ta ? m : k, b, 0, tb ? k : n, 0.0, c, 0, n);
            long t1 = System.nanoTime();
            if (i >= 3) {
                t[i - 3] = (t1 - t0);
            }
        }
        return 2.0 * m * n * k / median(t);
    }

    private static double nd4jRate(int m, int n, int k, boolean ta, boolean tb, int reps) {
        INDArray a = Nd4j.rand(DataType.DOUBLE, ta ? k : m, ta ? m : k);
        INDArray b = Nd4j.rand(DataType.DOUBLE, tb ? n : k, tb ? k : n);
        INDArray c = Nd4j.create(DataType.DOUBLE, m, n);
        double[] t = new double[reps];
        for (int i = 0; i < reps + 3; i++) {
            long t0 = System.nanoTime();
            Nd4j.gemm(a, b, c, ta, tb, 1.0, 0.0);
            long t1 = System.nanoTime();
            if (i >= 3) {
                t[i - 3] = (t1 - t0);
            }
        }
        return 2.0 * m * n * k / median(t);
    }

    /**
     * Runs the benchmark.
     *
     * @param args point counts, default 1000 10000
     */
    public static void main(String[] args) {
        int[] ns = args.length == 0 ? new int[] {1000, 10000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        int warmupSeconds = Integer.getInteger("bench.warmupSeconds", 8);
        int steps = Integer.getInteger("bench.steps", 20);
        Gemm blas = Gemm.defaultGemm();
        System.out.println("# PINN step: MLP " + Arrays.toString(WIDTHS) + " tanh float64, jets to u'' (3 streams),"
                + " loss mean((-u''-f)^2)+u(0)^2+u(1)^2, Adam; gemm=" + blas.name() + ", tanh vectorised="
                + Elementary.VECTORIZED + ", warm-up " + warmupSeconds + " s, median of " + steps);
        out("cores", Runtime.getRuntime().availableProcessors(), "");
        int cores = Runtime.getRuntime().availableProcessors();
        // the steps first: OpenBLAS's own worker threads, started by the multi-threaded peak
        // measurement below, stay alive and were seen to slow the 1 000-point steps afterwards
        double[] fusedMs = new double[ns.length];
        double[] graphMsAll = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            fusedMs[i] = timeStep(ns[i], warmupSeconds, steps, Path.FUSED);
            graphMsAll[i] = timeStep(ns[i], warmupSeconds, steps, Path.GRAPH);
        }
        // the machine's peak: a large square DGEMM on native buffers, OpenBLAS on every core
        double peak = nativeRate(1536, 1536, 1536, false, false, cores, 4);
        out("openblas_peak_gflops_1536x1536x1536_" + cores + "_threads", peak, "GFLOP/s");
        for (int i = 0; i < ns.length; i++) {
            int n = ns[i];
            double ms = fusedMs[i];
            double graphMs = graphMsAll[i];
            double flops = stepFlops(n);
            int rows = 3 * n;
            int reps = Math.max(5, Math.min(50, 20_000_000 / (rows * 50)));
            // the step's GEMM shapes as FusedJetLoss issues them: one chunk per core, in cache
            int chunkRows = 3 * Math.max(16, FusedJetLoss.DEFAULT_CHUNK_ELEMENTS / (3 * 50));
            double cnn = cores * nativeRate(chunkRows, 50, 50, false, false, 1, 2000);
            double cnt = cores * nativeRate(chunkRows, 50, 50, false, true, 1, 2000);
            double ctn = cores * nativeRate(50, 50, chunkRows, true, false, 1, 2000);
            double fwd = 2.0 * rows * 50 * 50;
            double shapeFloorMs = 1e-6 * (2 * fwd / cnn + 2 * fwd / cnt + 2 * fwd / ctn);
            double peakFloorMs = flops / peak / 1e6;
            out("ours_ms_" + n, ms, "ms");
            out("ours_graph_ms_" + n, graphMs, "ms");
            out("gemm_gflop_per_step_" + n, flops / 1e9, "GFLOP");
            out("gemm_floor_at_peak_ms_" + n, peakFloorMs, "ms");
            out("ratio_to_gemm_floor_" + n, ms / peakFloorMs, "x");
            out("gemm_floor_at_step_shapes_ms_" + n, shapeFloorMs, "ms");
            out("ratio_to_step_shape_floor_" + n, ms / shapeFloorMs, "x");
            out("openblas_native_gflops_nn_" + chunkRows + "x50x50_x" + cores, cnn, "GFLOP/s");
            out("openblas_native_gflops_nt_" + chunkRows + "x50x50_x" + cores, cnt, "GFLOP/s");
            out("openblas_native_gflops_tn_50x50x" + chunkRows + "_x" + cores, ctn, "GFLOP/s");
            // whole-step shapes through the backends on heap arrays (copies included)
            out("openblas_gflops_nn_" + rows + "x50x50", gemmRate(blas, rows, 50, 50, false, false, reps), "GFLOP/s");
            out("openblas_gflops_nt_" + rows + "x50x50", gemmRate(blas, rows, 50, 50, false, true, reps), "GFLOP/s");
            out("openblas_gflops_tn_50x50x" + rows, gemmRate(blas, 50, 50, rows, true, false, reps), "GFLOP/s");
            Gemm java = new JavaGemm();
            out("java_gflops_nn_" + rows + "x50x50", gemmRate(java, rows, 50, 50, false, false, 5), "GFLOP/s");
            out("java_gflops_tn_50x50x" + rows, gemmRate(java, 50, 50, rows, true, false, 5), "GFLOP/s");
            try {
                out("nd4j_gflops_nn_" + rows + "x50x50", nd4jRate(rows, 50, 50, false, false, reps), "GFLOP/s");
                out("nd4j_gflops_tn_50x50x" + rows, nd4jRate(50, 50, rows, true, false, reps), "GFLOP/s");
            } catch (RuntimeException | LinkageError e) {
                System.out.println("# nd4j unavailable: " + e);
            }
        }
        out("fused_vs_graph_max_rel_grad_diff_10000", fusedAgreement(10000), "");
        out("jacobian_ms_500", jacobianMs(500), "ms");
    }

    /** max_i |g_fused − g_graph|_i / max_i |g_graph|_i of the interior loss at the initial parameters. */
    static double fusedAgreement(int n) {
        Mlp mlp = Mlp.init(WIDTHS, Activation.TANH, Init.GLOROT_NORMAL, new SplittableRandom(1234));
        ParameterSet ps = mlp.parameters();
        Tensor x = midpoints(n);
        Tensor f = x.mul(Math.PI).sin().mul(Math.PI * Math.PI);
        JetSpec spec = JetSpec.full(1, 2);
        double[] want = ps.gradient(mlp.forward(Jet.seed(x, spec)).d2(0, 0).neg().sub(f).square().mean());
        double[] got = new double[want.length];
        try (FusedJetLoss fused = new FusedJetLoss(mlp, spec)) {
            fused.lossAndGradient(x, (u, from, to) ->
                    u.d2(0, 0).neg().sub(f.slice(0, from, to)).square().sum().scale(1.0 / n), got);
        }
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < want.length; i++) {
            diff = Math.max(diff, Math.abs(got[i] - want[i]));
            scale = Math.max(scale, Math.abs(want[i]));
        }
        return diff / scale;
    }

    /** Best GFLOP/s of cblas_dgemm on off-heap operands with the given OpenBLAS thread count. */
    private static double nativeRate(int m, int n, int k, boolean ta, boolean tb, int threads, int reps) {
        openblas_nolapack.blas_set_num_threads(threads);
        SplittableRandom r = new SplittableRandom(7);
        try (DoublePointer a = new DoublePointer((long) m * k);
             DoublePointer b = new DoublePointer((long) k * n);
             DoublePointer c = new DoublePointer((long) m * n)) {
            for (long i = 0; i < (long) m * k; i++) {
                a.put(i, r.nextDouble());
            }
            for (long i = 0; i < (long) k * n; i++) {
                b.put(i, r.nextDouble());
            }
            long best = Long.MAX_VALUE;
            for (int i = 0; i < reps + 3; i++) {
                long t0 = System.nanoTime();
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor,
                        ta ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                        tb ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                        m, n, k, 1.0, a, ta ? m : k, b, tb ? k : n, 0.0, c, n);
                long t1 = System.nanoTime();
                if (i >= 3) {
                    best = Math.min(best, t1 - t0);
                }
            }
            return 2.0 * m * n * k / best;
        } finally {
            openblas_nolapack.blas_set_num_threads(1);
        }
    }
}
