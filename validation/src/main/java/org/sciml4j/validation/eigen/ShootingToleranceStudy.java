package org.sciml4j.validation.eigen;

import org.sciml4j.validation.analytic.HarmonicOscillator;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/**
 * Shooting eigenvalues (Prüfer phase, DormandPrince853) of −ψ″ + x²ψ on [−10, 10] against
 * E_n = 2n + 1, n = 0..4, as the integrator tolerance tightens; "h" is the tolerance. An adaptive
 * integrator's global error is roughly proportional to its tolerance: design order 1.
 */
public final class ShootingToleranceStudy implements ConvergenceStudy {

    private static final int LEVELS = 5;

    @Override
    public String name() {
        return "eigen-shooting-tolerance";
    }

    @Override
    public String description() {
        return "ShootingEigensolver (two-sided Pruefer shooting, DormandPrince853, Brent) for -psi'' + x^2 psi = E psi on "
                + "[-10, 10], max |E - E_n| over 5 levels vs the integrator tolerance (h = tolerance)";
    }

    @Override
    public ConvergenceResult run() {
        HarmonicOscillator ho = new HarmonicOscillator(1.0);
        double[] tol = {1e-6, 1e-7, 1e-8, 1e-9, 1e-10};
        int[] res = new int[tol.length];
        double[] err = new double[tol.length];
        double[] sec = new double[tol.length];
        for (int i = 0; i < tol.length; i++) {
            res[i] = (int) Math.round(-Math.log10(tol[i]));
            ShootingEigensolver s = ShootingEigensolver.builder(-10, 10, ho::potential).withTolerance(tol[i]).build();
            long t0 = System.nanoTime();
            double[] e = s.energies(LEVELS);
            sec[i] = (System.nanoTime() - t0) * 1e-9;
            for (int n = 0; n < LEVELS; n++) {
                err[i] = Math.max(err[i], Math.abs(e[n] - ho.energy(n)));
            }
            err[i] = Math.max(err[i], Double.MIN_NORMAL);
        }
        return new ConvergenceResult(name(), description(), "-log10(tolerance)", res, tol, err, sec,
                "max_n |E - E_n|, n = 0..4", 1.0);
    }
}
