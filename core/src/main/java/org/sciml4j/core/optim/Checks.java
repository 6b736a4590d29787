package org.sciml4j.core.optim;

/** Argument checks with messages that name the operation, the quantity and the fix. */
final class Checks {

    private Checks() {
    }

    static void length(String op, String what, double[] a, int expected) {
        if (a == null) {
            throw new IllegalArgumentException(op + ": " + what + " is null; pass an array of length " + expected);
        }
        if (a.length != expected) {
            throw new IllegalArgumentException(op + ": " + what + " has length " + a.length + " but the problem has dimension "
                    + expected + "; pass arrays of the problem's dimension");
        }
    }

    static double positive(String op, String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(op + ": " + what + " must be positive and finite, got " + v);
        }
        return v;
    }

    static double nonNegative(String op, String what, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(op + ": " + what + " must be >= 0 and finite, got " + v);
        }
        return v;
    }

    static int positive(String op, String what, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(op + ": " + what + " must be positive, got " + v);
        }
        return v;
    }

    static double norm2(double[] a) {
        double s = 0;
        double scale = 0;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        for (double v : a) {
            double t = v / scale;
            s += t * t;
        }
        return scale * Math.sqrt(s);
    }

    static double normInf(double[] a) {
        double m = 0;
        for (double v : a) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
