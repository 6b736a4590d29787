package org.sciml4j.validation.navierstokes;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.sciml4j.validation.random.PeriodicGaussianRandomField2D;

/**
 * Generator of the FNO 2-D Navier–Stokes benchmark data (Li et al. 2021): initial vorticity
 * ω₀ ~ {@link PeriodicGaussianRandomField2D#fnoNavierStokes} (covariance 2·7³(−Δ + 49I)^{−2.5} in the
 * generator code's normalisation), forcing 0.1(sin 2π(x+y) + cos 2π(x+y)), viscosity ν (1e-3,
 * 1e-4 or 1e-5 in the paper), vorticity recorded at t = Δ, 2Δ, …, T (Δ = 1, T = 50 by default) by a
 * {@link NavierStokes2D} built from {@link NavierStokes2D#fnoPreset} (IF-RK4, CFL-limited step ≤ 1e-2).
 *
 * <p>Resolution: the paper solved on 256² and subsampled to 64²; here the solver runs at
 * {@code n·stride} points per direction and every {@code stride}-th point is kept (stride 1 by
 * default). At ν = 1e-4 and 1e-5 a 64² solve is under-resolved; use stride ≥ 2 (or 4, as the paper)
 * for data quality.
 *
 * <p>Cost per sample: about T/dt steps of 4 evaluations of three (n·stride)² FFTs. Not thread-safe
 * (owns a solver); use one instance per thread.
 */
public final class FnoNavierStokesData {

    /**
     * One trajectory.
     *
     * @param initial ω₀ on the output grid, length n²
     * @param times   recording times
     * @param omega   ω at each recording time, [times.length][n²]
     */
    public record Sample(double[] initial, double[] times, double[][] omega) {
        public Sample {
            initial = initial.clone();
            times = times.clone();
            double[][] c = new double[omega.length][];
            for (int k = 0; k < omega.length; k++) {
                c[k] = omega[k].clone();
            }
            omega = c;
        }
    }

    private final int n;
    private final int stride;
    private final double[] times;
    private final NavierStokes2D solver;
    private final PeriodicGaussianRandomField2D grf;

    private FnoNavierStokesData(Builder b) {
        n = b.n;
        stride = b.stride;
        int count = (int) Math.round(b.finalTime / b.recordInterval);
        times = new double[count];
        for (int k = 0; k < count; k++) {
            times[k] = (k + 1) * b.recordInterval;
        }
        NavierStokes2D.Builder sb = NavierStokes2D.fnoPreset(n * stride, b.viscosity);
        if (b.stepControl != null) {
            sb.withTimeStep(b.stepControl);
        }
        if (b.scheme != null) {
            sb.withScheme(b.scheme);
        }
        solver = sb.build();
        grf = PeriodicGaussianRandomField2D.fnoNavierStokes(n * stride);
    }

    /** Starts a builder for the default output resolution 64² and viscosity ν. */
    public static Builder builder(double viscosity) {
        return new Builder(64, viscosity);
    }

    /** Starts a builder for output resolution n and viscosity ν. */
    public static Builder builder(int n, double viscosity) {
        return new Builder(n, viscosity);
    }

    /** Draws ω₀ and integrates it; the random generator is advanced. */
    public Sample next(SplittableRandom rng) {
        double[] w0 = grf.sample(rng);
        double[][] out = new double[times.length][];
        solver.solve(w0, times, (k, t, omega) -> out[k] = subsample(omega));
        return new Sample(subsample(w0), times, out);
    }

    /** Generates {@code count} samples in sequence, handing each to the consumer. */
    public void generate(int count, SplittableRandom rng, Consumer<Sample> consumer) {
        for (int s = 0; s < count; s++) {
            consumer.accept(next(rng));
        }
    }

    /** The recording times. */
    public double[] times() {
        return times.clone();
    }

    /** The underlying solver (resolution n·stride). */
    public NavierStokes2D solver() {
        return solver;
    }

    private double[] subsample(double[] w) {
        if (stride == 1) {
            return w;
        }
        int fine = n * stride;
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = w[(i * stride) * fine + j * stride];
            }
        }
        return out;
    }

    /** Builder; defaults: T = 50, Δ = 1, stride 1, the preset's scheme and step control. */
    public static final class Builder {
        private final int n;
        private final double viscosity;
        private double finalTime = 50;
        private double recordInterval = 1;
        private int stride = 1;
        private TimeStepControl stepControl;
        private NavierStokesScheme scheme;

        private Builder(int n, double viscosity) {
            this.n = n;
            this.viscosity = viscosity;
        }

        /** Final time T and recording interval Δ; T must be a whole multiple of Δ. */
        public Builder withTimes(double finalTime, double recordInterval) {
            this.finalTime = finalTime;
            this.recordInterval = recordInterval;
            return this;
        }

        /** Solve on (n·stride)² and keep every stride-th point. */
        public Builder withSolverStride(int stride) {
            this.stride = stride;
            return this;
        }

        public Builder withTimeStep(TimeStepControl stepControl) {
            this.stepControl = stepControl;
            return this;
        }

        public Builder withScheme(NavierStokesScheme scheme) {
            this.scheme = scheme;
            return this;
        }

        public FnoNavierStokesData build() {
            if (!(recordInterval > 0) || !(finalTime >= recordInterval) || !Double.isFinite(finalTime)) {
                throw new IllegalArgumentException("FnoNavierStokesData: need 0 < record interval <= final time, got interval "
                        + recordInterval + ", final time " + finalTime);
            }
            double count = finalTime / recordInterval;
            if (Math.abs(count - Math.rint(count)) > 1e-9 * count) {
                throw new IllegalArgumentException("FnoNavierStokesData: final time " + finalTime
                        + " is not a whole multiple of the record interval " + recordInterval);
            }
            if (stride < 1) {
                throw new IllegalArgumentException("FnoNavierStokesData: solver stride must be >= 1, got " + stride);
            }
            return new FnoNavierStokesData(this);
        }
    }
}
