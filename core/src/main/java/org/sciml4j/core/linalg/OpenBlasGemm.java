package org.sciml4j.core.linalg;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.sciml4j.core.SciMLException;

/**
 * GEMM through OpenBLAS {@code cblas_dgemm} (bundled by JavaCPP). JavaCPP's {@code double[]}
 * overload copies every array through JNI on each call, which measured 3–9 GFLOP/s here;
 * this backend instead copies the operands into per-thread off-heap scratch buffers (one
 * {@code memcpy} each) and calls the pointer overload, which runs at OpenBLAS speed
 * (≈25–45 GFLOP/s at 30000×50×50 on 2 cores, copies included). Problems with fewer than
 * {@value #SMALL_FLOPS} multiply-adds or a dimension of at most {@value #THIN} go to
 * {@link JavaGemm}, where JNI and copy overhead would dominate.
 *
 * <p>Threads: with {@link #SPLIT} (default) a backend with {@link #threads()} &gt; 1 splits tall
 * products into row blocks (long inner products into k ranges) over the common ForkJoinPool and
 * runs OpenBLAS single-threaded in each worker; otherwise OpenBLAS runs {@link #threads()} native
 * threads. OpenBLAS's thread count is process-wide native state shared with other users of the
 * library (e.g. ND4J), so it is checked, and set if different, before every call. Thread safe;
 * the scratch buffers are thread-local and live as long as their thread.
 */
