package org.sciml4j.validation.random;

import java.util.SplittableRandom;

/**
 * Zero-mean Gaussian random field on the unit square with covariance s²(−Δ + τ²I)^(−α), where Δ
 * carries homogeneous Neumann conditions: the Karhunen–Loève expansion over the cosine
 * eigenfunctions φ_k(x, y) = c_{k₁}c_{k₂} cos(πk₁x) cos(πk₂y) (c₀ = 1, c_k = √2, orthonormal on
 * [0,1]²), eigenvalues λ_k = (π²|k|² + τ²)^(−α), truncated to 0 ≤ k₁, k₂ &lt; K, the mean mode
 * k = 0 removed:
 *
 * <pre>  u(x, y) = Σ_{k≠0} s √λ_k ξ_k φ_k(x, y),   ξ_k ~ N(0, 1).</pre>
 *
 * This is the FNO Darcy permeability law ({@code GRF.m} of Li et al.: α = 2, τ = 3, s = τ^{α−1},
 * K = s, before thresholding; {@link #fnoDarcy}). Difference from that code: the field is evaluated
 * at the s×s grid nodes x_i = i/(s−1) including the walls (where the Darcy solver needs it), not
 * at cell centres by an inverse DCT. Evaluation is the separable sum U = Φ Z Φᵀ, cost O(s²K + sK²)
 * per sample.
 *
 * <p>Layout row-major {@code u[i*s + j] = u(x_i, y_j)}. Immutable and thread-safe.
 */
public final class NeumannGaussianRandomField2D {

    private final int points;
    private final int modes;
    private final double alpha;
    private final double tau;
    private final double amplitude;
    private final double[] phi; // points × modes, phi[i*modes + k] = c_k cos(π k x_i)
    private final double[] coef; // modes × modes, s √λ_k

    private NeumannGaussianRandomField2D(int points, int modes, double alpha, double tau, double amplitude) {
        this.points = points;
        this.modes = modes;
        this.alpha = alpha;
        this.tau = tau;
        this.amplitude = amplitude;
        phi = new double[points * modes];
        for (int i = 0; i < points; i++) {
            double x = (double) i / (points - 1);
            for (int k = 0; k < modes; k++) {
                phi[i * modes + k] = (k == 0 ? 1 : Math.sqrt(2)) * Math.cos(Math.PI * k * x);
            }
        }
        coef = new double[modes * modes];
        for (int k1 = 0; k1 < modes; k1++) {
            for (int k2 = 0; k2 < modes; k2++) {
                coef[k1 * modes + k2] = (k1 == 0 && k2 == 0) ? 0 : amplitude * Math.sqrt(eigenvalue(k1, k2));
            }
        }
    }

    /**
     * A field on an s×s node grid with K modes per direction.
     *
     * @param points s ≥ 3 nodes per direction (spacing 1/(s−1))
     * @param modes  K ≥ 2 cosine modes per direction
     */
    public static NeumannGaussianRandomField2D of(int points, int modes, double alpha, double tau, double amplitude) {
        if (points < 3) {
            throw new IllegalArgumentException("NeumannGaussianRandomField2D: need at least 3 nodes per direction, got " + points);
        }
        if (modes < 2) {
            throw new IllegalArgumentException("NeumannGaussianRandomField2D: need at least 2 modes per direction, got " + modes);
        }
        if (!(alpha > 0) || !Double.isFinite(alpha) || !(tau > 0) || !Double.isFinite(tau)
                || !(amplitude > 0) || !Double.isFinite(amplitude)) {
            throw new IllegalArgumentException("NeumannGaussianRandomField2D: alpha, tau and amplitude must be positive and "
                    + "finite, got alpha=" + alpha + ", tau=" + tau + ", amplitude=" + amplitude);
        }
        return new NeumannGaussianRandomField2D(points, modes, alpha, tau, amplitude);
    }

    /** The FNO Darcy law on s×s nodes: α = 2, τ = 3, amplitude τ^{α−1} = 3, K = s modes. */
    public static NeumannGaussianRandomField2D fnoDarcy(int points) {
        return of(points, points, 2, 3, 3);
    }

    /** λ_k = (π²|k|² + τ²)^(−α). */
    public double eigenvalue(int k1, int k2) {
        return Math.pow(Math.PI * Math.PI * (k1 * k1 + k2 * k2) + tau * tau, -alpha);
    }

    /** Draws one field on the node grid, length s². */
    public double[] sample(SplittableRandom rng) {
        int m = modes;
        int s = points;
        double[] z = new double[m * m];
        for (int p = 0; p < m * m; p++) {
            z[p] = coef[p] * rng.nextGaussian();
        }
        // t = Z Φᵀ  (m × s), then u = Φ t (s × s)
        double[] t = new double[m * s];
        for (int k1 = 0; k1 < m; k1++) {
            for (int j = 0; j < s; j++) {
                double acc = 0;
                int pj = j * m;
                int zk = k1 * m;
                for (int k2 = 0; k2 < m; k2++) {
                    acc += z[zk + k2] * phi[pj + k2];
                }
                t[k1 * s + j] = acc;
            }
        }
        double[] u = new double[s * s];
        for (int i = 0; i < s; i++) {
            int pi = i * m;
            int ui = i * s;
            for (int k1 = 0; k1 < m; k1++) {
                double f = phi[pi + k1];
                if (f == 0) {
                    continue;
                }
                int tk = k1 * s;
                for (int j = 0; j < s; j++) {
                    u[ui + j] += f * t[tk + j];
                }
            }
        }
        return u;
    }

    /** Theoretical variance at node (i, j): s² Σ_{k≠0} λ_k φ_k(x_i, y_j)². */
    public double variance(int i, int j) {
        double v = 0;
        for (int k1 = 0; k1 < modes; k1++) {
            double a = phi[i * modes + k1];
            for (int k2 = 0; k2 < modes; k2++) {
                if (k1 == 0 && k2 == 0) {
                    continue;
                }
                double b = phi[j * modes + k2];
                v += eigenvalue(k1, k2) * a * a * b * b;
            }
        }
        return amplitude * amplitude * v;
    }

    /** Theoretical covariance between nodes (i, j) and (p, q). */
    public double covariance(int i, int j, int p, int q) {
        double v = 0;
        for (int k1 = 0; k1 < modes; k1++) {
            double a = phi[i * modes + k1] * phi[p * modes + k1];
            for (int k2 = 0; k2 < modes; k2++) {
                if (k1 == 0 && k2 == 0) {
                    continue;
                }
                v += eigenvalue(k1, k2) * a * phi[j * modes + k2] * phi[q * modes + k2];
            }
        }
        return amplitude * amplitude * v;
    }

    public int points() {
        return points;
    }

    public int modes() {
        return modes;
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
}
