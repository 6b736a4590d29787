package org.sciml4j.validation.eigen;

import org.sciml4j.validation.analytic.HarmonicOscillator;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/**
 * Second-order FD eigenvalues of −ψ″ + x²ψ on [−10, 10] against E_n = 2n + 1 (n = 0, 1, 2): the
 * maximum error over the three levels, N = 99 … 1599 interior points. Design order 2.
 */
public final class FdHarmonicOscillatorStudy implements ConvergenceStudy {

    private static final int LEVELS = 3;

    @Override
    public String name() {
        return "eigen-fd-harmonic-oscillator";
    }

    @Override
    public String description() {
        return "FiniteDifferenceEigensolver (3-point FD, Sturm bisection) for -psi'' + x^2 psi = E psi on [-10, 10], "
                + "max |E_h - E| over the 3 lowest levels against E_n = 2n+1";
    }

    @Override
    public ConvergenceResult run() {
        HarmonicOscillator ho = new HarmonicOscillator(1.0);
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(-10, 10, ho::potential);
        int[] ns = {99, 199, 399, 799, 1599};
        double[] h = new double[ns.length];
        double[] err = new double[ns.length];
        double[] sec = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            long t0 = System.nanoTime();
            double[] e = fd.energies(ns[i], LEVELS);
            sec[i] = (System.nanoTime() - t0) * 1e-9;
            h[i] = fd.meshSize(ns[i]);
            for (int n = 0; n < LEVELS; n++) {
                err[i] = Math.max(err[i], Math.abs(e[n] - ho.energy(n)));
            }
        }
        return new ConvergenceResult(name(), description(), "N (interior points)", ns, h, err, sec,
                "max_n |E_h - E_n|, n = 0..2", 2.0);
    }
}
