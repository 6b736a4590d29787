package org.sciml4j.validation.navierstokes;

import java.util.SplittableRandom;
import org.sciml4j.validation.metrics.Errors;
import org.sciml4j.validation.random.PeriodicGaussianRandomField2D;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/**
 * Convergence studies of {@link NavierStokes2D}, registered for {@link java.util.ServiceLoader}.
 * Time-order studies run on a forced, genuinely nonlinear flow (64², ν = 1e-3, FNO forcing, initial
 * vorticity 4× an FNO random field, seed 2024) to t = 1, against an IF-RK4 reference at dt = 5e-4;
 * the Taylor–Green study compares with the exact decaying vortex.
 */
public final class NavierStokesStudies {

    private NavierStokesStudies() {
    }

    static final int N = 64;
    static final double NU = 1e-3;
    static final double T_END = 1.0;

    static double[] nonlinearInitial() {
        double[] w = PeriodicGaussianRandomField2D.fnoNavierStokes(N).sample(new SplittableRandom(2024));
        for (int p = 0; p < w.length; p++) {
            w[p] *= 4;
        }
        return w;
    }

    static ConvergenceResult timeStudy(String name, NavierStokesScheme scheme, int[] steps) {
        double[] w0 = nonlinearInitial();
        double[] ref = NavierStokes2D.fnoPreset(N, NU).withScheme(NavierStokesScheme.IF_RK4)
                .withTimeStep(TimeStepControl.fixed(5e-4)).build().trajectory(w0, new double[] {T_END})[0];
        double[] h = new double[steps.length];
        double[] err = new double[steps.length];
        double[] sec = new double[steps.length];
        for (int k = 0; k < steps.length; k++) {
            h[k] = T_END / steps[k];
            long t0 = System.nanoTime();
            double[] w = NavierStokes2D.fnoPreset(N, NU).withScheme(scheme).withTimeStep(TimeStepControl.fixed(h[k])).build()
                    .trajectory(w0, new double[] {T_END})[0];
            sec[k] = (System.nanoTime() - t0) * 1e-9;
            err[k] = Errors.relL2(w, ref);
        }
        return new ConvergenceResult(name, description(scheme), "time steps to t=1", steps, h, err, sec,
                "relative L2 of vorticity at t=1 vs IF-RK4 at dt=5e-4", scheme.order());
    }

    static String description(NavierStokesScheme scheme) {
        return "NavierStokes2D pseudo-spectral (64^2, 2/3 dealiasing) with " + scheme + ", nu=1e-3, FNO forcing, "
                + "random initial vorticity (seed 2024); time order against an IF-RK4 fine-step reference";
    }

    /** Crank–Nicolson + Heun, design order 2. */
    public static final class CnHeun implements ConvergenceStudy {
        @Override
        public String name() {
            return "ns-spectral-time-cn-heun";
        }

        @Override
        public String description() {
            return NavierStokesStudies.description(NavierStokesScheme.CN_HEUN);
        }

        @Override
        public ConvergenceResult run() {
            return timeStudy(name(), NavierStokesScheme.CN_HEUN, new int[] {25, 50, 100, 200});
        }
    }

    /** Crank–Nicolson + Adams–Bashforth 2, design order 2. */
    public static final class CnAb2 implements ConvergenceStudy {
        @Override
        public String name() {
            return "ns-spectral-time-cn-ab2";
        }

        @Override
        public String description() {
            return NavierStokesStudies.description(NavierStokesScheme.CN_AB2);
        }

        @Override
        public ConvergenceResult run() {
            return timeStudy(name(), NavierStokesScheme.CN_AB2, new int[] {25, 50, 100, 200});
        }
    }

    /** Crank–Nicolson + explicit Euler (the FNO generator's scheme), design order 1. */
    public static final class CnEuler implements ConvergenceStudy {
        @Override
        public String name() {
            return "ns-spectral-time-cn-euler";
        }

        @Override
        public String description() {
            return NavierStokesStudies.description(NavierStokesScheme.CN_EULER);
        }

        @Override
        public ConvergenceResult run() {
            return timeStudy(name(), NavierStokesScheme.CN_EULER, new int[] {25, 50, 100, 200});
        }
    }

    /** Integrating-factor RK4, design order 4. */
    public static final class IfRk4 implements ConvergenceStudy {
        @Override
        public String name() {
            return "ns-spectral-time-if-rk4";
        }

        @Override
        public String description() {
            return NavierStokesStudies.description(NavierStokesScheme.IF_RK4);
        }

        @Override
        public ConvergenceResult run() {
            return timeStudy(name(), NavierStokesScheme.IF_RK4, new int[] {25, 50, 100, 200});
        }
    }

    /**
     * Taylor–Green vortex ω = 8π² sin 2πx sin 2πy e^{−8π²νt} (ν = 0.05, 32², to t = 1) with CN–Heun
     * against the exact solution: space is exact (one Fourier mode, nonlinear term zero), so the
     * error is the Crank–Nicolson time error, design order 2.
     */
    public static final class TaylorGreenCn implements ConvergenceStudy {
        @Override
        public String name() {
            return "ns-spectral-taylor-green-cn";
        }

        @Override
        public String description() {
            return "NavierStokes2D (32^2, CN_HEUN) on the Taylor-Green vortex, nu=0.05, relative L2 vs the exact solution at t=1";
        }

        @Override
        public ConvergenceResult run() {
            int n = 32;
            double nu = 0.05;
            int[] steps = {10, 20, 40, 80, 160};
            double[] h = new double[steps.length];
            double[] err = new double[steps.length];
            double[] sec = new double[steps.length];
            double[] exact = taylorGreen(n, nu, 1.0);
            for (int k = 0; k < steps.length; k++) {
                h[k] = 1.0 / steps[k];
                long t0 = System.nanoTime();
                double[] w = NavierStokes2D.builder(n, nu).withScheme(NavierStokesScheme.CN_HEUN)
                        .withTimeStep(TimeStepControl.fixed(h[k])).build().trajectory(taylorGreen(n, nu, 0), new double[] {1})[0];
                sec[k] = (System.nanoTime() - t0) * 1e-9;
                err[k] = Errors.relL2(w, exact);
            }
            return new ConvergenceResult(name(), description(), "time steps to t=1", steps, h, err, sec,
                    "relative L2 of vorticity at t=1 vs exact", 2);
        }

        private static double[] taylorGreen(int n, double nu, double t) {
            double[] w = new double[n * n];
            double k2 = 8 * Math.PI * Math.PI;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    w[i * n + j] = k2 * Math.sin(2 * Math.PI * i / n) * Math.sin(2 * Math.PI * j / n) * Math.exp(-k2 * nu * t);
                }
            }
            return w;
        }
    }
}
