package org.sciml4j.quantum.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.sciml4j.validation.analytic.InfiniteSquareWell;
import org.sciml4j.validation.analytic.PiecewiseConstantBox;
import org.sciml4j.validation.eigen.ShootingEigensolver;

class PinnEigensolverTest {

    private static final double QUADRATURE_TOL = 1e-13;
    private static final double GRADIENT_TOL = 1e-6;
    private static final double FAST_ENERGY_TOL = 1e-4;
    private static final double FAST_PSI_TOL = 1e-3;
    private static final double TARGET_ENERGY_TOL = 1e-6;

    @Test
    void gaussLegendreIsExactOnPolynomialsUpToDegree2nMinus1() {
        for (int n : new int[] {1, 2, 5, 16}) {
            GaussLegendre gl = GaussLegendre.rule(n, -0.3, 1.7);
            for (int deg = 0; deg <= 2 * n - 1; deg++) {
                double[] f = new double[n];
                for (int i = 0; i < n; i++) {
                    f[i] = Math.pow(gl.nodes()[i], deg);
                }
                double exact = (Math.pow(1.7, deg + 1) - Math.pow(-0.3, deg + 1)) / (deg + 1);
                assertEquals(exact, gl.integrate(f), QUADRATURE_TOL * Math.max(1, Math.abs(exact)),
                        "n=" + n + " degree " + deg);
            }
        }
    }

    @Test
    void trialEnvelopeVanishesAtTheWallsAndItsDerivativesMatchFiniteDifferences() {
        TrialEnvelope m = new TrialEnvelope(-2, 3, 0.7, 0.4);
        double[] out = new double[3];
        m.evaluate(-2, out);
        assertEquals(0.0, out[0], 0.0);
        m.evaluate(3, out);
        assertEquals(0.0, out[0], 0.0);
        double x = 0.9;
        double h = 1e-5;
        double[] lo = new double[3];
        double[] hi = new double[3];
        m.evaluate(x, out);
        m.evaluate(x - h, lo);
        m.evaluate(x + h, hi);
        assertEquals((hi[0] - lo[0]) / (2 * h), out[1], GRADIENT_TOL);
        assertEquals((hi[1] - lo[1]) / (2 * h), out[2], GRADIENT_TOL);
    }

    @Test
    void networkDerivativesMatchCentralDifferences() {
        TanhNetwork net = new TanhNetwork(5);
        double[] theta = new double[net.parameterCount()];
        SplittableRandom rng = new SplittableRandom(3);
        net.initialize(theta, 0, -1, 2, rng);
        for (int k = 0; k < theta.length; k++) {
            theta[k] += 0.1 * (rng.nextDouble() - 0.5);
        }
        double x = 0.37;
        double[] out = new double[3];
        double[] g0 = new double[theta.length];
        double[] g1 = new double[theta.length];
        double[] g2 = new double[theta.length];
        net.evaluate(theta, 0, x, out, g0, g1, g2);
        double h = 1e-6;
        double[] lo = new double[3];
        double[] hi = new double[3];
        net.evaluate(theta, 0, x - h, lo, null, null, null);
        net.evaluate(theta, 0, x + h, hi, null, null, null);
        assertEquals((hi[0] - lo[0]) / (2 * h), out[1], GRADIENT_TOL);
        assertEquals((hi[1] - lo[1]) / (2 * h), out[2], GRADIENT_TOL);
        for (int k = 0; k < theta.length; k++) {
            double[] tp = theta.clone();
            double[] tm = theta.clone();
            tp[k] += h;
            tm[k] -= h;
            net.evaluate(tp, 0, x, hi, null, null, null);
            net.evaluate(tm, 0, x, lo, null, null, null);
            assertEquals((hi[0] - lo[0]) / (2 * h), g0[k], GRADIENT_TOL, "dN/dtheta_" + k);
            assertEquals((hi[1] - lo[1]) / (2 * h), g1[k], GRADIENT_TOL, "dN'/dtheta_" + k);
            assertEquals((hi[2] - lo[2]) / (2 * h), g2[k], GRADIENT_TOL, "dN''/dtheta_" + k);
        }
    }

    @Test
    void infiniteWellGroundStateReachesEnergyTolFast() {
        EigenProblem1D p = new EigenProblem1D(0, 1, Potential.zero());
        PinnEigenResult res = PinnEigensolver.builder(p).withHiddenWidth(10).withNodesPerPiece(24)
                .withMaxIterations(60).build().solve(1, new SplittableRandom(1));
        PinnEigenstate st = res.states().get(0);
        EigenErrors e = EigenErrors.compare(st, new InfiniteSquareWell(1).state(1), p);
        assertTrue(e.energyRelError() <= FAST_ENERGY_TOL, "energy rel error " + e.energyRelError());
        assertTrue(e.psiRelL2() <= FAST_PSI_TOL, "psi rel L2 " + e.psiRelL2());
        assertEquals(0.0, st.value(0.0), 0.0);
        assertEquals(0.0, st.value(1.0), 0.0);
    }

    @Test
    void fixedEnergyRunKeepsTheEnergyAndFindsTheGroundState() {
        EigenProblem1D p = new EigenProblem1D(0, 1, Potential.zero());
        double e0 = Math.PI * Math.PI;
        PinnEigenResult res = PinnEigensolver.builder(p).withHiddenWidth(10).withNodesPerPiece(24)
                .withMaxIterations(60).withFixedEnergy(e0).build().solve(1, new SplittableRandom(2));
        assertEquals(e0, res.states().get(0).energy(), 0.0);
        EigenErrors e = EigenErrors.compare(res.states().get(0), new InfiniteSquareWell(1).state(1), p);
        assertTrue(e.psiRelL2() <= FAST_PSI_TOL, "psi rel L2 " + e.psiRelL2());
    }

