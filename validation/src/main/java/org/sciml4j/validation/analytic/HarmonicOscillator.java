package org.sciml4j.validation.analytic;

/**
 * Harmonic oscillator −ψ″ + ω² x² ψ = E ψ on the whole line (units ħ²/2m = 1, so the usual
 * ½mω_c²x² becomes ω²x² with ω = ω_c/2 in these units). Level n ≥ 0 has E_n = ω(2n + 1) and
 * ψ_n(x) = ω^{1/4} φ_n(√ω x), where φ_n is the normalised Hermite function
 * φ_n(ξ) = (2ⁿ n! √π)^{−1/2} H_n(ξ) e^{−ξ²/2}.
 *
 * <p>φ_n is evaluated by the stable three-term recurrence
 * φ_{n+1} = √(2/(n+1)) ξ φ_n − √(n/(n+1)) φ_{n−1}, φ_0 = π^{−1/4} e^{−ξ²/2}, which never forms H_n
 * or n! and stays accurate for n in the thousands; φ_n′ = √(n/2) φ_{n−1} − √((n+1)/2) φ_{n+1}.
 * Cost O(n) per evaluation. Immutable, thread-safe.
 */
public final class HarmonicOscillator {

    private final double omega;

    /** @param omega ω &gt; 0 in V = ω² x² */
    public HarmonicOscillator(double omega) {
        if (!(omega > 0) || Double.isInfinite(omega)) {
            throw new IllegalArgumentException("harmonic oscillator: omega must be positive and finite, got " + omega);
        }
        this.omega = omega;
    }

    public double omega() {
        return omega;
    }

    /** V(x) = ω² x². */
    public double potential(double x) {
        return omega * omega * x * x;
    }

    /** E_n = ω(2n + 1), n ≥ 0. */
    public double energy(int n) {
        checkLevel(n);
        return omega * (2 * n + 1);
    }

    /**
     * Normalised Hermite functions φ_0 … φ_{nMax}(ξ) (physicists' convention), by the stable recurrence.
     *
     * @return a new array of length nMax + 1
     */
    public static double[] hermiteFunctions(int nMax, double xi) {
        if (nMax < 0) {
            throw new IllegalArgumentException("hermiteFunctions: nMax must be >= 0, got " + nMax);
        }
        double[] phi = new double[nMax + 1];
        phi[0] = Math.pow(Math.PI, -0.25) * Math.exp(-0.5 * xi * xi);
        if (nMax >= 1) {
            phi[1] = Math.sqrt(2.0) * xi * phi[0];
        }
        for (int m = 1; m < nMax; m++) {
            phi[m + 1] = Math.sqrt(2.0 / (m + 1)) * xi * phi[m] - Math.sqrt((double) m / (m + 1)) * phi[m - 1];
        }
        return phi;
    }

    /** The normalised state of level n ≥ 0 (n nodes). */
    public Eigenstate1D state(int n) {
        checkLevel(n);
        double e = energy(n);
        double sw = Math.sqrt(omega);
        double scale = Math.sqrt(sw);
        return new Eigenstate1D() {
            @Override
            public double energy() {
                return e;
            }

            @Override
            public double value(double x) {
                return scale * hermiteFunctions(n, sw * x)[n];
            }

            @Override
            public double derivative(double x) {
                double[] phi = hermiteFunctions(n + 1, sw * x);
                double dphi = -Math.sqrt((n + 1) / 2.0) * phi[n + 1] + (n > 0 ? Math.sqrt(n / 2.0) * phi[n - 1] : 0.0);
                return scale * sw * dphi;
            }

            @Override
            public double secondDerivative(double x) {
                return (potential(x) - e) * value(x);
            }
        };
    }

    private static void checkLevel(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("harmonic oscillator: levels are numbered from 0, got n=" + n);
        }
    }
}
