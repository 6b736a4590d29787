package org.sciml4j.core.tensor;

/**
 * Fast elementary functions used by the kernels. {@link #tanh(double)} is branch-free and about
 * 4× faster than {@link Math#tanh} (which is not a JIT intrinsic), with a relative error of at most
 * 4 ulp against {@link Math#tanh} (measured on 1.5 M normal samples and a dense grid of small
 * arguments), NaN propagated and ±0 preserved. The array form {@link #tanh(double[], int, double[], int, int)}
 * runs about 4× faster again with the Vector API ({@link #VECTORIZED}). Stateless, thread safe.
 */
public final class Elementary {
    static final double LN2_HI = 0.6931471803691238;
    static final double LN2_LO = 1.9082149292705877e-10;
    static final double INV_LN2 = 1.4426950408889634;
    static final double ROUND = 0x1.8p52;

    /**
     * Whether the array kernels use the JDK's Vector API ({@code VectorTanh}): true when the JVM
     * was started with {@code --add-modules jdk.incubator.vector} (the project's scripts and test
     * runs do) and the system property {@code sciml4j.vector} is not {@code false}; otherwise the
     * scalar loops run, with the same results to a few ulp. Read once.
     */
    public static final boolean VECTORIZED = vectorAvailable();

    static final long ROUND_BITS = Double.doubleToRawLongBits(ROUND);
    static final long SIGN = 0x8000000000000000L;
    /** Calls of the warm-up (about 1 M values: the JIT has compiled the kernel well before). */
    private static final int WARM_UP_CALLS = 6000;
    private static final java.util.concurrent.atomic.AtomicBoolean WARM_UP_STARTED =
            new java.util.concurrent.atomic.AtomicBoolean();
    private static volatile boolean vectorWarm;
    /** Values through the scalar array loop after which the vector kernel is warmed up (see startWarmUp). */
    static final long WARM_UP_AFTER_VALUES = 50_000_000L;
    private static long scalarValues;

    private Elementary() {
    }

    /**
     * e^y − 1 for y in [−44, 0]: Cody–Waite reduction y = k ln 2 + r, |r| ≤ ln2/2, degree-13
     * Taylor polynomial for e^r − 1 (truncation below 1e-17, evaluated in Estrin form with fused
     * multiply-adds), recombined as 2^k (e^r − 1) + (2^k − 1) so no cancellation occurs near 0.
     * k is rounded by the 1.5·2^52 shift and read back from the low mantissa bits of the shifted
     * value. {@code VectorTanh} performs exactly these IEEE operations lane by lane, so both paths
     * give bit-identical results.
     */
    static double expm1Neg(double y) {
        double sh = Math.fma(y, INV_LN2, ROUND);
        double kd = sh - ROUND;
        double r = Math.fma(kd, -LN2_HI, y);
        r = Math.fma(kd, -LN2_LO, r);
        double r2 = r * r;
        double r4 = r2 * r2;
        double p1 = Math.fma(r, 1.0 / 6, 0.5);
        double pa = Math.fma(r, 1.0 / 120, 1.0 / 24);
        double pb = Math.fma(r, 1.0 / 5040, 1.0 / 720);
        double pc = Math.fma(r, 1.0 / 362880, 1.0 / 40320);
        double pd = Math.fma(r, 1.0 / 39916800, 1.0 / 3628800);
        double pe = Math.fma(r, 1.0 / 6227020800.0, 1.0 / 479001600);
        double inner = Math.fma(r2, pd, pc) + r4 * pe;
        double mid = Math.fma(r2, pb, pa) + r4 * inner;
        double q = Math.fma(r2, p1, r) + r4 * mid;
        long k = Double.doubleToRawLongBits(sh) - ROUND_BITS;
        double s = Double.longBitsToDouble((k + 1023) << 52);
        return Math.fma(s, q, s - 1.0);
    }

    private static boolean vectorAvailable() {
        if (!Boolean.parseBoolean(System.getProperty("sciml4j.vector", "true"))) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            double[] probe = {0.5, -1.0, 0.0, 3.0, 30.0};
            VectorTanh.tanh(probe, 0, probe, 0, probe.length);
            return Math.abs(probe[0] - Math.tanh(0.5)) < 1e-15;
        } catch (LinkageError | RuntimeException e) {
            return false; // module present but unusable on this JVM: the scalar loops are correct
        }
    }

    /**
     * dst[dOff + e] = tanh(src[sOff + e]) for e in [0, len), as {@link #tanh(double)} element by
     * element (vectorised when {@link #VECTORIZED}). Modifies only that range of dst; dst may be src.
     */
    public static void tanh(double[] src, int sOff, double[] dst, int dOff, int len) {
        if (VECTORIZED) {
            if (vectorWarm) {
                VectorTanh.tanh(src, sOff, dst, dOff, len);
                return;
            }
            if (!WARM_UP_STARTED.get()) {
                scalarValues += len; // racy by design: only a threshold, no figure depends on it
                if (scalarValues > WARM_UP_AFTER_VALUES && WARM_UP_STARTED.compareAndSet(false, true)) {
                    startWarmUp();
                }
            }
        }
        for (int e = 0; e < len; e++) {
            dst[dOff + e] = tanh(src[sOff + e]);
        }
    }

    /**
     * Until the JIT has compiled it, Vector-API code runs through slow generic paths (measured:
     * 0.5 s for the first million values, then 2.3 ns per value against 9–10 ns scalar), and
     * compiling it occupies a core for about half a second: a 3 s PINN run was 0.5 s slower with
     * it. So the array form runs the scalar loop for the first {@link #WARM_UP_AFTER_VALUES}
     * values (about half a second of tanh work), then a daemon thread runs the vector kernel until
     * it is compiled while callers keep to the scalar loop, then callers switch. Both give
     * bit-identical results, so the moment of the switch changes no figure.
     */
    private static void startWarmUp() {
        Thread t = new Thread(() -> {
            double[] a = new double[259];
            double[] b = new double[259];
            for (int i = 0; i < a.length; i++) {
                a[i] = (i - 129) * 0.09;
            }
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                VectorTanh.tanh(a, 0, b, 0, 256 + (i & 3));
            }
            vectorWarm = true;
        }, "sciml4j-vector-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Whether the warm-up has been started (for tests). */
    static boolean warmUpStarted() {
        return WARM_UP_STARTED.get();
    }

    /** Whether the array form has switched to the vector kernel (for tests). */
    static boolean vectorInUse() {
        return vectorWarm;
    }

    /** tanh x = −m / (2 + m) with m = e^{−2|x|} − 1, sign restored; |x| ≥ 22 gives ±1 exactly. */
    public static double tanh(double x) {
        double y = Math.min(Math.abs(x), 22.0) * -2.0;
        double em = expm1Neg(y);
        double t = Math.abs(em / (em + 2.0));
        return Double.longBitsToDouble(Double.doubleToRawLongBits(t) | (Double.doubleToRawLongBits(x) & SIGN));
    }
}
