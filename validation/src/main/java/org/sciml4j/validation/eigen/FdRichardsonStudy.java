package org.sciml4j.validation.eigen;

import org.sciml4j.validation.analytic.HarmonicOscillator;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/**
 * Richardson-extrapolated FD eigenvalues (h, h/2, h/4) of −ψ″ + x²ψ on [−10, 10] against
 * E_n = 2n + 1, n = 0, 1, 2; h is the coarsest of the three grids. Design order 6.
 */
public final class FdRichardsonStudy implements ConvergenceStudy {

    private static final int LEVELS = 3;

    @Override
    public String name() {
        return "eigen-fd-richardson-harmonic-oscillator";
    }

    @Override
    public String description() {
        return "FiniteDifferenceEigensolver.richardsonEnergies (h, h/2, h/4) for -psi'' + x^2 psi = E psi on [-10, 10], "
                + "max |R_h - E| over the 3 lowest levels; h = coarsest grid";
    }

    @Override
    public ConvergenceResult run() {
        HarmonicOscillator ho = new HarmonicOscillator(1.0);
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(-10, 10, ho::potential);
        int[] ns = {39, 79, 159, 319};
        double[] h = new double[ns.length];
        double[] err = new double[ns.length];
        double[] sec = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            long t0 = System.nanoTime();
            double[] e = fd.richardsonEnergies(ns[i], LEVELS);
            sec[i] = (System.nanoTime() - t0) * 1e-9;
            h[i] = fd.meshSize(ns[i]);
            for (int n = 0; n < LEVELS; n++) {
                err[i] = Math.max(err[i], Math.abs(e[n] - ho.energy(n)));
            }
        }
        return new ConvergenceResult(name(), description(), "N (coarsest interior points)", ns, h, err, sec,
                "max_n |R_h - E_n|, n = 0..2", 6.0);
    }
}
