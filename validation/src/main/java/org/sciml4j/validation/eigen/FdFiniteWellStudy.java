package org.sciml4j.validation.eigen;

import org.sciml4j.validation.analytic.FiniteSquareWell;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/**
 * FD eigenvalues of the finite square well (V0 = 20, width 2, discontinuous V) in the box
 * [−8, 8], jumps at x = ±1 on grid nodes (N + 1 a multiple of 8), against the transcendental-equation
 * levels. Design order 2 (mean value of V at the jump nodes).
 */
public final class FdFiniteWellStudy implements ConvergenceStudy {

    private static final int LEVELS = 3;

    @Override
    public String name() {
        return "eigen-fd-finite-well";
    }

    @Override
    public String description() {
        return "FiniteDifferenceEigensolver for the finite square well V0=20, width 2 (jumps on grid nodes) in [-8, 8], "
                + "max |E_h - E| over its 3 bound states against FiniteSquareWell (Brent roots of the matching conditions)";
    }

    @Override
    public ConvergenceResult run() {
        FiniteSquareWell fw = new FiniteSquareWell(20.0, 2.0);
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(-8, 8, fw::potential);
        int[] ns = {79, 159, 319, 639, 1279};
        double[] h = new double[ns.length];
        double[] err = new double[ns.length];
        double[] sec = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            long t0 = System.nanoTime();
            double[] e = fd.energies(ns[i], LEVELS);
            sec[i] = (System.nanoTime() - t0) * 1e-9;
            h[i] = fd.meshSize(ns[i]);
            for (int n = 0; n < LEVELS; n++) {
                err[i] = Math.max(err[i], Math.abs(e[n] - fw.energy(n)));
            }
        }
        return new ConvergenceResult(name(), description(), "N (interior points)", ns, h, err, sec,
                "max_n |E_h - E_n|, n = 0..2", 2.0);
    }
}
