package org.sciml4j.validation.eigen;

/**
 * The lowest eigenpairs of a discretised 1-D Schrödinger operator −ψ″ + V ψ on [a, b] with
 * ψ(a) = ψ(b) = 0, sampled on a grid that includes both end points.
 *
 * @param energies eigenvalues E_0 &lt; E_1 &lt; … (copied)
 * @param x        grid points a = x_0 &lt; … &lt; x_{M−1} = b (copied)
 * @param psi      psi[n][i] = ψ_n(x_i), normalised by the trapezoidal rule ∫ψ² = 1, sign chosen so
 *                 that the first sample with |ψ| above 1e-8·max|ψ| is positive (copied)
 */
public record Eigenpairs(double[] energies, double[] x, double[][] psi) {

    public Eigenpairs {
        if (psi.length != energies.length) {
            throw new IllegalArgumentException("eigenpairs: " + energies.length + " energies but " + psi.length + " vectors");
        }
        energies = energies.clone();
        x = x.clone();
        double[][] p = new double[psi.length][];
        for (int n = 0; n < psi.length; n++) {
            if (psi[n].length != x.length) {
                throw new IllegalArgumentException("eigenpairs: vector " + n + " has " + psi[n].length
                        + " samples, the grid has " + x.length);
            }
            p[n] = psi[n].clone();
        }
        psi = p;
    }

    @Override
    public double[] energies() {
        return energies.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[][] psi() {
        double[][] p = new double[psi.length][];
        for (int n = 0; n < psi.length; n++) {
            p[n] = psi[n].clone();
        }
        return p;
    }

    /** Number of eigenpairs. */
    public int count() {
        return energies.length;
    }

    /** E_n. */
    public double energy(int n) {
        return energies[n];
    }

    /** ψ_n on the grid (copy). */
    public double[] psi(int n) {
        return psi[n].clone();
    }

    /** ψ_n at any x in [a, b] by linear interpolation between grid points (second-order accurate). */
    public double interpolate(int n, double xq) {
        if (xq < x[0] || xq > x[x.length - 1]) {
            throw new IllegalArgumentException("eigenpairs: x=" + xq + " outside [" + x[0] + ", " + x[x.length - 1] + "]");
        }
        int i = java.util.Arrays.binarySearch(x, xq);
        if (i >= 0) {
            return psi[n][i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double w = (xq - x[lo]) / (x[hi] - x[lo]);
        return (1 - w) * psi[n][lo] + w * psi[n][hi];
    }
}
