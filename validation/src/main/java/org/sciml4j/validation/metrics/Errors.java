package org.sciml4j.validation.metrics;

/**
 * Discrete error norms between an approximation {@code a} and a reference {@code r} sampled at the
 * same points. None of the arguments is modified.
 *
 * <ul>
 *   <li>relative L2: ‖a − r‖₂ / ‖r‖₂ (plain sums; on a uniform grid the quadrature weights cancel)</li>
 *   <li>relative L1: Σ|a − r| / Σ|r|</li>
 *   <li>relative L∞: max|a − r| / max|r|</li>
 * </ul>
 */
public final class Errors {

    private Errors() {
    }

    public static double relL2(double[] a, double[] r) {
        check("relL2", a, r);
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - r[i];
            num += d * d;
            den += r[i] * r[i];
        }
        return Math.sqrt(num / nonZero("relL2", den));
    }

    public static double relL1(double[] a, double[] r) {
        check("relL1", a, r);
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            num += Math.abs(a[i] - r[i]);
            den += Math.abs(r[i]);
        }
        return num / nonZero("relL1", den);
    }

    public static double relLinf(double[] a, double[] r) {
        return maxAbs(a, r) / nonZero("relLinf", maxAbs(r, new double[r.length]));
    }

    /** max_i |a_i − r_i|. */
    public static double maxAbs(double[] a, double[] r) {
        check("maxAbs", a, r);
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - r[i]));
        }
        return m;
    }

    private static void check(String op, double[] a, double[] r) {
        if (a.length != r.length) {
            throw new IllegalArgumentException(op + ": lengths " + a.length + " and " + r.length + " differ");
        }
        if (a.length == 0) {
            throw new IllegalArgumentException(op + ": empty arrays");
        }
    }

    private static double nonZero(String op, double den) {
        if (den == 0) {
            throw new IllegalArgumentException(op + ": reference is identically zero; use an absolute error instead");
        }
        return den;
    }
}
