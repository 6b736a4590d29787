package org.sciml4j.validation.analytic;

import java.util.Arrays;

/**
 * Manufactured solution for Poisson and Helmholtz problems in d = 1, 2 or 3 dimensions:
 * <pre>
 *   u(x) = Π_i sin(ω_i x_i + φ_i),   ∇u_i = ω_i cos(ω_i x_i + φ_i) Π_{j≠i} sin(…),   Δu = −|ω|² u
 * </pre>
 * with the matching sources
 * <ul>
 *   <li>Poisson −Δu = f: f = |ω|² u,</li>
 *   <li>Helmholtz −Δu − k² u = f: f = (|ω|² − k²) u,</li>
 *   <li>screened Poisson −Δu + k² u = f: f = (|ω|² + k²) u.</li>
 * </ul>
 * With ω_i = m_i π and φ_i = 0 (see {@link #dirichletUnitCube}) u vanishes on the boundary of the
 * unit cube. Immutable, thread-safe; points are not modified.
 */
public final class ManufacturedSolution {

    private final double[] omega;
    private final double[] phase;

    /**
     * @param frequencies ω_i, one per dimension (d = 1, 2 or 3; copied)
     * @param phases      φ_i, same length (copied)
     */
    public ManufacturedSolution(double[] frequencies, double[] phases) {
        if (frequencies.length < 1 || frequencies.length > 3 || phases.length != frequencies.length) {
            throw new IllegalArgumentException("manufactured solution: need 1 to 3 frequencies and as many phases, got "
                    + frequencies.length + " and " + phases.length);
        }
        this.omega = frequencies.clone();
        this.phase = phases.clone();
    }

    /** u = Π sin(m_i π x_i), zero on the boundary of [0, 1]^d. */
    public static ManufacturedSolution dirichletUnitCube(int... modes) {
        double[] w = new double[modes.length];
        for (int i = 0; i < modes.length; i++) {
            if (modes[i] < 1) {
                throw new IllegalArgumentException("manufactured solution: modes must be >= 1, got " + Arrays.toString(modes));
            }
            w[i] = modes[i] * Math.PI;
        }
        return new ManufacturedSolution(w, new double[modes.length]);
    }

    public int dimension() {
        return omega.length;
    }

    public double value(double... x) {
        check(x);
        double p = 1;
        for (int i = 0; i < omega.length; i++) {
            p *= Math.sin(omega[i] * x[i] + phase[i]);
        }
        return p;
    }

    /** ∇u as a new array. */
    public double[] gradient(double... x) {
        check(x);
        double[] g = new double[omega.length];
        for (int i = 0; i < omega.length; i++) {
            double p = omega[i] * Math.cos(omega[i] * x[i] + phase[i]);
            for (int j = 0; j < omega.length; j++) {
                if (j != i) {
                    p *= Math.sin(omega[j] * x[j] + phase[j]);
                }
            }
            g[i] = p;
        }
        return g;
    }

    /** Δu = −|ω|² u. */
    public double laplacian(double... x) {
        return -omegaSquared() * value(x);
    }

    /** f = −Δu. */
    public double poissonSource(double... x) {
        return -laplacian(x);
    }

    /** f = −Δu − k² u. */
    public double helmholtzSource(double k, double... x) {
        return (omegaSquared() - k * k) * value(x);
    }

    /** f = −Δu + k² u. */
    public double screenedPoissonSource(double k, double... x) {
        return (omegaSquared() + k * k) * value(x);
    }

    private double omegaSquared() {
        double s = 0;
        for (double w : omega) {
            s += w * w;
        }
        return s;
    }

    private void check(double[] x) {
        if (x.length != omega.length) {
            throw new IllegalArgumentException("manufactured solution: point has " + x.length + " coordinates, the solution is "
                    + omega.length + "-D");
        }
    }
}
