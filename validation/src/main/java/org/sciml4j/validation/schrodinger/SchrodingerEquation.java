package org.sciml4j.validation.schrodinger;

import java.util.function.DoubleUnaryOperator;

/**
 * The 1-D (nonlinear) Schrödinger equation on a periodic interval, written as
 * <pre>
 *   i h_t = −α h_xx + V(x) h − g |h|² h
 * </pre>
 * <ul>
 *   <li>focusing NLS i h_t + ½ h_xx + |h|² h = 0: {@link #nls()} (α = ½, V = 0, g = 1);</li>
 *   <li>linear time-dependent Schrödinger equation in the project's units ħ = 1, ħ²/2m = 1,
 *       i ψ_t = −ψ_xx + V ψ: {@link #linear(DoubleUnaryOperator)} (α = 1, g = 0).</li>
 * </ul>
 * Conserved: the mass ∫|h|² and the energy ∫(α|h_x|² + V|h|² − (g/2)|h|⁴).
 *
 * @param alpha      α &gt; 0, the dispersion coefficient
 * @param potential  V(x), real and finite
 * @param nonlinearity g (g &gt; 0 focusing, g &lt; 0 defocusing, 0 linear)
 */
public record SchrodingerEquation(double alpha, DoubleUnaryOperator potential, double nonlinearity) {

    public SchrodingerEquation {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("Schrodinger equation: alpha must be positive and finite, got " + alpha);
        }
        if (potential == null) {
            throw new IllegalArgumentException("Schrodinger equation: potential is null; use x -> 0.0 for none");
        }
        if (!Double.isFinite(nonlinearity)) {
            throw new IllegalArgumentException("Schrodinger equation: nonlinearity must be finite, got " + nonlinearity);
        }
    }

    /** Focusing NLS i h_t + ½ h_xx + |h|² h = 0. */
    public static SchrodingerEquation nls() {
        return new SchrodingerEquation(0.5, x -> 0.0, 1.0);
    }

    /** Linear i ψ_t = −ψ_xx + V ψ (ħ²/2m = 1). */
    public static SchrodingerEquation linear(DoubleUnaryOperator potential) {
        return new SchrodingerEquation(1.0, potential, 0.0);
    }
}
