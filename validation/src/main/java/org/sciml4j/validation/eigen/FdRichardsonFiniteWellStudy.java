package org.sciml4j.validation.eigen;

import org.sciml4j.validation.analytic.FiniteSquareWell;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/**
 * Richardson-extrapolated FD eigenvalues (h, h/2, h/4) of the finite square well (V0 = 20, width 2,
 * discontinuous V) in [−8, 8], jumps at x = ±1 on the nodes of all three grids, against the
 * transcendental-equation levels. With the mean of V at the jump nodes the error keeps its expansion
 * in even powers of h, so the design order is that of smooth V, 6; h is the coarsest grid.
 */
public final class FdRichardsonFiniteWellStudy implements ConvergenceStudy {

    private static final int LEVELS = 3;

    @Override
    public String name() {
        return "eigen-fd-richardson-finite-well";
    }

    @Override
    public String description() {
        return "FiniteDifferenceEigensolver.richardsonEnergies (h, h/2, h/4) for the finite square well V0=20, width 2 (jumps on grid nodes) in [-8, 8], "
                + "max |E_h - E| over its 3 bound states against FiniteSquareWell (Brent roots of the matching conditions)";
    }

    @Override
    public ConvergenceResult run() {
        FiniteSquareWell fw = new FiniteSquareWell(20.0, 2.0);
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(-8, 8, fw::potential);
        int[] ns = {79, 159, 319, 639};
        double[] h = new double[ns.length];
        double[] err = new double[ns.length];
        double[] sec = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            long t0 = System.nanoTime();
            double[] e = fd.richardsonEnergies(ns[i], LEVELS);
            sec[i] = (System.nanoTime() - t0) * 1e-9;
            h[i] = fd.meshSize(ns[i]);
            for (int n = 0; n < LEVELS; n++) {
                err[i] = Math.max(err[i], Math.abs(e[n] - fw.energy(n)));
            }
        }
        return new ConvergenceResult(name(), description(), "N (coarsest interior points)", ns, h, err, sec,
                "max_n |R_h - E_n|, n = 0..2", 6.0);
    }
}
