package org.sciml4j.validation.schrodinger;

/**
 * Conserved quantities of {@link SchrodingerEquation} for a periodic discrete field (interleaved
 * re, im on a {@link PeriodicGrid}), by the rectangle rule (spectrally accurate for periodic
 * fields) and a Fourier derivative:
 * <pre>
 *   mass   M = Σ |h_j|² Δx
 *   energy H = Σ (α |∂_x h|² + V |h|² − (g/2) |h|⁴)_j Δx
 * </pre>
 * For the NLS (α = ½, V = 0, g = 1) H = ∫(½|h_x|² − ½|h|⁴). Stateless, thread-safe; fields are
 * not modified.
 */
public final class SchrodingerInvariants {

    private SchrodingerInvariants() {
    }

    public static double mass(PeriodicGrid grid, double[] field) {
        grid.checkField("mass", field);
        double s = 0;
        for (int j = 0; j < grid.points(); j++) {
            s += field[2 * j] * field[2 * j] + field[2 * j + 1] * field[2 * j + 1];
        }
        return s * grid.dx();
    }

    public static double energy(SchrodingerEquation eq, PeriodicGrid grid, double[] field) {
        grid.checkField("energy", field);
        double[] hx = new SpectralDerivative(grid).derivative(field, 1);
        double s = 0;
        for (int j = 0; j < grid.points(); j++) {
            double m = field[2 * j] * field[2 * j] + field[2 * j + 1] * field[2 * j + 1];
            double d = hx[2 * j] * hx[2 * j] + hx[2 * j + 1] * hx[2 * j + 1];
            s += eq.alpha() * d + eq.potential().applyAsDouble(grid.x(j)) * m - 0.5 * eq.nonlinearity() * m * m;
        }
        return s * grid.dx();
    }
}
