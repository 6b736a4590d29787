package org.sciml4j.validation.analytic;

/**
 * Series solution of the heat equation u_t = α (u_xx + u_yy) on the unit square with u = 0 on the
 * boundary:
 * <pre>
 *   u(t, x, y) = Σ_{m,n ≥ 1} b_{mn} e^{−α π² (m² + n²) t} sin(mπx) sin(nπy)
 * </pre>
 * Coefficients b[m−1][n−1] are copied. Immutable, thread-safe; cost O(M N) per evaluation.
 */
public final class HeatSeries2D {

    private final double diffusivity;
    private final double[][] b;

    public HeatSeries2D(double diffusivity, double[][] coefficients) {
        if (!(diffusivity > 0) || Double.isInfinite(diffusivity)) {
            throw new IllegalArgumentException("heat series 2-D: diffusivity must be positive and finite, got " + diffusivity);
        }
        if (coefficients.length == 0 || coefficients[0].length == 0) {
            throw new IllegalArgumentException("heat series 2-D: need a non-empty M x N coefficient array");
        }
        this.diffusivity = diffusivity;
        this.b = new double[coefficients.length][];
        for (int m = 0; m < coefficients.length; m++) {
            if (coefficients[m].length != coefficients[0].length) {
                throw new IllegalArgumentException("heat series 2-D: coefficient rows must have equal length, row " + m
                        + " has " + coefficients[m].length + ", row 0 has " + coefficients[0].length);
            }
            b[m] = coefficients[m].clone();
        }
    }

    public double value(double t, double x, double y) {
        return sum(t, x, y, false);
    }

    /** Δu = u_xx + u_yy. */
    public double laplacian(double t, double x, double y) {
        return sum(t, x, y, true);
    }

    /** ∂u/∂t = α Δu. */
    public double dt(double t, double x, double y) {
        return diffusivity * laplacian(t, x, y);
    }

    private double sum(double t, double x, double y, boolean laplacian) {
        double s = 0;
        for (int m = 1; m <= b.length; m++) {
            double sx = Math.sin(m * Math.PI * x);
            for (int n = 1; n <= b[0].length; n++) {
                double k2 = Math.PI * Math.PI * (m * m + n * n);
                double term = b[m - 1][n - 1] * Math.exp(-diffusivity * k2 * t) * sx * Math.sin(n * Math.PI * y);
                s += laplacian ? -k2 * term : term;
            }
        }
        return s;
    }
}
