package org.sciml4j.validation.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciml4j.validation.analytic.Eigenstate1D;
import org.sciml4j.validation.analytic.FiniteSquareWell;
import org.sciml4j.validation.analytic.HarmonicOscillator;
import org.sciml4j.validation.analytic.InfiniteSquareWell;
import org.sciml4j.validation.analytic.PiecewiseConstantBox;
import org.sciml4j.validation.metrics.ConvergenceOrder;

class EigensolversTest {

    /** Allowed deviation of an observed convergence order from the design order. */
    private static final double ORDER_TOL = 0.1;
    /** Target accuracy of Richardson-extrapolated and shooting energies. */
    private static final double ENERGY_TOL = 1e-8;
    /** Rounding-level agreement with the closed-form discrete spectrum. */
    private static final double DISCRETE_TOL = 1e-9;

    private static final HarmonicOscillator HO = new HarmonicOscillator(1.0);

    @Test
    void fdInfiniteWellMatchesDiscreteSpectrumAndConvergesAtOrderTwo() {
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(0, 1, x -> 0.0);
        InfiniteSquareWell w = new InfiniteSquareWell(1);
        int[] ns = {49, 99, 199, 399};
        double[] h = new double[ns.length];
        double[] err = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            double[] e = fd.energies(ns[i], 3);
            h[i] = fd.meshSize(ns[i]);
            for (int n = 0; n < 3; n++) {
                // discrete eigenvalues of the FD Laplacian: (4/h²) sin²((n+1)πh/2)
                double s = Math.sin((n + 1) * Math.PI * h[i] / 2);
                assertEquals(4 / (h[i] * h[i]) * s * s, e[n], DISCRETE_TOL * e[n]);
            }
            err[i] = Math.abs(e[0] - w.energy(1));
        }
        assertEquals(2.0, ConvergenceOrder.fitted(h, err), ORDER_TOL);
    }

    @Test
    void fdRichardsonReachesTargetOnHarmonicOscillator() {
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(-10, 10, HO::potential);
        double[] r = fd.richardsonEnergies(399, 4);
        for (int n = 0; n < 4; n++) {
            assertEquals(HO.energy(n), r[n], ENERGY_TOL, "level " + n);
        }
        // plain FD energies converge at order 2
        double[] h = new double[3];
        double[] err = new double[3];
        int[] ns = {199, 399, 799};
        for (int i = 0; i < 3; i++) {
            h[i] = fd.meshSize(ns[i]);
            err[i] = Math.abs(fd.energies(ns[i], 1)[0] - HO.energy(0));
        }
        assertEquals(2.0, ConvergenceOrder.fitted(h, err), ORDER_TOL);
    }

    @Test
    void fdEigenvectorsAreNormalisedAndMatchHermiteFunctions() {
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(-10, 10, HO::potential);
        Eigenpairs ep = fd.solve(1999, 3);
        double[] x = ep.x();
        for (int n = 0; n < 3; n++) {
            Eigenstate1D exact = HO.state(n);
            double[] psi = ep.psi(n);
            double dot = 0;
            for (int i = 0; i < x.length; i++) {
                dot += psi[i] * exact.value(x[i]);
            }
            // the Hermite functions' sign convention differs from the solver's (first lobe positive)
            double sign = Math.signum(dot);
            double maxErr = 0;
            for (int i = 0; i < x.length; i++) {
                maxErr = Math.max(maxErr, Math.abs(sign * psi[i] - exact.value(x[i])));
            }
            assertTrue(maxErr < 1e-4, "level " + n + " max error " + maxErr);
        }
        assertEquals(HO.state(0).value(0.3), ep.interpolate(0, 0.3), 1e-4);
    }

    @Test
    void fdLargeGridIsCheap() {
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(-10, 10, HO::potential);
        long t0 = System.nanoTime();
        Eigenpairs ep = fd.solve(20_000, 5);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        assertEquals(5, ep.count());
        // h = 1e-3: O(h²) error about 1e-7, rounding floor about 1e-16 · 4/h² = 4e-10
        assertEquals(HO.energy(4), ep.energy(4), 1e-5);
        assertTrue(seconds < 5, "N = 20 000, k = 5 took " + seconds + " s");
    }

    @Test
    void fdFiniteWellWithJumpsOnNodesMatchesAnalyticLevels() {
        FiniteSquareWell fw = new FiniteSquareWell(20.0, 2.0);
        // box [-8, 8]; jumps at ±1 fall on nodes when (N + 1) is a multiple of 8
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(-8, 8, fw::potential);
        double[] e = fd.energies(1599, 3);
        for (int n = 0; n < 3; n++) {
            assertEquals(fw.energy(n), e[n], 1e-4 * fw.energy(n), "level " + n);
        }
    }

    @Test
    void shootingReachesTargetOnWellOscillatorAndFiniteWell() {
        ShootingEigensolver sw = ShootingEigensolver.builder(0, 1, x -> 0.0).build();
        InfiniteSquareWell w = new InfiniteSquareWell(1);
        for (int n = 0; n < 4; n++) {
            assertEquals(w.energy(n + 1), sw.energy(n), ENERGY_TOL * w.energy(n + 1), "well level " + n);
        }
        ShootingEigensolver sh = ShootingEigensolver.builder(-10, 10, HO::potential).build();
        for (int n = 0; n < 5; n++) {
            assertEquals(HO.energy(n), sh.energy(n), ENERGY_TOL, "oscillator level " + n);
        }
        Eigenstate1D s2 = sh.state(2);
        Eigenstate1D exact = HO.state(2);
        for (double x = -6; x <= 6; x += 0.37) {
            assertEquals(exact.value(x), s2.value(x), 1e-8, "psi_2 at " + x);
            assertEquals(exact.derivative(x), s2.derivative(x), 1e-8, "psi_2' at " + x);
        }
        FiniteSquareWell fw = new FiniteSquareWell(20.0, 2.0);
        ShootingEigensolver sf = ShootingEigensolver.builder(-12, 12, fw::potential).withMatchPoint(0.0).build();
        for (int n = 0; n < 3; n++) {
            assertEquals(fw.energy(n), sf.energy(n), ENERGY_TOL * fw.energy(n), "finite well level " + n);
        }
    }

    @Test
    void barrierInBoxLevelsAgreeWithFdAtOrderTwoAndWithShooting() {
        PiecewiseConstantBox box = PiecewiseConstantBox.barrierInBox(1.0, 0.4, 0.6, 100.0);
        // levels below (n = 0..3) and above (n = 4, 5) the barrier; jumps on nodes when N + 1 is a multiple of 5
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(0, 1, box::potential);
        int[] ns = {99, 199, 399};
        double[] h = new double[ns.length];
        double[] err = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            double[] e = fd.energies(ns[i], 6);
            h[i] = fd.meshSize(ns[i]);
            for (int n = 0; n < 6; n++) {
                err[i] = Math.max(err[i], Math.abs(e[n] - box.energy(n)));
            }
        }
        assertEquals(2.0, ConvergenceOrder.fitted(h, err), ORDER_TOL);
        double[] r = fd.richardsonEnergies(399, 6);
        ShootingEigensolver sh = ShootingEigensolver.builder(0, 1, box::potential).build();
        for (int n = 0; n < 6; n++) {
            assertEquals(box.energy(n), r[n], ENERGY_TOL * box.energy(n), "Richardson level " + n);
            assertEquals(box.energy(n), sh.energy(n), ENERGY_TOL * box.energy(n), "shooting level " + n);
        }
    }

    @Test
    void badParametersGiveClearErrors() {
        FiniteDifferenceEigensolver fd = new FiniteDifferenceEigensolver(0, 1, x -> 0.0);
        IllegalArgumentException e1 = assertThrows(IllegalArgumentException.class, () -> fd.energies(10, 11));
        assertTrue(e1.getMessage().contains("only 10"));
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> fd.energies(2, 1));
        assertTrue(e2.getMessage().contains("too coarse"));
        assertThrows(IllegalArgumentException.class, () -> new FiniteDifferenceEigensolver(1, 0, x -> 0.0));
        assertThrows(IllegalArgumentException.class, () -> ShootingEigensolver.builder(0, 1, x -> 0.0).withTolerance(0));
        assertThrows(IllegalArgumentException.class, () -> ShootingEigensolver.builder(0, -1, x -> 0.0));
        FiniteDifferenceEigensolver singular = new FiniteDifferenceEigensolver(0, 1, x -> x > 0.5 ? Double.POSITIVE_INFINITY : 0.0);
        assertThrows(IllegalArgumentException.class, () -> singular.energies(5, 1));
    }
}
