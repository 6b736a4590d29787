package org.sciml4j.validation.navierstokes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sciml4j.validation.metrics.ConvergenceOrder;
import org.sciml4j.validation.metrics.Errors;
import org.sciml4j.validation.random.PeriodicGaussianRandomField2D;

class NavierStokes2DTest {

    /** Taylor–Green is resolved exactly in space; only rounding and the time error remain. */
    static final double TAYLOR_GREEN_TOLERANCE = 1e-10;
    /** Allowed deviation of an observed time order from the design order. */
    static final double ORDER_TOLERANCE = 0.15;

    /** ψ = sin 2πx sin 2πy e^{−8π²νt}, ω = 8π²ψ: the Taylor–Green vortex on the unit torus. */
    static double[] taylorGreen(int n, double nu, double t) {
        double[] w = new double[n * n];
        double k2 = 8 * Math.PI * Math.PI;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i * n + j] = k2 * Math.sin(2 * Math.PI * i / n) * Math.sin(2 * Math.PI * j / n) * Math.exp(-k2 * nu * t);
            }
        }
        return w;
    }

    /** Several modes of the shell |k|² = 25, so ω = 100π²ψ and u·∇ω = 0 although the modes interact. */
    static double[] shell25(int n, double nu, double t) {
        double[] w = new double[n * n];
        double lam = 4 * Math.PI * Math.PI * 25;
        double decay = Math.exp(-lam * nu * t);
        for (int i = 0; i < n; i++) {
            double x = (double) i / n;
            for (int j = 0; j < n; j++) {
                double y = (double) j / n;
                double psi = Math.sin(2 * Math.PI * (3 * x + 4 * y)) + Math.cos(2 * Math.PI * 5 * x)
                        + 0.5 * Math.sin(2 * Math.PI * (4 * x - 3 * y) + 0.3);
                w[i * n + j] = lam * psi * decay;
            }
        }
        return w;
    }

    @Test
    void taylorGreenToNearMachinePrecisionWithEveryScheme() {
        int n = 32;
        double nu = 1e-3;
        double t = 0.1;
        for (NavierStokesScheme scheme : NavierStokesScheme.values()) {
            NavierStokes2D ns = NavierStokes2D.builder(n, nu).withScheme(scheme)
                    .withTimeStep(TimeStepControl.fixed(1e-3)).build();
            double[] w = ns.trajectory(taylorGreen(n, nu, 0), new double[] {t})[0];
            double err = Errors.relL2(w, taylorGreen(n, nu, t));
            assertTrue(err <= TAYLOR_GREEN_TOLERANCE, scheme + ": relative L2 error " + err);
        }
    }

    @Test
    void interactingModesOfOneShellStayExact() {
        int n = 32;
        double nu = 1e-2;
        double t = 0.05;
        NavierStokes2D ns = NavierStokes2D.builder(n, nu).withScheme(NavierStokesScheme.IF_RK4)
                .withTimeStep(TimeStepControl.fixed(1e-3)).build();
        double[] w = ns.trajectory(shell25(n, nu, 0), new double[] {t})[0];
        double err = Errors.relL2(w, shell25(n, nu, t));
        assertTrue(err <= TAYLOR_GREEN_TOLERANCE, "relative L2 error " + err);
    }

    /** A forced, genuinely nonlinear flow: FNO forcing, random vorticity of O(3) magnitude. */
    static double[] nonlinearInitial(int n) {
        double[] w = PeriodicGaussianRandomField2D.fnoNavierStokes(n).sample(new SplittableRandom(2024));
        for (int p = 0; p < w.length; p++) {
            w[p] *= 4;
        }
        return w;
    }

    static double[] timeErrors(NavierStokesScheme scheme, double[] dts, double tEnd, double[] w0, double[] ref) {
        int n = 32;
        double nu = 1e-3;
        double[] e = new double[dts.length];
        for (int k = 0; k < dts.length; k++) {
            double[] w = NavierStokes2D.fnoPreset(n, nu).withScheme(scheme).withTimeStep(TimeStepControl.fixed(dts[k]))
                    .build().trajectory(w0, new double[] {tEnd})[0];
            e[k] = Errors.relL2(w, ref);
        }
        return e;
    }

    @Test
    void timeOrderOfEverySchemeOnANonlinearForcedFlow() {
        double[] dts = {0.02, 0.01, 0.005};
        double tEnd = 1.0;
        double[] w0 = nonlinearInitial(32);
        double[] ref = NavierStokes2D.fnoPreset(32, 1e-3).withScheme(NavierStokesScheme.IF_RK4)
                .withTimeStep(TimeStepControl.fixed(0.0005)).build().trajectory(w0, new double[] {tEnd})[0];
        for (NavierStokesScheme scheme : NavierStokesScheme.values()) {
            double[] e = timeErrors(scheme, dts, tEnd, w0, ref);
            double p = ConvergenceOrder.fitted(dts, e);
            assertEquals(scheme.order(), p, ORDER_TOLERANCE, scheme + ": errors " + java.util.Arrays.toString(e));
        }
    }

    @Test
    void spectralConvergenceInSpace() {
        double nu = 1e-2;
        double[] times = {0.5};
        int fine = 64;
        double[] wFine = NavierStokes2D.fnoPreset(fine, nu).withScheme(NavierStokesScheme.IF_RK4)
                .withTimeStep(TimeStepControl.fixed(0.005)).build().trajectory(smoothInitial(fine), times)[0];
        int[] ns = {16, 32};
        double[] err = new double[ns.length];
        for (int k = 0; k < ns.length; k++) {
            int n = ns[k];
            double[] w = NavierStokes2D.fnoPreset(n, nu).withScheme(NavierStokesScheme.IF_RK4)
                    .withTimeStep(TimeStepControl.fixed(0.005)).build().trajectory(smoothInitial(n), times)[0];
            int stride = fine / n;
            double[] sub = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    sub[i * n + j] = wFine[(i * stride) * fine + j * stride];
                }
            }
            err[k] = Errors.relL2(w, sub);
        }
        assertTrue(err[1] < 1e-7, "error at n=32: " + err[1]);
        assertTrue(err[1] < 1e-3 * err[0], "errors n=16: " + err[0] + ", n=32: " + err[1]);
    }

    /** ω₀ = 3 exp(sin 2πx) cos(2πy) − 2 cos(2π(x − y)) sin 2πy: entire, all Fourier modes present. */
    static double[] smoothInitial(int n) {
        double[] w = new double[n * n];
        for (int i = 0; i < n; i++) {
            double x = (double) i / n;
            for (int j = 0; j < n; j++) {
                double y = (double) j / n;
                w[i * n + j] = 3 * Math.exp(Math.sin(2 * Math.PI * x)) * Math.cos(2 * Math.PI * y)
                        - 2 * Math.cos(2 * Math.PI * (x - y)) * Math.sin(2 * Math.PI * y);
            }
        }
        return w;
    }

    @Test
    void fnoPresetRecordsAndStaysBounded() {
        int n = 32;
        NavierStokes2D ns = NavierStokes2D.fnoPreset(n, 1e-3).build();
        double[] w0 = PeriodicGaussianRandomField2D.fnoNavierStokes(n).sample(new SplittableRandom(7));
        double[][] traj = ns.trajectory(w0, 1.0, 2);
        assertEquals(2, traj.length);
        double maxAbs = 0;
        for (double v : traj[1]) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        assertTrue(maxAbs > 0 && maxAbs < 10, "max |omega| at t=2: " + maxAbs);
        double[] again = NavierStokes2D.fnoPreset(n, 1e-3).build().trajectory(w0, 1.0, 2)[1];
        assertEquals(0, Errors.maxAbs(again, traj[1]), 0.0, "same input gives the same trajectory");
    }

    @Test
    void fnoDataGeneratorRecordsEveryUnitAndSubsamplesTheSolverGrid() {
        FnoNavierStokesData data = FnoNavierStokesData.builder(16, 1e-3).withTimes(2, 1).withSolverStride(2).build();
        FnoNavierStokesData.Sample s = data.next(new SplittableRandom(3));
        assertEquals(2, s.omega().length);
        assertEquals(256, s.omega()[1].length);
        assertEquals(256, s.initial().length);
        assertEquals(2.0, s.times()[1], 0.0);
        // the same initial field integrated directly on the 32² solver grid, subsampled
        double[] w0 = PeriodicGaussianRandomField2D.fnoNavierStokes(32).sample(new SplittableRandom(3));
        double[] w2 = NavierStokes2D.fnoPreset(32, 1e-3).build().trajectory(w0, new double[] {1, 2})[1];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                assertEquals(w2[(2 * i) * 32 + 2 * j], s.omega()[1][i * 16 + j], 0.0);
                assertEquals(w0[(2 * i) * 32 + 2 * j], s.initial()[i * 16 + j], 0.0);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> FnoNavierStokesData.builder(16, 1e-3).withTimes(2.5, 1).build());
    }

    @Test
    void cflControlLimitsTheStepByTheVelocity() {
        int n = 32;
        double[] w0 = smoothInitial(n);
        for (int p = 0; p < w0.length; p++) {
            w0[p] *= 5;
        }
        double[][] uv = NavierStokes2D.builder(n, 1e-3).build().velocity(w0);
        double speed = 0;
        for (int p = 0; p < w0.length; p++) {
            speed = Math.max(speed, Math.abs(uv[0][p]) + Math.abs(uv[1][p]));
        }
        double courant = 0.5;
        NavierStokes2D ns = NavierStokes2D.builder(n, 1e-3).withTimeStep(TimeStepControl.cfl(courant, 0.1)).build();
        double[][] w = new double[1][];
        long steps = ns.solve(w0, new double[] {0.5}, (k, t, omega) -> w[0] = omega);
        // the CFL bound, not maxStep (5 steps), sets the step: the initial velocity alone demands
        // 0.5·n·speed/C ≈ 157 steps (the flow slows down later, so fewer are taken in total)
        assertTrue(steps > 20 * 5 && steps <= Math.ceil(0.5 * n * speed / courant) + 10, "steps " + steps + ", initial speed " + speed);
        double[] ref = NavierStokes2D.builder(n, 1e-3).withTimeStep(TimeStepControl.fixed(2.5e-4)).build()
                .trajectory(w0, new double[] {0.5})[0];
        double err = Errors.relL2(w[0], ref);
        double[] half = NavierStokes2D.builder(n, 1e-3).withTimeStep(TimeStepControl.cfl(courant / 2, 0.1)).build()
                .trajectory(w0, new double[] {0.5})[0];
        double errHalf = Errors.relL2(half, ref);
        // IF-RK4 under a CFL step: fourth order in the Courant number, error ratio 2^4 = 16
        assertTrue(err < 1e-4 && err / errHalf > 16 * 0.7, "relative L2 at C=0.5: " + err + ", at C=0.25: " + errHalf);
    }

    @Test
    void forcingMeanIsRemovedAndVorticityStaysMeanFree() {
        int n = 16;
        double[] w = NavierStokes2D.builder(n, 1e-2).withForcing((x, y) -> 3 + NavierStokes2D.fnoForcing(x, y)).build()
                .trajectory(smoothInitial(n), new double[] {1})[0];
        double mean = 0;
        double rms = 0;
        for (double v : w) {
            mean += v / w.length;
            rms += v * v / w.length;
        }
        assertTrue(Math.abs(mean) < 1e-12 * Math.sqrt(rms), "mean " + mean);
    }

    @Test
    void velocityIsDivergenceFreeAndMatchesStreamFunction() {
        int n = 32;
        double[][] uv = NavierStokes2D.builder(n, 1e-3).build().velocity(taylorGreen(n, 0, 0));
        // ψ = sin 2πx sin 2πy → u = ψ_y = 2π sin 2πx cos 2πy, v = −ψ_x = −2π cos 2πx sin 2πy
        double[] u = new double[n * n];
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                u[i * n + j] = 2 * Math.PI * Math.sin(2 * Math.PI * i / n) * Math.cos(2 * Math.PI * j / n);
                v[i * n + j] = -2 * Math.PI * Math.cos(2 * Math.PI * i / n) * Math.sin(2 * Math.PI * j / n);
            }
        }
        assertTrue(Errors.relL2(uv[0], u) < 1e-13);
        assertTrue(Errors.relL2(uv[1], v) < 1e-13);
    }

    @Test
    void badParametersGiveClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NavierStokes2D.builder(32, -1e-3).build());
        assertTrue(e.getMessage().contains("negative viscosity"));
        e = assertThrows(IllegalArgumentException.class, () -> NavierStokes2D.builder(6, 1e-3).build());
        assertTrue(e.getMessage().contains("even n >= 8"));
        e = assertThrows(IllegalArgumentException.class, () -> TimeStepControl.fixed(-1));
        assertTrue(e.getMessage().contains("time step"));
        NavierStokes2D ns = NavierStokes2D.builder(16, 1e-3).build();
        e = assertThrows(IllegalArgumentException.class, () -> ns.trajectory(new double[10], new double[] {1}));
        assertTrue(e.getMessage().contains("expected n*n = 256"));
        e = assertThrows(IllegalArgumentException.class, () -> ns.trajectory(new double[256], new double[] {1, 0.5}));
        assertTrue(e.getMessage().contains("strictly increasing"));
    }

    @Test
    void blowUpIsReportedNotReturned() {
        int n = 16;
        double[] w0 = smoothInitial(n);
        for (int p = 0; p < w0.length; p++) {
            w0[p] *= 1e3;
        }
        NavierStokes2D ns = NavierStokes2D.builder(n, 1e-4).withScheme(NavierStokesScheme.CN_EULER)
                .withTimeStep(TimeStepControl.fixed(0.5)).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ns.trajectory(w0, new double[] {200}));
        assertTrue(e.getMessage().contains("reduce the time step"));
    }
}