public final class OpenBlasGemm implements Gemm {
    /**
     * Default threads (split workers, or native OpenBLAS threads without {@link #SPLIT}): system property {@code sciml4j.openblas.threads} if set, else the
     * number of available processors capped at 2 (measured best on the 2-core reference machine).
     * Read once at class initialisation.
     */
    public static final int DEFAULT_THREADS = Integer.getInteger("sciml4j.openblas.threads",
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    /** Below this many multiply-adds the pure-Java kernel is used. */
    public static final long SMALL_FLOPS = 4096;

    /**
     * Products with a dimension this thin (outer products, matrix–vector products) are memory
     * bound; the pure-Java kernel does them without the off-heap copies.
     */
    public static final int THIN = 2;
    /**
     * Operand block size in doubles (1 MiB): tall products are done in row blocks (and long
     * inner products in k blocks) of about this size, so each block's off-heap copy, the GEMM
     * and the copy back run in cache instead of streaming three times through memory.
     */
    public static final int BLOCK_ELEMS = 1 << 17;

    /**
     * Whether a multi-threaded backend splits tall products into row blocks (and long inner
     * products into k ranges) over the common ForkJoinPool, each running single-threaded
     * OpenBLAS (system property {@code sciml4j.openblas.split}, default true). OpenBLAS's own
     * worker threads busy-wait after each call and then compete with the Java kernels for the
     * cores; measured 97 → 77 ms per PINN step at 10 000 points on 2 cores when they sleep.
     */
    public static final boolean SPLIT = Boolean.parseBoolean(System.getProperty("sciml4j.openblas.split", "true"));

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
    private static final JavaGemm SMALL = new JavaGemm();

    private final int threads;

    /** @param threads threads for calls through this backend (≥ 1; see the class doc) */
    public OpenBlasGemm(int threads) {
        if (threads < 1) {
            throw new SciMLException("OpenBlasGemm: threads = " + threads + ": must be at least 1");
        }
        this.threads = threads;
        openblas_nolapack.blas_get_num_threads(); // loads the native library now, fails early if absent
    }

    /** OpenBLAS backend with {@link #DEFAULT_THREADS} threads. */
    public OpenBlasGemm() {
        this(DEFAULT_THREADS);
    }

    /** Threads used by this backend (see the class doc). */
    public int threads() {
        return threads;
    }

    @Override
    public String name() {
        return "openblas(" + threads + " threads)";
    }

    /** Per-thread LRU of off-heap copies of arrays promised constant (see {@link Gemm#gemmConstInputs}). */
    private static final int CACHE = 6;

    private static final class Scratch {
        final double[][] keys = new double[CACHE][];
        final int[] keyOff = new int[CACHE];
        final long[] keyLen = new long[CACHE];
        final long[] used = new long[CACHE];
        final DoublePointer[] bufs = new DoublePointer[CACHE];
        final long[] caps = new long[CACHE];
        long clock;

        /** Off-heap copy of src[off, off+len), reused if this exact array range was copied before. */
        DoublePointer constant(double[] src, int off, long len) {
            clock++;
            int victim = 0;
            for (int i = 0; i < CACHE; i++) {
                if (keys[i] == src && keyOff[i] == off && keyLen[i] == len) {
                    used[i] = clock;
                    return bufs[i].position(0);
                }
                if (used[i] < used[victim]) {
                    victim = i;
                }
            }
            if (caps[victim] < len) {
                if (bufs[victim] != null) {
                    bufs[victim].close();
                }
                caps[victim] = Math.max(len, 1);
                bufs[victim] = new DoublePointer(caps[victim]);
            }
            bufs[victim].position(0).put(src, off, (int) len);
            keys[victim] = src;
            keyOff[victim] = off;
            keyLen[victim] = len;
            used[victim] = clock;
            return bufs[victim].position(0);
        }

        /** Growable off-heap scratch buffers, one per operand role. */
        private final DoublePointer[] scratch = {new DoublePointer(0L), new DoublePointer(0L), new DoublePointer(0L),
            new DoublePointer(0L)};
        private final long[] scratchCap = new long[scratch.length];

        /** Buffer {@code role} with room for at least n doubles (grown by half again when too small). */
        private DoublePointer ensure(int role, long n) {
            if (n > scratchCap[role]) {
                scratch[role].close();
                scratchCap[role] = Math.max(n, scratchCap[role] * 3 / 2);
                scratch[role] = new DoublePointer(scratchCap[role]);
            }
            return scratch[role];
        }

        DoublePointer ensureA(long n) {
            return ensure(0, n);
        }

        DoublePointer ensureB(long n) {
            return ensure(1, n);
        }

        DoublePointer ensureC(long n) {
            return ensure(2, n);
        }

        DoublePointer ensureD(long n) {
            return ensure(3, n);
        }
    }

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
                     double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                     double beta, double[] c, int cOff, int ldc) {
        run(false, transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    /**
     * As {@link #gemm}; copies of {@code a} and {@code b} are kept in a small per-thread cache
     * (6 entries, keyed by array identity and range; the cache holds strong references to those
     * arrays) so a tensor used in the forward and the backward product is copied off-heap once.
     */
    @Override
    public void gemmConstInputs(boolean transA, boolean transB, int m, int n, int k, double alpha,
                                double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                                double beta, double[] c, int cOff, int ldc) {
        run(true, transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    /**
     * Backward of a dense layer Z = X W over rows: {@code gx = G Wᵀ} (rows×k) and
     * {@code gw = Xᵀ G} (k×m), each written if its {@code fresh} flag is set, else added; either
     * output may be null (not wanted). Done in row blocks in cache with each block of G copied
     * off-heap once for both products (two separate {@link #gemm} calls copy G twice). X, G and
     * W must not be modified afterwards (W's copy is cached as in {@link #gemmConstInputs}).
     * Only gx and gw are modified. Small problems go through two {@link #gemm} calls.
     */
    public void linearBackward(int rows, int k, int m, double[] g, double[] x, double[] w,
                               double[] gx, boolean gxFresh, double[] gw, boolean gwFresh) {
        int wide = Math.max(k, m);
        if (gx == null || gw == null || (long) rows * wide <= 2L * BLOCK_ELEMS
                || Math.min(k, m) <= THIN) {
            if (gx != null) {
                gemmConstInputs(false, true, rows, k, m, 1.0, g, 0, m, w, 0, m, gxFresh ? 0.0 : 1.0, gx, 0, k);
            }
            if (gw != null) {
                gemmConstInputs(true, false, k, m, rows, 1.0, x, 0, k, g, 0, m, gwFresh ? 0.0 : 1.0, gw, 0, m);
            }
            return;
        }
        int rb = Math.max(64, BLOCK_ELEMS / wide);
        int blocks = (rows + rb - 1) / rb;
        int parts = SPLIT ? Math.max(1, Math.min(threads, blocks)) : 1;
        double[][] partial = new double[parts][];
        java.util.function.IntConsumer part = t -> {
            int nat = SPLIT ? 1 : threads;
            if (openblas_nolapack.blas_get_num_threads() != nat) {
                openblas_nolapack.blas_set_num_threads(nat);
            }
            Scratch sc = SCRATCH.get();
            int b0 = (int) ((long) blocks * t / parts);
            int b1 = (int) ((long) blocks * (t + 1) / parts);
            DoublePointer pw = sc.constant(w, 0, (long) k * m);
            DoublePointer pd = sc.ensureD((long) k * m);
            for (int bi = b0; bi < b1; bi++) {
                int i0 = bi * rb;
                int r = Math.min(rb, rows - i0);
                DoublePointer pg = sc.ensureA((long) r * m);
                pg.position(0).put(g, i0 * m, r * m);
                DoublePointer px = sc.ensureB((long) r * k);
                px.position(0).put(x, i0 * k, r * k);
                DoublePointer pc = sc.ensureC((long) r * k);
                if (!gxFresh) {
                    pc.position(0).put(gx, i0 * k, r * k);
                }
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasNoTrans,
                        openblas_nolapack.CblasTrans, r, k, m, 1.0, pg.position(0), m, pw.position(0), m,
                        gxFresh ? 0.0 : 1.0, pc.position(0), k);
                pc.position(0).get(gx, i0 * k, r * k);
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasTrans,
                        openblas_nolapack.CblasNoTrans, k, m, r, 1.0, px.position(0), k, pg.position(0), m,
                        bi == b0 ? 0.0 : 1.0, pd.position(0), m);
            }
            double[] out = new double[k * m];
            if (b1 > b0) {
                pd.position(0).get(out, 0, k * m);
            }
            partial[t] = out;
        };
        if (parts > 1) {
            java.util.stream.IntStream.range(0, parts).parallel().forEach(part);
        } else {
            part.accept(0);
        }
        for (int e = 0; e < k * m; e++) {
            double v = 0.0;
            for (int t = 0; t < parts; t++) {
                v += partial[t][e];
            }
            gw[e] = gwFresh ? v : gw[e] + v;
        }
    }

    private void run(boolean cached, boolean transA, boolean transB, int m, int n, int k, double alpha,
                     double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                     double beta, double[] c, int cOff, int ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        if ((long) m * n * k < SMALL_FLOPS || Math.min(m, Math.min(n, k)) <= THIN) {
            SMALL.gemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return;
        }
        int wide = Math.max(k, n);
        if (!transA && (long) m * wide > 2L * BLOCK_ELEMS) {
            // tall A and C: row blocks whose copies stay in cache (B is shared by all blocks)
            int rb = Math.max(64, BLOCK_ELEMS / wide);
            int blocks = (m + rb - 1) / rb;
            if (SPLIT && threads > 1 && blocks > 1) {
                // each Java worker runs single-threaded OpenBLAS on its own row blocks: no native
                // worker threads left spinning between calls and competing with the Java kernels
                java.util.stream.IntStream.range(0, blocks).parallel().forEach(bi -> {
                    int i0 = bi * rb;
                    int r = Math.min(rb, m - i0);
                    flat(false, cached, false, transB, r, n, k, alpha, a, aOff + i0 * lda, lda, b, bOff, ldb,
                            beta, c, cOff + i0 * ldc, ldc);
                });
                return;
            }
            for (int i0 = 0; i0 < m; i0 += rb) {
                int r = Math.min(rb, m - i0);
                flat(false, cached, false, transB, r, n, k, alpha, a, aOff + i0 * lda, lda, b, bOff, ldb,
                        beta, c, cOff + i0 * ldc, ldc);
            }
            return;
        }
        if (transA && !transB && (long) k * Math.max(m, n) > 2L * BLOCK_ELEMS && (long) m * n <= BLOCK_ELEMS) {
            // A^T B with a long inner dimension (a weight gradient): accumulate over blocks of k
            int kb = Math.max(64, BLOCK_ELEMS / Math.max(m, n));
            int blocks = (k + kb - 1) / kb;
            if (SPLIT && threads > 1 && blocks > 1) {
                // partial sums over disjoint k ranges per worker, added into C afterwards in a fixed
                // order (deterministic for a given thread count)
                int parts = Math.min(threads, blocks);
                double[][] partial = new double[parts][m * n];
                java.util.stream.IntStream.range(0, parts).parallel().forEach(t -> {
                    int b0 = (int) ((long) blocks * t / parts);
                    int b1 = (int) ((long) blocks * (t + 1) / parts);
                    for (int bi = b0; bi < b1; bi++) {
                        int p0 = bi * kb;
                        int kk = Math.min(kb, k - p0);
                        flat(false, false, true, false, m, n, kk, alpha, a, aOff + p0 * lda, lda, b, bOff + p0 * ldb,
                                ldb, bi == b0 ? 0.0 : 1.0, partial[t], 0, n);
                    }
                });
                for (int i = 0; i < m; i++) {
                    int co = cOff + i * ldc;
                    for (int j = 0; j < n; j++) {
                        double v = 0.0;
                        for (int t = 0; t < parts; t++) {
                            v += partial[t][i * n + j];
                        }
                        c[co + j] = beta == 0.0 ? v : beta * c[co + j] + v;
                    }
                }
                return;
            }
            for (int p0 = 0; p0 < k; p0 += kb) {
                int kk = Math.min(kb, k - p0);
                flat(false, false, true, false, m, n, kk, alpha, a, aOff + p0 * lda, lda, b, bOff + p0 * ldb, ldb,
                        p0 == 0 ? beta : 1.0, c, cOff, ldc);
            }
            return;
        }
        flat(cached, cached, transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    private void flat(boolean cacheA, boolean cacheB, boolean transA, boolean transB, int m, int n, int k,
                      double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                      double beta, double[] c, int cOff, int ldc) {
        int nat = SPLIT ? 1 : threads;
        // asked every call: other users of the same native library (e.g. ND4J) may have changed it
        if (openblas_nolapack.blas_get_num_threads() != nat) {
            openblas_nolapack.blas_set_num_threads(nat);
        }
        Scratch s = SCRATCH.get();
        int aRows = transA ? k : m;
        int aCols = transA ? m : k;
        int bRows = transB ? n : k;
        int bCols = transB ? k : n;
        long aLen = Math.max(0, (long) (aRows - 1) * lda + aCols);
        long bLen = Math.max(0, (long) (bRows - 1) * ldb + bCols);
        long cLen = (long) (m - 1) * ldc + n;
        DoublePointer pa;
        DoublePointer pb;
        if (cacheA && aLen > 0) {
            pa = s.constant(a, aOff, aLen);
        } else {
            pa = s.ensureA(Math.max(1, aLen));
            if (aLen > 0) {
                pa.position(0).put(a, aOff, (int) aLen);
            }
        }
        if (cacheB && bLen > 0) {
            pb = s.constant(b, bOff, bLen);
        } else {
            pb = s.ensureB(Math.max(1, bLen));
            if (bLen > 0) {
                pb.position(0).put(b, bOff, (int) bLen);
            }
        }
        DoublePointer pc = s.ensureC(cLen);
        if (beta != 0.0) {
            pc.position(0).put(c, cOff, (int) cLen);
        }
        openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor,
                transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                m, n, k, alpha, pa.position(0), Math.max(1, lda), pb.position(0), Math.max(1, ldb),
                beta, pc.position(0), Math.max(1, ldc));
        if (ldc == n || m == 1) {
            pc.position(0).get(c, cOff, (int) cLen);
        } else {
            for (int i = 0; i < m; i++) {
                pc.position((long) i * ldc).get(c, cOff + i * ldc, n);
            }
            pc.position(0);
        }
    }
}
