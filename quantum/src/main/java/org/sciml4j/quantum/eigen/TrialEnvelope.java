package org.sciml4j.quantum.eigen;

/**
 * The hard-constraint factor of the trial wavefunction ψ(x) = M(x) N(x):
 * M(x) = (x − a)(b − x)/h² · exp(−α (x − c)²/2), h = (b − a)/2. M vanishes exactly at the walls
 * a and b (so does ψ, whatever the network N), is of order one inside, and for α &gt; 0 adds a
 * Gaussian decay that helps whole-line problems posed on a large box (oscillator). With
 * q = (x − a)(b − x)/h², e = exp(−α(x − c)²/2):
 * M′ = q′e + qe′, M″ = q″e + 2q′e′ + qe″, q′ = (a + b − 2x)/h², q″ = −2/h², e′ = −α(x − c)e,
 * e″ = (α²(x − c)² − α)e.
 *
 * @param a      left wall
 * @param b      right wall
 * @param alpha  Gaussian decay rate α ≥ 0 (0: polynomial factor only)
 * @param centre c, centre of the Gaussian
 */
public record TrialEnvelope(double a, double b, double alpha, double centre) {

    public TrialEnvelope {
        if (!(b > a) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new QuantumException("trial envelope: need finite a < b, got [" + a + ", " + b + "]");
        }
        if (!(alpha >= 0) || Double.isInfinite(alpha) || !Double.isFinite(centre)) {
            throw new QuantumException("trial envelope: need finite alpha >= 0 and finite centre, got alpha=" + alpha
                    + ", centre=" + centre);
        }
    }

    /** Writes {M, M′, M″} at x into out (length ≥ 3). */
    public void evaluate(double x, double[] out) {
        double h = 0.5 * (b - a);
        double h2 = h * h;
        double q = (x - a) * (b - x) / h2;
        double q1 = (a + b - 2 * x) / h2;
        double q2 = -2 / h2;
        double y = x - centre;
        double e = alpha == 0 ? 1 : Math.exp(-0.5 * alpha * y * y);
        double e1 = -alpha * y * e;
        double e2 = (alpha * alpha * y * y - alpha) * e;
        out[0] = q * e;
        out[1] = q1 * e + q * e1;
        out[2] = q2 * e + 2 * q1 * e1 + q * e2;
    }
}
