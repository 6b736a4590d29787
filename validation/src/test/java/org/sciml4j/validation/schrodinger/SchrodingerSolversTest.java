package org.sciml4j.validation.schrodinger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciml4j.validation.analytic.BrightSoliton;
import org.sciml4j.validation.analytic.Eigenstate1D;
import org.sciml4j.validation.analytic.HarmonicOscillator;
import org.sciml4j.validation.metrics.ConvergenceOrder;
import org.sciml4j.validation.metrics.Errors;

class SchrodingerSolversTest {

    private static final double ORDER_TOL = 0.1;
    /** Apparent order that only a spectrally accurate method shows on these grids. */
    private static final double SPECTRAL_MIN_ORDER = 8;
    /** Relative mass drift allowed for the unitary split-step scheme. */
    private static final double MASS_TOL = 1e-10;
    /** Invariants of the soliton on a truncated periodic domain against the whole-line values. */
    private static final double INVARIANT_TOL = 1e-9;

    private static final BrightSoliton SOLITON = new BrightSoliton(1.0, 0.5, -2.0);
    private static final PeriodicGrid GRID = new PeriodicGrid(-25, 50, 512);
    private static final double T_END = 1.0;

    private static double[] exact(double t) {
        return GRID.sample(x -> SOLITON.value(x, t));
    }

    @Test
    void discreteInvariantsOfSolitonMatchClosedForm() {
        double[] h = exact(0);
        SchrodingerEquation nls = SchrodingerEquation.nls();
        assertEquals(SOLITON.mass(), SchrodingerInvariants.mass(GRID, h), INVARIANT_TOL);
        assertEquals(SOLITON.energy(), SchrodingerInvariants.energy(nls, GRID, h), INVARIANT_TOL);
    }

    @Test
    void splitStepIsSecondOrderInTimeAndKeepsMass() {
        SplitStepFourier ssf = new SplitStepFourier(SchrodingerEquation.nls(), GRID);
        double[] h0 = exact(0);
        double[] ref = exact(T_END);
        int[] steps = {20, 40, 80, 160};
        double[] dt = new double[steps.length];
        double[] err = new double[steps.length];
        double m0 = SchrodingerInvariants.mass(GRID, h0);
        for (int i = 0; i < steps.length; i++) {
            double[] h = ssf.evolve(h0, T_END, steps[i]);
            dt[i] = T_END / steps[i];
            err[i] = Errors.maxAbs(h, ref);
            assertEquals(m0, SchrodingerInvariants.mass(GRID, h), MASS_TOL * m0, "mass after " + steps[i] + " steps");
        }
        assertEquals(2.0, ConvergenceOrder.fitted(dt, err), ORDER_TOL);
        // long run: 2000 steps still keep the mass
        double[] longRun = ssf.evolve(h0, 10.0, 2000);
        assertEquals(m0, SchrodingerInvariants.mass(GRID, longRun), MASS_TOL * m0);
        assertEquals(SchrodingerInvariants.energy(SchrodingerEquation.nls(), GRID, h0),
                SchrodingerInvariants.energy(SchrodingerEquation.nls(), GRID, longRun), 1e-3);
    }

    @Test
    void splitStepIsSpectrallyAccurateInSpace() {
        // fixed small step: the time error (≈1.5e-8 at 3200 steps) is below the spatial errors compared
        int[] modes = {64, 96, 128};
        double[] dx = new double[modes.length];
        double[] err = new double[modes.length];
        for (int i = 0; i < modes.length; i++) {
            PeriodicGrid g = new PeriodicGrid(-25, 50, modes[i]);
            dx[i] = g.dx();
            SplitStepFourier ssf = new SplitStepFourier(SchrodingerEquation.nls(), g);
            err[i] = Errors.maxAbs(ssf.evolve(g.sample(x -> SOLITON.value(x, 0)), T_END, 3200),
                    g.sample(x -> SOLITON.value(x, T_END)));
        }
        // exponential convergence: the apparent algebraic order between refinements is far above any FD order
        double[] p = ConvergenceOrder.pairwise(dx, err);
        assertTrue(p[0] > SPECTRAL_MIN_ORDER && p[1] > SPECTRAL_MIN_ORDER,
                "errors " + java.util.Arrays.toString(err) + ", apparent orders " + java.util.Arrays.toString(p));
    }

