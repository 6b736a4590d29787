package org.sciml4j.core.optim;

import java.util.Objects;

/**
 * The running state of {@link Adam} for one parameter vector: moments and the update count.
 * {@link #stepInPlace} updates x (modified) from a gradient (not modified). Not thread-safe.
 */
public final class AdamStepper {

    private final Adam adam;
    private final double[] m;
    private final double[] v;
    private long step;

    AdamStepper(Adam adam, AdamState state) {
        this.adam = adam;
        this.m = state.firstMoment();
        this.v = state.secondMoment();
        this.step = state.step();
    }

    /**
     * One Adam update of x in place.
     *
     * @param x    parameters, modified
     * @param grad gradient at x, not modified
     * @return the Euclidean norm of the change made to x
     * @throws IllegalArgumentException if the lengths differ from the stepper's dimension or the
     *                                  gradient is not finite (x is then left unchanged)
     */
    public double stepInPlace(double[] x, double[] grad) {
        Checks.length("Adam.stepInPlace", "x", x, m.length);
        Checks.length("Adam.stepInPlace", "gradient", grad, m.length);
        if (!Checks.allFinite(grad)) {
            throw new IllegalArgumentException("Adam.stepInPlace: gradient contains NaN or infinity at update "
                    + (step + 1) + "; parameters left unchanged");
        }
        double lr = adam.schedule().rate(step);
        step++;
        double b1 = adam.beta1();
        double b2 = adam.beta2();
        double c1 = 1 - Math.pow(b1, step);
        double c2 = 1 - Math.pow(b2, step);
        double eps = adam.epsilon();
        double decay = lr * adam.weightDecay();
        double change = 0;
        for (int i = 0; i < x.length; i++) {
            double g = grad[i];
            m[i] = b1 * m[i] + (1 - b1) * g;
            v[i] = b2 * v[i] + (1 - b2) * g * g;
            double mh = m[i] / c1;
            double vh = v[i] / c2;
            double old = x[i];
            double xi = old - decay * old;
            xi -= lr * mh / (Math.sqrt(vh) + eps);
            x[i] = xi;
            double d = xi - old;
            change += d * d;
        }
        return Math.sqrt(change);
    }

    /** The learning rate the next update will use. */
    public double nextLearningRate() {
        return adam.schedule().rate(step);
    }

    /** Updates made so far. */
    public long stepCount() {
        return step;
    }

    public int dimension() {
        return m.length;
    }

    /** The settings. */
    public Adam settings() {
        return adam;
    }

    /** A snapshot of the state (copies). */
    public AdamState state() {
        return new AdamState(step, m, v);
    }

    /** Replaces the state with a snapshot of the same dimension. */
    public void restore(AdamState state) {
        Objects.requireNonNull(state, "Adam state");
        if (state.dimension() != m.length) {
            throw new IllegalArgumentException("Adam.restore: state has dimension " + state.dimension()
                    + " but this stepper has " + m.length);
        }
        System.arraycopy(state.firstMoment(), 0, m, 0, m.length);
        System.arraycopy(state.secondMoment(), 0, v, 0, v.length);
        step = state.step();
    }

    /**
     * Runs n Adam updates on an objective: evaluate f and ∇f at x, report, update x. Stops early
     * (reason {@link StopReason#NON_FINITE}) when f or ∇f is not finite; x is then the point that
     * produced the non-finite value (the training loop in {@code org.sciml4j.core.train} restores
     * the last finite point instead). x is modified.
     */
    public OptimizationResult minimizeInPlace(Objective f, double[] x, int steps, IterationListener listener) {
        Checks.length("Adam.minimizeInPlace", "x", x, m.length);
        if (f.dimension() != m.length) {
            throw new IllegalArgumentException("Adam.minimizeInPlace: objective has dimension " + f.dimension()
                    + " but the stepper has " + m.length);
        }
        long t0 = System.nanoTime();
        double[] g = new double[x.length];
        LossValue loss = LossValue.of(Double.NaN);
        double gn = Double.NaN;
        for (int k = 1; k <= steps; k++) {
            loss = f.evaluateLoss(x, g);
            gn = Checks.norm2(g);
            if (!loss.isFinite() || !Checks.allFinite(g)) {
                return new OptimizationResult(StopReason.NON_FINITE, loss, gn, k - 1, k, seconds(t0),
                        "Adam: " + (loss.isFinite() ? "gradient" : "loss") + " not finite at iteration " + k);
            }
            double lr = nextLearningRate();
            double s = stepInPlace(x, g);
            listener.iteration(new IterationInfo("adam", k, loss, gn, s, lr, true, k, seconds(t0)));
        }
        return new OptimizationResult(StopReason.MAX_ITERATIONS, loss, gn, steps, steps, seconds(t0),
                "Adam: " + steps + " updates done (loss reported before the last update)");
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }
}