    @Test
    void excitedLevelsOfTheInfiniteWellByOrthogonality() {
        EigenProblem1D p = new EigenProblem1D(0, 1, Potential.zero());
        PinnEigenResult res = PinnEigensolver.builder(p).withHiddenWidth(16).withNodesPerPiece(40)
                .withMaxIterations(150).build().solve(3, new SplittableRandom(1));
        InfiniteSquareWell w = new InfiniteSquareWell(1);
        for (int n = 0; n < 3; n++) {
            EigenErrors e = EigenErrors.compare(res.states().get(n), w.state(n + 1), p);
            // Rayleigh-Ritz energies are variational upper bounds (up to quadrature rounding)
            assertTrue(res.ritzEnergies()[n] >= w.energy(n + 1) * (1 - QUADRATURE_TOL),
                    "Ritz energy " + res.ritzEnergies()[n] + " below exact " + w.energy(n + 1));
            assertTrue(e.energyRelError() <= TARGET_ENERGY_TOL, "level " + n + " energy rel error " + e.energyRelError());
            assertTrue(e.psiRelL2() <= FAST_PSI_TOL, "level " + n + " psi rel L2 " + e.psiRelL2());
        }
    }

    @Test
    void userPotentialAgreesWithTheShootingSolver() {
        Potential v = Potential.of(x -> 30 * x + 10 * Math.cos(2 * Math.PI * x));
        EigenProblem1D p = new EigenProblem1D(0, 1, v);
        PinnEigenResult res = PinnEigensolver.builder(p).withHiddenWidth(16).withNodesPerPiece(40)
                .withMaxIterations(150).build().solve(2, new SplittableRandom(4));
        ShootingEigensolver ref = ShootingEigensolver.builder(0, 1, v::value).build();
        for (int n = 0; n < 2; n++) {
            EigenErrors e = EigenErrors.compare(res.states().get(n), ref.state(n), p);
            assertTrue(e.energyRelError() <= TARGET_ENERGY_TOL, "level " + n + " energy rel error " + e.energyRelError());
            assertTrue(e.psiRelL2() <= FAST_PSI_TOL, "level " + n + " psi rel L2 " + e.psiRelL2());
        }
    }

    @Test
    void barrierGroundStateWithPiecesSplitAtTheJumps() {
        Potential v = Potential.barrier(100, 0.4, 0.6);
        EigenProblem1D p = new EigenProblem1D(0, 1, v);
        assertEquals(4, p.pieces().length);
        PinnEigenResult res = PinnEigensolver.builder(p).withHiddenWidth(12).withNodesPerPiece(24)
                .withMaxIterations(200).build().solve(1, new SplittableRandom(1));
        EigenErrors e = EigenErrors.compare(res.states().get(0),
                PiecewiseConstantBox.barrierInBox(1, 0.4, 0.6, 100).state(0), p);
        assertTrue(e.energyRelError() <= FAST_ENERGY_TOL, "energy rel error " + e.energyRelError());
        assertTrue(e.psiRelL2() <= FAST_PSI_TOL, "psi rel L2 " + e.psiRelL2());
    }

    @Test
    void finiteWellGroundStateOnABoxWithDecayingTails() {
        Potential v = Potential.squareWell(100, -0.5, 0.5);
        EigenProblem1D p = new EigenProblem1D(-3, 3, v);
        PinnEigenResult res = PinnEigensolver.builder(p).withHiddenWidth(16).withNodesPerPiece(32)
                .withDamping(org.sciml4j.core.optim.LevenbergMarquardt.Damping.JACOBIAN_DIAGONAL)
                .withMaxIterations(200).build().solve(1, new SplittableRandom(1));
        EigenErrors e = EigenErrors.compare(res.states().get(0),
                new org.sciml4j.validation.analytic.FiniteSquareWell(100, 1).state(0), p);
        assertTrue(e.energyRelError() <= FAST_ENERGY_TOL, "energy rel error " + e.energyRelError());
        assertTrue(e.psiRelL2() <= FAST_PSI_TOL, "psi rel L2 " + e.psiRelL2());
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        QuantumException nan = assertThrows(QuantumException.class,
                () -> new EigenProblem1D(0, 1, Potential.of(x -> x > 0.5 ? Double.NaN : 0)));
        assertTrue(nan.getMessage().contains("not finite"), nan.getMessage());
        QuantumException unbounded = assertThrows(QuantumException.class,
                () -> new EigenProblem1D(Double.NEGATIVE_INFINITY, 1, Potential.zero()));
        assertTrue(unbounded.getMessage().contains("unbounded"), unbounded.getMessage());
        assertThrows(QuantumException.class, () -> new EigenProblem1D(1, 1, Potential.zero()));
        EigenProblem1D p = new EigenProblem1D(0, 1, Potential.zero());
        PinnEigensolver fixed = PinnEigensolver.builder(p).withFixedEnergy(1).build();
        QuantumException levels = assertThrows(QuantumException.class, () -> fixed.solve(2, new SplittableRandom(1)));
        assertTrue(levels.getMessage().contains("fixed energy"), levels.getMessage());
        assertThrows(QuantumException.class, () -> PinnEigensolver.builder(p).withHiddenWidth(1).build());
        assertThrows(QuantumException.class, () -> PinnEigensolver.builder(p).withWeights(0, 1, 1).build());
    }
}
