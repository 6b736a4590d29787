package org.sciml4j.core.optim;

/**
 * Short factories with the usual defaults; use the builders ({@link Adam#builder},
 * {@link Lbfgs#builder}, {@link LevenbergMarquardt#builder}) for more options.
 */
public final class Optimizers {

    private Optimizers() {
    }

    /** Adam with constant learning rate η, β = (0.9, 0.999), ε = 1e-8. */
    public static Adam adam(double learningRate) {
        return Adam.builder(learningRate).build();
    }

    /** Adam with a learning-rate schedule. */
    public static Adam adam(LearningRateSchedule schedule) {
        return Adam.builder(schedule).build();
    }

    /** AdamW: Adam with decoupled weight decay λ. */
    public static Adam adamW(double learningRate, double weightDecay) {
        return Adam.builder(learningRate).withDecoupledWeightDecay(weightDecay).build();
    }

    /** L-BFGS with history 20 and default tolerances, at most {@code maxIterations} iterations. */
    public static Lbfgs lbfgs(long maxIterations) {
        return Lbfgs.builder(maxIterations).build();
    }

    /** Levenberg–Marquardt with default tolerances and automatic primal/dual choice. */
    public static LevenbergMarquardt levenbergMarquardt(long maxIterations) {
        return LevenbergMarquardt.builder(maxIterations).build();
    }
}