    @Test
    void splitStepLinearOscillatorEigenstateRotatesPhase() {
        HarmonicOscillator ho = new HarmonicOscillator(1.0);
        Eigenstate1D s = ho.state(1);
        PeriodicGrid grid = new PeriodicGrid(-16, 32, 256);
        SplitStepFourier ssf = new SplitStepFourier(SchrodingerEquation.linear(ho::potential), grid);
        double[] h0 = grid.sample(x -> new double[] {s.value(x), 0});
        double t = 0.5;
        double[] ref = grid.sample(x -> new double[] {s.value(x) * Math.cos(-s.energy() * t), s.value(x) * Math.sin(-s.energy() * t)});
        double[] dt = {t / 100, t / 200, t / 400};
        double[] err = new double[3];
        for (int i = 0; i < 3; i++) {
            err[i] = Errors.maxAbs(ssf.evolve(h0, t, (int) Math.round(t / dt[i])), ref);
        }
        assertEquals(2.0, ConvergenceOrder.fitted(dt, err), ORDER_TOL);
    }

    @Test
    void methodOfLinesSpectralMatchesSolitonAndFourthOrderFdConverges() {
        MethodOfLinesSchrodinger spectral = new MethodOfLinesSchrodinger(SchrodingerEquation.nls(), GRID,
                SpatialDiscretisation.SPECTRAL, 1e-11);
        double errSpectral = Errors.maxAbs(spectral.evolve(exact(0), T_END), exact(T_END));
        assertTrue(errSpectral < 1e-8, "spectral MOL error " + errSpectral);
        int[] ns = {128, 256, 512};
        double[] dx = new double[ns.length];
        double[] err = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            PeriodicGrid g = new PeriodicGrid(-20, 40, ns[i]);
            MethodOfLinesSchrodinger fd4 = new MethodOfLinesSchrodinger(SchrodingerEquation.nls(), g,
                    SpatialDiscretisation.CENTRAL_4, 1e-11);
            dx[i] = g.dx();
            err[i] = Errors.maxAbs(fd4.evolve(g.sample(x -> SOLITON.value(x, 0)), T_END), g.sample(x -> SOLITON.value(x, T_END)));
        }
        assertEquals(4.0, ConvergenceOrder.fitted(dx, err), 0.2);
    }

    @Test
    void methodOfLinesLinearOscillatorEigenstateRotatesPhaseAndKeepsMassToTolerance() {
        HarmonicOscillator ho = new HarmonicOscillator(1.0);
        Eigenstate1D s = ho.state(2);
        PeriodicGrid grid = new PeriodicGrid(-16, 32, 128);
        MethodOfLinesSchrodinger mol = new MethodOfLinesSchrodinger(SchrodingerEquation.linear(ho::potential), grid,
                SpatialDiscretisation.SPECTRAL, 1e-12);
        double[] h0 = grid.sample(x -> new double[] {s.value(x), 0});
        double t = 0.5;
        double[] h = mol.evolve(h0, t);
        double[] ref = grid.sample(x -> new double[] {s.value(x) * Math.cos(-s.energy() * t), s.value(x) * Math.sin(-s.energy() * t)});
        assertTrue(Errors.maxAbs(h, ref) < 1e-9, "error " + Errors.maxAbs(h, ref));
        assertEquals(SchrodingerInvariants.mass(grid, h0), SchrodingerInvariants.mass(grid, h), 1e-9);
    }

    @Test
    void badParametersGiveClearErrors() {
        SplitStepFourier ssf = new SplitStepFourier(SchrodingerEquation.nls(), GRID);
        double[] h0 = exact(0);
        assertThrows(IllegalArgumentException.class, () -> ssf.evolve(h0, T_END, 0));
        assertThrows(IllegalArgumentException.class, () -> ssf.evolve(h0, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> ssf.evolve(new double[10], T_END, 10));
        assertThrows(IllegalArgumentException.class, () -> new PeriodicGrid(0, 1, 7));
        assertThrows(IllegalArgumentException.class, () -> new PeriodicGrid(0, -1, 8));
        assertThrows(IllegalArgumentException.class, () -> new SchrodingerEquation(0, x -> 0.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new MethodOfLinesSchrodinger(SchrodingerEquation.nls(), GRID,
                SpatialDiscretisation.SPECTRAL, 0));
    }
}
