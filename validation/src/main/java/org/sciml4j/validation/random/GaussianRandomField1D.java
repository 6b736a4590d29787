package org.sciml4j.validation.random;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.hipparchus.analysis.interpolation.SplineInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * Zero-mean Gaussian random field on [0, 1] with the squared-exponential (RBF) covariance
 * k(x, x′) = σ² exp(−(x − x′)² / (2ℓ²)), sampled on a uniform grid of {@code gridPoints} points
 * x_j = j/(N−1) and interpolated to arbitrary points by a natural cubic spline (the setup of the
 * DeepONet paper: ℓ = 0.2, N = 1000, cubic interpolation).
 *
 * <p>Sampling: the grid covariance K + εσ²I is factored once by Cholesky, K = LLᵀ, and a sample is
 * Lξ with ξ ~ N(0, I). The relative jitter ε starts at {@link Builder#withJitter} (default 1e-12)
 * and is multiplied by 10 (at most 6 times) if the factorization fails for lack of positive
 * definiteness; {@link #jitter()} reports the value used. Cost: O(N³/3) once at build, O(N²) per
 * sample, O(N) to build the spline.
 *
 * <p>Immutable and thread-safe once built (sampling only reads the factor; each call uses the
 * caller's random generator).
 */
public final class GaussianRandomField1D {

    private final double lengthScale;
    private final double sigma;
    private final int gridPoints;
    private final double jitter;
    private final double[] grid;
    private final double[] lower; // row-major N×N lower-triangular factor

    private GaussianRandomField1D(Builder b) {
        this.lengthScale = b.lengthScale;
        this.sigma = b.sigma;
        this.gridPoints = b.gridPoints;
        int n = gridPoints;
        grid = new double[n];
        for (int j = 0; j < n; j++) {
            grid[j] = (double) j / (n - 1);
        }
        double eps = b.jitter;
        for (int attempt = 0; ; attempt++) {
            DMatrixRMaj k = new DMatrixRMaj(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    k.unsafe_set(i, j, kernel(grid[i], grid[j]));
                }
                k.unsafe_set(i, i, k.unsafe_get(i, i) + eps * sigma * sigma);
            }
            CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
            if (chol.decompose(k)) {
                DMatrixRMaj l = chol.getT(null);
                lower = l.data.clone();
                break;
            }
            if (attempt >= 6) {
                throw new IllegalArgumentException("GaussianRandomField1D: Cholesky of the " + n + "x" + n
                        + " RBF covariance (length scale " + lengthScale + ") failed even with relative jitter "
                        + eps + "; use fewer grid points or a larger jitter");
            }
            eps *= 10;
        }
        this.jitter = eps;
    }

    /**
     * Starts a builder for the RBF field with length scale ℓ (in units of the domain length 1).
     *
     * @param lengthScale ℓ &gt; 0
     */
    public static Builder rbf(double lengthScale) {
        return new Builder(lengthScale);
    }

    /** k(x, x′) = σ² exp(−(x − x′)²/(2ℓ²)). */
    public double kernel(double x, double y) {
        double d = (x - y) / lengthScale;
        return sigma * sigma * Math.exp(-0.5 * d * d);
    }

    /** Draws the field's values on the grid {@link #grid()} (length N). */
    public double[] sampleOnGrid(SplittableRandom rng) {
        int n = gridPoints;
        double[] xi = new double[n];
        for (int i = 0; i < n; i++) {
            xi[i] = rng.nextGaussian();
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            int row = i * n;
            for (int j = 0; j <= i; j++) {
                s += lower[row + j] * xi[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** Draws one field and returns it as a natural cubic spline through the grid values. */
    public PolynomialSplineFunction sample(SplittableRandom rng) {
        return new SplineInterpolator().interpolate(grid, sampleOnGrid(rng));
    }

    /** The grid x_j = j/(N−1), a copy. */
    public double[] grid() {
        return grid.clone();
    }

    public double lengthScale() {
        return lengthScale;
    }

    public double sigma() {
        return sigma;
    }

    public int gridPoints() {
        return gridPoints;
    }

    /** The relative jitter ε actually added to the diagonal (as a multiple of σ²). */
    public double jitter() {
        return jitter;
    }

    /** Builder; defaults: σ = 1, N = 1000 grid points, relative jitter 1e-12. */
    public static final class Builder {
        private final double lengthScale;
        private double sigma = 1;
        private int gridPoints = 1000;
        private double jitter = 1e-12;

        private Builder(double lengthScale) {
            this.lengthScale = lengthScale;
        }

        /** Standard deviation σ &gt; 0 of the field at every point. */
        public Builder withSigma(double sigma) {
            this.sigma = sigma;
            return this;
        }

        /** Number N ≥ 4 of grid points on [0, 1] (the spline knots). */
        public Builder withGridPoints(int gridPoints) {
            this.gridPoints = gridPoints;
            return this;
        }

        /** Initial relative diagonal jitter ε ≥ 0 (added as εσ²). */
        public Builder withJitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        public GaussianRandomField1D build() {
            if (!(lengthScale > 0) || !Double.isFinite(lengthScale)) {
                throw new IllegalArgumentException("GaussianRandomField1D: length scale must be positive and finite, got "
                        + lengthScale);
            }
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("GaussianRandomField1D: sigma must be positive and finite, got " + sigma);
            }
            if (gridPoints < 4 || gridPoints > 20000) {
                throw new IllegalArgumentException("GaussianRandomField1D: grid points must be in [4, 20000], got "
                        + gridPoints);
            }
            if (!(jitter >= 0) || !(jitter < 1)) {
                throw new IllegalArgumentException("GaussianRandomField1D: jitter must be in [0, 1), got " + jitter);
            }
            if (lengthScale * (gridPoints - 1) < 1) {
                throw new IllegalArgumentException("GaussianRandomField1D: grid too coarse: spacing 1/" + (gridPoints - 1)
                        + " exceeds the length scale " + lengthScale + "; use at least " + (int) Math.ceil(1 / lengthScale + 1)
                        + " grid points");
            }
            return new GaussianRandomField1D(this);
        }
    }
}
