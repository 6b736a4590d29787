package org.sciml4j.validation.heat;

import java.util.function.DoubleBinaryOperator;
import org.sciml4j.validation.metrics.Errors;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/**
 * Convergence studies of {@link HeatEquation2D} (α = 0.1) on the exact solution
 * u = 1 + 2x + 3y + 4xy + sin(πx) sin(2πy) e^{−5π²αt}; registered for {@link java.util.ServiceLoader}.
 */
public final class HeatStudies {

    private HeatStudies() {
    }

    static final double ALPHA = 0.1;
    static final DoubleBinaryOperator WALLS = (x, y) -> 1 + 2 * x + 3 * y + 4 * x * y;

    static double[] field(int m, double amplitude) {
        double[] u = new double[(m + 1) * (m + 1)];
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= m; j++) {
                double x = (double) i / m;
                double y = (double) j / m;
                u[i * (m + 1) + j] = WALLS.applyAsDouble(x, y)
                        + amplitude * Math.sin(Math.PI * x) * Math.sin(2 * Math.PI * y);
            }
        }
        return u;
    }

    static DoubleBinaryOperator initial() {
        return (x, y) -> WALLS.applyAsDouble(x, y) + Math.sin(Math.PI * x) * Math.sin(2 * Math.PI * y);
    }

    /** Space: Crank–Nicolson with dt = 0.1h² so that the time error is negligible; max error vs exact at t = 0.1. */
    public static final class Space implements ConvergenceStudy {
        @Override
        public String name() {
            return "heat-fd-space-cn";
        }

        @Override
        public String description() {
            return "HeatEquation2D five-point FD, Crank-Nicolson (EJML sparse Cholesky), alpha=0.1, dt=0.1h^2, "
                    + "max |u - u_exact| at t=0.1 vs h (separable exact solution with bilinear walls)";
        }

        @Override
        public ConvergenceResult run() {
            double t = 0.1;
            int[] ms = {8, 16, 32, 64};
            double[] h = new double[ms.length];
            double[] err = new double[ms.length];
            double[] sec = new double[ms.length];
            for (int k = 0; k < ms.length; k++) {
                int m = ms[k];
                h[k] = 1.0 / m;
                double steps = Math.max(1, Math.round(t / (0.1 * h[k] * h[k])));
                long t0 = System.nanoTime();
                double[] u = HeatEquation2D.builder(m, ALPHA, t / steps).withScheme(HeatScheme.CRANK_NICOLSON).build()
                        .solve(initial(), WALLS, new double[] {t})[0];
                sec[k] = (System.nanoTime() - t0) * 1e-9;
                err[k] = Errors.maxAbs(u, field(m, Math.exp(-5 * Math.PI * Math.PI * ALPHA * t)));
            }
            return new ConvergenceResult(name(), description(), "intervals per side", ms, h, err, sec,
                    "max |u - u_exact| at t=0.1", 2);
        }
    }

    /** Time: a scheme on a 32×32 grid against the exact semi-discrete solution at t = 0.2. */
    abstract static class TimeStudy implements ConvergenceStudy {
        private final HeatScheme scheme;

        TimeStudy(HeatScheme scheme) {
            this.scheme = scheme;
        }

        @Override
        public String description() {
            return "HeatEquation2D (32x32 intervals, alpha=0.1) with " + scheme
                    + ": max error at t=0.2 vs the exact semi-discrete solution (isolates the time error) vs dt";
        }

        @Override
        public ConvergenceResult run() {
            int m = 32;
            double hh = 1.0 / m;
            double lam = 4 / (hh * hh) * (Math.pow(Math.sin(Math.PI * hh / 2), 2) + Math.pow(Math.sin(Math.PI * hh), 2));
            double t = 0.2;
            double[] exact = field(m, Math.exp(-ALPHA * lam * t));
            int[] steps = {5, 10, 20, 40, 80};
            double[] h = new double[steps.length];
            double[] err = new double[steps.length];
            double[] sec = new double[steps.length];
            for (int k = 0; k < steps.length; k++) {
                h[k] = t / steps[k];
                long t0 = System.nanoTime();
                double[] u = HeatEquation2D.builder(m, ALPHA, h[k]).withScheme(scheme).build()
                        .solve(initial(), WALLS, new double[] {t})[0];
                sec[k] = (System.nanoTime() - t0) * 1e-9;
                err[k] = Errors.maxAbs(u, exact);
            }
            return new ConvergenceResult(name(), description(), "time steps to t=0.2", steps, h, err, sec,
                    "max |u - u_semidiscrete| at t=0.2", scheme.order());
        }
    }

    /** Peaceman–Rachford ADI, design order 2. */
    public static final class TimePeacemanRachford extends TimeStudy {
        public TimePeacemanRachford() {
            super(HeatScheme.PEACEMAN_RACHFORD);
        }

        @Override
        public String name() {
            return "heat-time-peaceman-rachford";
        }
    }

    /** Crank–Nicolson, design order 2. */
    public static final class TimeCrankNicolson extends TimeStudy {
        public TimeCrankNicolson() {
            super(HeatScheme.CRANK_NICOLSON);
        }

        @Override
        public String name() {
            return "heat-time-crank-nicolson";
        }
    }

    /** Backward Euler, design order 1. */
    public static final class TimeBackwardEuler extends TimeStudy {
        public TimeBackwardEuler() {
            super(HeatScheme.BACKWARD_EULER);
        }

        @Override
        public String name() {
            return "heat-time-backward-euler";
        }
    }
}
