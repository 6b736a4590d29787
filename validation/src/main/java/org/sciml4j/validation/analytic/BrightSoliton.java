package org.sciml4j.validation.analytic;

/**
 * Travelling bright soliton of the focusing nonlinear Schrödinger equation
 * i h_t + ½ h_xx + |h|² h = 0:
 * <pre>
 *   h(x, t) = a sech(a (x − x0 − c t)) exp(i (c x + (a² − c²) t / 2))
 * </pre>
 * with amplitude a &gt; 0 and velocity c. Invariants (whole line): mass ∫|h|² = 2a, momentum
 * Im∫ h̄ h_x = 2ac, energy ∫(½|h_x|² − ½|h|⁴) = a c² − a³/3.
 *
 * <p>Complex values are returned as {re, im} arrays (new arrays each call). Immutable, thread-safe.
 */
public final class BrightSoliton {

    private final double amplitude;
    private final double velocity;
    private final double x0;

    /**
     * @param amplitude a &gt; 0
     * @param velocity  c
     * @param x0        position at t = 0
     */
    public BrightSoliton(double amplitude, double velocity, double x0) {
        if (!(amplitude > 0) || Double.isInfinite(amplitude)) {
            throw new IllegalArgumentException("bright soliton: amplitude must be positive and finite, got " + amplitude);
        }
        if (!Double.isFinite(velocity) || !Double.isFinite(x0)) {
            throw new IllegalArgumentException("bright soliton: velocity and x0 must be finite, got " + velocity + ", " + x0);
        }
        this.amplitude = amplitude;
        this.velocity = velocity;
        this.x0 = x0;
    }

    public double amplitude() {
        return amplitude;
    }

    public double velocity() {
        return velocity;
    }

    /** h(x, t) as {re, im}. */
    public double[] value(double x, double t) {
        double a = amplitude;
        double env = a / Math.cosh(a * (x - x0 - velocity * t));
        double th = phase(x, t);
        return new double[] {env * Math.cos(th), env * Math.sin(th)};
    }

    /** h_x as {re, im}: (A′ + i c A) e^{iθ}. */
    public double[] dx(double x, double t) {
        double a = amplitude;
        double xi = a * (x - x0 - velocity * t);
        double env = a / Math.cosh(xi);
        double denv = -a * env * Math.tanh(xi);
        return rotate(denv, velocity * env, phase(x, t));
    }

    /** h_xx as {re, im}: (A″ − c² A + 2 i c A′) e^{iθ}, A″ = a² A (1 − 2 sech²). */
    public double[] dxx(double x, double t) {
        double a = amplitude;
        double xi = a * (x - x0 - velocity * t);
        double sech = 1 / Math.cosh(xi);
        double env = a * sech;
        double denv = -a * env * Math.tanh(xi);
        double d2env = a * a * env * (1 - 2 * sech * sech);
        return rotate(d2env - velocity * velocity * env, 2 * velocity * denv, phase(x, t));
    }

    /** h_t as {re, im}: (−c A′ + i ω A) e^{iθ} with ω = (a² − c²)/2. */
    public double[] dt(double x, double t) {
        double a = amplitude;
        double xi = a * (x - x0 - velocity * t);
        double env = a / Math.cosh(xi);
        double denv = -a * env * Math.tanh(xi);
        double omega = 0.5 * (a * a - velocity * velocity);
        return rotate(-velocity * denv, omega * env, phase(x, t));
    }

    /** Exact mass ∫|h|² dx = 2a. */
    public double mass() {
        return 2 * amplitude;
    }

    /** Exact energy ∫(½|h_x|² − ½|h|⁴) dx = a c² − a³/3. */
    public double energy() {
        return amplitude * velocity * velocity - amplitude * amplitude * amplitude / 3;
    }

    private double phase(double x, double t) {
        return velocity * x + 0.5 * (amplitude * amplitude - velocity * velocity) * t;
    }

    private static double[] rotate(double re, double im, double theta) {
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        return new double[] {re * c - im * s, re * s + im * c};
    }
}
