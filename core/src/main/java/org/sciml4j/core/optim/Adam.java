package org.sciml4j.core.optim;

import java.util.Objects;

/**
 * Adam (Kingma &amp; Ba 2015) with bias correction and optional decoupled weight decay (AdamW,
 * Loshchilov &amp; Hutter 2019). With g the gradient at update t = 1, 2, …:
 * <pre>
 *   m ← β₁ m + (1 − β₁) g,      v ← β₂ v + (1 − β₂) g²
 *   m̂ = m / (1 − β₁ᵗ),          v̂ = v / (1 − β₂ᵗ)
 *   x ← x − η λ x               (AdamW only; λ = weight decay)
 *   x ← x − η m̂ / (√v̂ + ε)
 * </pre>
 * with η = schedule.rate(t − 1). This class holds the immutable settings and is thread-safe; the
 * moving parts live in an {@link AdamStepper} made by {@link #start(int)}. Build with
 * {@code Adam.builder(1e-3).withBetas(0.9, 0.999).build()} or {@link Optimizers#adam(double)}.
 */
public final class Adam {

    private final LearningRateSchedule schedule;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;

    private Adam(Builder b) {
        this.schedule = b.schedule;
        this.beta1 = b.beta1;
        this.beta2 = b.beta2;
        this.epsilon = b.epsilon;
        this.weightDecay = b.weightDecay;
    }

    /** A builder with a constant learning rate η (positive, finite). */
    public static Builder builder(double learningRate) {
        return new Builder(Schedules.constant(learningRate));
    }

    /** A builder with a learning-rate schedule. */
    public static Builder builder(LearningRateSchedule schedule) {
        return new Builder(Objects.requireNonNull(schedule, "learning rate schedule"));
    }

    /** A new stepper for n parameters with zero moments. */
    public AdamStepper start(int dimension) {
        Checks.positive("Adam.start", "dimension", dimension);
        return new AdamStepper(this, AdamState.initial(dimension));
    }

    /** A stepper continuing from a saved state (checkpoint). */
    public AdamStepper resume(AdamState state) {
        return new AdamStepper(this, Objects.requireNonNull(state, "Adam state"));
    }

    public LearningRateSchedule schedule() {
        return schedule;
    }

    public double beta1() {
        return beta1;
    }

    public double beta2() {
        return beta2;
    }

    public double epsilon() {
        return epsilon;
    }

    /** Decoupled weight decay λ (0 for plain Adam). */
    public double weightDecay() {
        return weightDecay;
    }

    @Override
    public String toString() {
        return (weightDecay > 0 ? "AdamW" : "Adam") + "[schedule=" + schedule + ", beta1=" + beta1 + ", beta2=" + beta2
                + ", epsilon=" + epsilon + (weightDecay > 0 ? ", weightDecay=" + weightDecay : "") + "]";
    }

    /** Options for {@link Adam}; defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8, no weight decay. */
    public static final class Builder {
        private final LearningRateSchedule schedule;
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double epsilon = 1e-8;
        private double weightDecay = 0;

        private Builder(LearningRateSchedule schedule) {
            this.schedule = schedule;
        }

        /** Moment decay rates, each in [0, 1). */
        public Builder withBetas(double beta1, double beta2) {
            this.beta1 = beta1;
            this.beta2 = beta2;
            return this;
        }

        /** ε added to √v̂ (positive). */
        public Builder withEpsilon(double epsilon) {
            this.epsilon = epsilon;
            return this;
        }

        /** Decoupled (AdamW) weight decay λ ≥ 0: x ← x − η λ x before the Adam update. */
        public Builder withDecoupledWeightDecay(double weightDecay) {
            this.weightDecay = weightDecay;
            return this;
        }

        /** Validates and builds. */
        public Adam build() {
            if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
                throw new IllegalArgumentException("Adam: betas must lie in [0, 1), got beta1=" + beta1 + ", beta2=" + beta2
                        + " (usual: 0.9, 0.999)");
            }
            Checks.positive("Adam", "epsilon", epsilon);
            Checks.nonNegative("Adam", "weight decay", weightDecay);
            return new Adam(this);
        }
    }
}
