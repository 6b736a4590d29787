package org.sciml4j.validation.schrodinger;

/**
 * Uniform periodic grid x_j = x0 + j L/n, j = 0 … n−1, on [x0, x0 + L). Complex fields on it are
 * stored interleaved: {re_0, im_0, re_1, im_1, …} (length 2n), the layout of JTransforms.
 *
 * @param x0     left end
 * @param length period L &gt; 0
 * @param points n ≥ 4, even (Fourier methods)
 */
public record PeriodicGrid(double x0, double length, int points) {

    public PeriodicGrid {
        if (!Double.isFinite(x0) || !(length > 0) || Double.isInfinite(length)) {
            throw new IllegalArgumentException("periodic grid: need finite x0 and positive finite length, got x0=" + x0
                    + ", L=" + length);
        }
        if (points < 4 || points % 2 != 0) {
            throw new IllegalArgumentException("periodic grid: need an even number of points >= 4, got " + points);
        }
    }

    /** Spacing L/n. */
    public double dx() {
        return length / points;
    }

    public double x(int j) {
        return x0 + j * dx();
    }

    /** Angular wavenumber of FFT bin j: 2π j/L for j &lt; n/2, 2π (j − n)/L otherwise. */
    public double wavenumber(int j) {
        int m = j < points / 2 ? j : j - points;
        return 2 * Math.PI * m / length;
    }

    /** Samples a complex function given as {re, im} into a new interleaved array. */
    public double[] sample(java.util.function.DoubleFunction<double[]> f) {
        double[] out = new double[2 * points];
        for (int j = 0; j < points; j++) {
            double[] v = f.apply(x(j));
            out[2 * j] = v[0];
            out[2 * j + 1] = v[1];
        }
        return out;
    }

    void checkField(String op, double[] field) {
        if (field.length != 2 * points) {
            throw new IllegalArgumentException(op + ": field has length " + field.length + ", the grid of " + points
                    + " points needs " + 2 * points + " (interleaved re, im)");
        }
    }
}
