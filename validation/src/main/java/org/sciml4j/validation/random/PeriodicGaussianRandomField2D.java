package org.sciml4j.validation.random;

import java.util.SplittableRandom;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * Zero-mean Gaussian random field on the periodic unit torus [0,1)² with covariance operator
 * C = s² (−Δ + τ² I)^(−α), truncated to the n×n grid wavenumbers k = (k₁, k₂) ∈ {−n/2, …, n/2−1}²
 * without the mean mode k = 0. With λ_k = (4π²|k|² + τ²)^(−α), a sample is
 *
 * <pre>  u(x) = Re Σ_{k≠0} s √λ_k (ξ_k + i η_k) e^{2πi k·x},   ξ_k, η_k ~ N(0, 1) independent,</pre>
 *
 * evaluated on the grid x = (i/n, j/n) by one inverse FFT; it has Cov(u(x), u(x + d)) = s² Σ_{k≠0}
 * λ_k cos(2π k·d) ({@link #covariance}). This is the construction of the FNO data generator
 * ({@code GaussianRF} of Li et al., {@code data_generation/navier_stokes/random_fields.py}); its
 * Navier–Stokes initial vorticity uses α = 2.5, τ = 7 and amplitude s = √2 · τ^{α−1} = √2 · 7^{3/2}
 * ({@link #fnoNavierStokes}), i.e. covariance 2·7³(−Δ + 49I)^{−2.5}: the version that generated
 * the published data drew real and imaginary parts as independent N(0, 1)
 * ({@code torch.randn(N, s, s, 2)}, {@code torch.ifft}). The current neuraloperator version draws
 * {@code torch.randn(..., dtype=torch.cfloat)}, whose parts have variance ½, which halves the
 * covariance to 7³(−Δ + 49I)^{−2.5} (amplitude 7^{3/2} here). The FNO paper writes the law as
 * N(0, 7^{3/2}(−Δ + 49I)^{−2.5}).
 *
 * <p>Layout: row-major, {@code u[i*n + j] = u(x_i, y_j)}. Cost: one n×n complex FFT per sample,
 * O(n² log n). Not thread-safe (one FFT plan and buffer per instance): use one instance per thread.
 */
public final class PeriodicGaussianRandomField2D {

    private final int n;
    private final double alpha;
    private final double tau;
    private final double amplitude;
    private final double[] sqrtEig; // s √λ_k in grid order, 0 at k = 0
    private final DoubleFFT_2D fft;
    private final double[] buffer;

    private PeriodicGaussianRandomField2D(int n, double alpha, double tau, double amplitude) {
        this.n = n;
        this.alpha = alpha;
        this.tau = tau;
        this.amplitude = amplitude;
        sqrtEig = new double[n * n];
        for (int i = 0; i < n; i++) {
            int k1 = wavenumber(i, n);
            for (int j = 0; j < n; j++) {
                int k2 = wavenumber(j, n);
                if (k1 == 0 && k2 == 0) {
                    continue;
                }
                sqrtEig[i * n + j] = amplitude * Math.sqrt(eigenvalue(k1, k2));
            }
        }
        fft = new DoubleFFT_2D(n, n);
        buffer = new double[2 * n * n];
    }

    /**
     * A field with covariance s²(−Δ + τ²)^(−α) on an n×n grid.
     *
     * @param n         grid points per direction, even, ≥ 4
     * @param alpha     smoothness exponent α &gt; 0
     * @param tau       inverse length scale τ &gt; 0
     * @param amplitude s &gt; 0
     */
    public static PeriodicGaussianRandomField2D of(int n, double alpha, double tau, double amplitude) {
        if (n < 4 || n % 2 != 0) {
            throw new IllegalArgumentException("PeriodicGaussianRandomField2D: grid size must be even and >= 4, got " + n);
        }
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("PeriodicGaussianRandomField2D: alpha must be positive and finite, got " + alpha);
        }
        if (!(tau > 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("PeriodicGaussianRandomField2D: tau must be positive and finite, got " + tau);
        }
        if (!(amplitude > 0) || !Double.isFinite(amplitude)) {
            throw new IllegalArgumentException("PeriodicGaussianRandomField2D: amplitude must be positive and finite, got "
                    + amplitude);
        }
        return new PeriodicGaussianRandomField2D(n, alpha, tau, amplitude);
    }

    /** The FNO Navier–Stokes initial-vorticity law: α = 2.5, τ = 7, s = √2·7^{3/2}. */
    public static PeriodicGaussianRandomField2D fnoNavierStokes(int n) {
        return of(n, 2.5, 7, Math.sqrt(2) * Math.pow(7, 1.5));
    }

    /** λ_k = (4π²|k|² + τ²)^(−α) for integer wavenumbers. */
    public double eigenvalue(int k1, int k2) {
        return Math.pow(4 * Math.PI * Math.PI * (k1 * k1 + k2 * k2) + tau * tau, -alpha);
    }

    /** Draws one field on the grid, length n². */
    public double[] sample(SplittableRandom rng) {
        int nn = n * n;
        for (int p = 0; p < nn; p++) {
            double a = sqrtEig[p];
            double re = rng.nextGaussian();
            double im = rng.nextGaussian();
            buffer[2 * p] = a * re;
            buffer[2 * p + 1] = a * im;
        }
        fft.complexInverse(buffer, false);
        double[] u = new double[nn];
        for (int p = 0; p < nn; p++) {
            u[p] = buffer[2 * p];
        }
        return u;
    }

    /**
     * Theoretical covariance Cov(u(x), u(x + d)) at the grid lag d = (d₁/n, d₂/n):
     * s² Σ_{k≠0} λ_k cos(2π(k₁d₁ + k₂d₂)/n).
     */
    public double covariance(int d1, int d2) {
        double c = 0;
        for (int i = 0; i < n; i++) {
            int k1 = wavenumber(i, n);
            for (int j = 0; j < n; j++) {
                int k2 = wavenumber(j, n);
                if (k1 == 0 && k2 == 0) {
                    continue;
                }
                c += eigenvalue(k1, k2) * Math.cos(2 * Math.PI * ((double) k1 * d1 + (double) k2 * d2) / n);
            }
        }
        return amplitude * amplitude * c;
    }

    public int n() {
        return n;
    }

    public double alpha() {
        return alpha;
    }

    public double tau() {
        return tau;
    }

    public double amplitude() {
        return amplitude;
    }

    /** Signed wavenumber of FFT index i on an n-point grid: 0, 1, …, n/2−1, −n/2, …, −1. */
    static int wavenumber(int i, int n) {
        return i < n / 2 ? i : i - n;
    }
}
