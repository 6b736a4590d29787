package org.sciml4j.validation.schrodinger;

import org.sciml4j.validation.analytic.BrightSoliton;
import org.sciml4j.validation.metrics.Errors;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/**
 * Method of lines with central differences (2nd or 4th order) and DormandPrince853 (tolerance 1e-11)
 * on the NLS bright soliton (a = 1, c = 0.5) on [−20, 20), to t = 1: max |h − h_exact| against Δx.
 * Two registered variants: {@link Fd2} (design order 2) and {@link Fd4} (design order 4).
 */
public abstract sealed class MolSolitonStudy implements ConvergenceStudy permits MolSolitonStudy.Fd2, MolSolitonStudy.Fd4 {

    private final SpatialDiscretisation discretisation;
    private final double designOrder;
    private final int[] points;

    private MolSolitonStudy(SpatialDiscretisation discretisation, double designOrder, int[] points) {
        this.discretisation = discretisation;
        this.designOrder = designOrder;
        this.points = points;
    }

    /** Second-order central differences. */
    public static final class Fd2 extends MolSolitonStudy {
        public Fd2() {
            super(SpatialDiscretisation.CENTRAL_2, 2.0, new int[] {128, 256, 512, 1024});
        }

        @Override
        public String name() {
            return "nls-mol-fd2-soliton";
        }
    }

    /** Fourth-order central differences. */
    public static final class Fd4 extends MolSolitonStudy {
        public Fd4() {
            super(SpatialDiscretisation.CENTRAL_4, 4.0, new int[] {64, 128, 256, 512});
        }

        @Override
        public String name() {
            return "nls-mol-fd4-soliton";
        }
    }

    @Override
    public String description() {
        return "MethodOfLinesSchrodinger (" + discretisation + ", DormandPrince853 tol 1e-11) for i h_t + h_xx/2 + |h|^2 h = 0 "
                + "on [-20, 20), bright soliton a=1, c=0.5, max |h - h_exact| at t=1 vs dx";
    }

    @Override
    public ConvergenceResult run() {
        BrightSoliton soliton = new BrightSoliton(1.0, 0.5, -2.0);
        double tEnd = 1.0;
        double[] dx = new double[points.length];
        double[] err = new double[points.length];
        double[] sec = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            PeriodicGrid g = new PeriodicGrid(-20, 40, points[i]);
            MethodOfLinesSchrodinger mol = new MethodOfLinesSchrodinger(SchrodingerEquation.nls(), g, discretisation, 1e-11);
            long t0 = System.nanoTime();
            double[] h = mol.evolve(g.sample(x -> soliton.value(x, 0)), tEnd);
            sec[i] = (System.nanoTime() - t0) * 1e-9;
            dx[i] = g.dx();
            err[i] = Errors.maxAbs(h, g.sample(x -> soliton.value(x, tEnd)));
        }
        return new ConvergenceResult(name(), description(), "N (grid points)", points, dx, err, sec,
                "max |h - h_exact| at t=1", designOrder);
    }
}
