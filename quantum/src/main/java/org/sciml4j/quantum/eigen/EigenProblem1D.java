package org.sciml4j.quantum.eigen;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bound-state problem −ψ″ + V(x) ψ = E ψ on a finite interval [a, b] with hard walls
 * ψ(a) = ψ(b) = 0 (units ħ²/2m = 1; x, E and V dimensionless). A problem on the whole line (finite
 * well, oscillator) is posed on a box large enough that the states asked for have decayed to
 * negligible size at the walls; the box then shifts the energies by about e^{−2κd} relative,
 * with κ = √(V − E) and d the distance from the classically allowed region to the wall.
 *
 * <p>Validation: a and b finite with a &lt; b; V finite at 4001 sample points of [a, b] and at both
 * sides of every jump (NaN or infinity is rejected with the abscissa named); the jumps must lie
 * strictly inside (a, b) (jumps outside are dropped). {@link #pieces()} gives the break points
 * a = p₀ &lt; p₁ &lt; … &lt; p_m = b at which the domain is split. Immutable, thread-safe.
 *
 * @param a         left wall
 * @param b         right wall
 * @param potential V
 */
public record EigenProblem1D(double a, double b, Potential potential) {

    private static final int SAMPLES = 4001;

    public EigenProblem1D {
        Objects.requireNonNull(potential, "potential");
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new QuantumException("eigen problem: the domain [" + a + ", " + b + "] is unbounded; pose a "
                    + "whole-line problem on a finite box [-L, L] large enough for the states to decay");
        }
        if (!(b > a)) {
            throw new QuantumException("eigen problem: need a < b, got [" + a + ", " + b + "]");
        }
        for (int i = 0; i < SAMPLES; i++) {
            double x = a + (b - a) * i / (SAMPLES - 1);
            checkFinite(potential, x);
        }
        for (double j : potential.jumps()) {
            if (j > a && j < b) {
                checkFinite(potential, Math.nextDown(j));
                checkFinite(potential, Math.nextUp(j));
            }
        }
    }

    private static void checkFinite(Potential v, double x) {
        double value = v.value(x);
        if (!Double.isFinite(value)) {
            throw new QuantumException("eigen problem: V(" + x + ") = " + value + " is not finite; the potential "
                    + "must be finite on [a, b] (put infinite walls at a and b instead)");
        }
    }

    /** Break points a = p₀ &lt; … &lt; p_m = b: the walls and the jumps of V strictly inside (a, b). */
    public double[] pieces() {
        double[] j = potential.jumps();
        double[] out = new double[j.length + 2];
        int n = 0;
        out[n++] = a;
        for (double x : j) {
            if (x > a && x < b) {
                out[n++] = x;
            }
        }
        out[n++] = b;
        return Arrays.copyOf(out, n);
    }

    /** b − a. */
    public double length() {
        return b - a;
    }
}
