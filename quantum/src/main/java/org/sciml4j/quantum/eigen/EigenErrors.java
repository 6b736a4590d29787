package org.sciml4j.quantum.eigen;

import org.sciml4j.validation.analytic.Eigenstate1D;

/**
 * Accuracy of a computed eigenstate against a reference, up to the arbitrary sign of ψ:
 * <pre>
 *   energy_rel_error = |E − E_ref| / |E_ref|
 *   psi_rel_l2       = min over s = ±1 of ‖sψ − ψ_ref‖₂ / ‖ψ_ref‖₂
 * </pre>
 * with the L2 norms over [a, b] by Gauss–Legendre quadrature on every piece of the problem
 * (split at the jumps of V so that the rule converges spectrally on each piece).
 *
 * @param energyRelError |E − E_ref| / |E_ref|
 * @param psiRelL2       relative L2 error of ψ, sign aligned
 */
public record EigenErrors(double energyRelError, double psiRelL2) {

    /** Nodes per piece used for the error norms. */
    public static final int NODES_PER_PIECE = 200;

    /** Compares {@code state} with {@code reference} on the pieces of {@code problem}. */
    public static EigenErrors compare(Eigenstate1D state, Eigenstate1D reference, EigenProblem1D problem) {
        double[] br = problem.pieces();
        double dot = 0;
        double rr = 0;
        double ss = 0;
        for (int p = 0; p + 1 < br.length; p++) {
            GaussLegendre gl = GaussLegendre.rule(NODES_PER_PIECE, br[p], br[p + 1]);
            for (int i = 0; i < gl.size(); i++) {
                double x = gl.nodes()[i];
                double w = gl.weights()[i];
                double u = state.value(x);
                double v = reference.value(x);
                dot += w * u * v;
                rr += w * v * v;
                ss += w * u * u;
            }
        }
        if (!(rr > 0)) {
            throw new QuantumException("eigen errors: the reference state has zero norm on [" + problem.a() + ", "
                    + problem.b() + "]");
        }
        // ‖sψ − ψ_ref‖² = ‖ψ‖² − 2s⟨ψ, ψ_ref⟩ + ‖ψ_ref‖², smallest for s = sign⟨ψ, ψ_ref⟩;
        // evaluated directly to avoid cancellation
        double s = dot >= 0 ? 1 : -1;
        double err = 0;
        for (int p = 0; p + 1 < br.length; p++) {
            GaussLegendre gl = GaussLegendre.rule(NODES_PER_PIECE, br[p], br[p + 1]);
            for (int i = 0; i < gl.size(); i++) {
                double x = gl.nodes()[i];
                double d = s * state.value(x) - reference.value(x);
                err += gl.weights()[i] * d * d;
            }
        }
        double eRef = reference.energy();
        double eErr = Math.abs(state.energy() - eRef) / Math.abs(eRef);
        return new EigenErrors(eErr, Math.sqrt(err / rr));
    }
}
