package org.sciml4j.validation.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

class EigenstatesTest {

    /** Central-difference step and the tolerance its O(h²) error allows (relative to max|ψ″|). */
    private static final double FD_STEP = 1e-4;
    private static final double FD_TOL = 1e-5;
    private static final double NORM_TOL = 1e-10;
    private static final double ROOT_TOL = 1e-12;

    private static void checkState(Eigenstate1D s, DoubleUnaryOperator v, double a, double b, double scale) {
        int n = 19200; // places the jumps of V used below on even Simpson nodes
        double h = (b - a) / n;
        double norm = 0;
        for (int i = 0; i <= n; i++) {
            double x = a + i * h;
            double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
            norm += w * s.value(x) * s.value(x);
        }
        norm *= h / 3;
        assertEquals(1.0, norm, NORM_TOL, "normalisation");
        for (int i = 1; i < 50; i++) {
            double x = a + (b - a) * (i + 0.123) / 50.0;
            double dFd = (s.value(x + FD_STEP) - s.value(x - FD_STEP)) / (2 * FD_STEP);
            double d2Fd = (s.value(x + FD_STEP) - 2 * s.value(x) + s.value(x - FD_STEP)) / (FD_STEP * FD_STEP);
            assertEquals(dFd, s.derivative(x), FD_TOL * scale, "psi' at " + x);
            assertEquals(d2Fd, s.secondDerivative(x), 1e3 * FD_TOL * scale, "psi'' at " + x);
            double residual = -s.secondDerivative(x) + v.applyAsDouble(x) * s.value(x) - s.energy() * s.value(x);
            assertEquals(0.0, residual, 1e-10 * scale, "Schrodinger residual at " + x);
        }
    }

    @Test
    void infiniteWellLevels() {
        InfiniteSquareWell w = new InfiniteSquareWell(1.0);
        assertEquals(Math.PI * Math.PI, w.energy(1), 1e-14);
        for (int n = 1; n <= 4; n++) {
            checkState(w.state(n), x -> 0.0, 0, 1, Math.pow(n * Math.PI, 2));
        }
        assertThrows(IllegalArgumentException.class, () -> new InfiniteSquareWell(-1));
        assertThrows(IllegalArgumentException.class, () -> w.energy(0));
    }

    @Test
    void harmonicOscillatorLevels() {
        HarmonicOscillator ho = new HarmonicOscillator(2.0);
        for (int n = 0; n <= 6; n++) {
            assertEquals(2.0 * (2 * n + 1), ho.energy(n), 1e-14);
            checkState(ho.state(n), ho::potential, -8, 8, 60);
        }
        // stable recurrence for high levels: still normalised
        checkState(new HarmonicOscillator(1.0).state(60), new HarmonicOscillator(1.0)::potential, -16, 16, 1e3);
        assertThrows(IllegalArgumentException.class, () -> new HarmonicOscillator(0));
    }

    @Test
    void finiteWellRootsSatisfyTranscendentalEquation() {
        FiniteSquareWell fw = new FiniteSquareWell(20.0, 2.0);
        // z0 = √20 = 4.47 → ⌈2 z0/π⌉ = 3 bound states
        assertEquals(3, fw.boundStateCount());
        for (int n = 0; n < 3; n++) {
            double e = fw.energy(n);
            assertTrue(e > 0 && e < 20);
            assertEquals(0.0, fw.transcendentalResidual(n, e), ROOT_TOL);
            checkState(fw.state(n), fw::potential, -12, 12, 20);
        }
        assertThrows(IllegalArgumentException.class, () -> new FiniteSquareWell(10, -1));
        assertThrows(IllegalArgumentException.class, () -> fw.energy(3));
    }

    @Test
    void barrierInBoxBelowAndAboveBarrierAndAgreesWithFiniteWell() {
        PiecewiseConstantBox box = PiecewiseConstantBox.barrierInBox(1.0, 0.4, 0.6, 100.0);
        for (int n = 0; n < 6; n++) {
            double e = box.energy(n);
            // the root is bracketed within 1e-12 relative: n levels just below, n + 1 just above
            assertEquals(n, box.zeroCount(e * (1 - ROOT_TOL)));
            assertEquals(n + 1, box.zeroCount(e * (1 + ROOT_TOL)));
            checkState(box.state(n), box::potential, 0, 1, 1e3);
            if (n > 0) {
                assertTrue(e > box.energy(n - 1));
            }
        }
        assertTrue(box.energy(0) < 100 && box.energy(5) > 100, "levels below and above V0");
        // a finite well of depth 20 and width 2 in the middle of a box of length 24: box walls shift levels < 1e-12
        FiniteSquareWell fw = new FiniteSquareWell(20.0, 2.0);
        PiecewiseConstantBox wellInBox = new PiecewiseConstantBox(new double[] {0, 11, 13, 24}, new double[] {20, 0, 20});
        for (int n = 0; n < 3; n++) {
            assertEquals(fw.energy(n), wellInBox.energy(n), 1e-11 * fw.energy(n), "level " + n);
        }
        // high narrow barrier: the nearly degenerate tunnelling doublet is resolved
        PiecewiseConstantBox doublet = PiecewiseConstantBox.barrierInBox(1.0, 0.45, 0.55, 5000.0);
        assertTrue(doublet.energy(1) > doublet.energy(0));
        assertThrows(IllegalArgumentException.class, () -> PiecewiseConstantBox.barrierInBox(1.0, 0.6, 0.4, 1.0));
    }
}
