package org.sciml4j.validation.metrics;

/**
 * Observed order of convergence from a refinement sequence: errors e_k at mesh sizes h_k.
 * The pairwise order between k and k+1 is log(e_k/e_{k+1}) / log(h_k/h_{k+1}); the fitted order is
 * the least-squares slope of log e against log h.
 */
public final class ConvergenceOrder {

    private ConvergenceOrder() {
    }

    /** Pairwise observed orders, one fewer than the inputs. */
    public static double[] pairwise(double[] h, double[] e) {
        check(h, e);
        double[] p = new double[h.length - 1];
        for (int k = 0; k + 1 < h.length; k++) {
            p[k] = Math.log(e[k] / e[k + 1]) / Math.log(h[k] / h[k + 1]);
        }
        return p;
    }

    /** Least-squares slope of log e against log h. */
    public static double fitted(double[] h, double[] e) {
        check(h, e);
        int n = h.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int k = 0; k < n; k++) {
            double x = Math.log(h[k]);
            double y = Math.log(e[k]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static void check(double[] h, double[] e) {
        if (h.length != e.length || h.length < 2) {
            throw new IllegalArgumentException("convergence order: need at least two (h, error) pairs of equal count, got "
                    + h.length + " and " + e.length);
        }
        for (int k = 0; k < h.length; k++) {
            if (!(h[k] > 0) || !(e[k] > 0)) {
                throw new IllegalArgumentException("convergence order: h and error must be positive, got h=" + h[k]
                        + ", error=" + e[k] + " at index " + k);
            }
        }
    }
}
