package org.sciml4j.validation.darcy;

/**
 * Cholesky factorization A = LLᵀ of a symmetric positive definite band matrix with half-bandwidth
 * b, stored by rows: row i holds A(i, i−b … i) at {@code band[i*(b+1) + (p − i + b)]} (entries with
 * p &lt; 0 unused). Factorization in place O(N b²), solve O(N b). Not thread-safe.
 */
final class BandCholesky {

    private final int n;
    private final int b;
    private final double[] band;

    /** Takes ownership of {@code band} and factors it in place; false-free: throws if not SPD. */
    BandCholesky(int n, int b, double[] band) {
        this.n = n;
        this.b = b;
        this.band = band;
        int w = b + 1;
        for (int i = 0; i < n; i++) {
            int rowI = i * w - i + b; // index of (i, p) is rowI + p
            int p0 = Math.max(0, i - b);
            for (int j = p0; j <= i; j++) {
                int rowJ = j * w - j + b;
                int q0 = Math.max(p0, j - b);
                double s = band[rowI + j];
                for (int p = q0; p < j; p++) {
                    s -= band[rowI + p] * band[rowJ + p];
                }
                if (j == i) {
                    if (!(s > 0)) {
                        throw new IllegalStateException("BandCholesky: matrix is not positive definite at row " + i
                                + " (pivot " + s + ")");
                    }
                    band[rowI + i] = Math.sqrt(s);
                } else {
                    band[rowI + j] = s / band[rowJ + j];
                }
            }
        }
    }

    /** Solves A x = rhs in place. */
    void solveInPlace(double[] x) {
        int w = b + 1;
        for (int i = 0; i < n; i++) {
            int rowI = i * w - i + b;
            double s = x[i];
            for (int p = Math.max(0, i - b); p < i; p++) {
                s -= band[rowI + p] * x[p];
            }
            x[i] = s / band[rowI + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            int rowI = i * w - i + b;
            x[i] /= band[rowI + i];
            double xi = x[i];
            for (int p = Math.max(0, i - b); p < i; p++) {
                x[p] -= band[rowI + p] * xi;
            }
        }
    }
}
