package org.sciml4j.core.optim;

/**
 * Factories for the usual {@link LearningRateSchedule}s. Each validates its arguments; t is the
 * number of updates already made.
 */
public final class Schedules {

    private Schedules() {
    }

    /** η(t) = η₀. */
    public static LearningRateSchedule constant(double rate) {
        return new Constant(rate);
    }

    /** η(t) = η₀ · γ^(t / T), a smooth exponential decay by γ every T updates (γ ∈ (0, 1]). */
    public static LearningRateSchedule exponentialDecay(double initialRate, double decayFactor, long decaySteps) {
        return new ExponentialDecay(initialRate, decayFactor, decaySteps);
    }

    /** η(t) = η₀ · γ^⌊t / T⌋, a staircase decay by γ every T updates (γ ∈ (0, 1]). */
    public static LearningRateSchedule stepDecay(double initialRate, double decayFactor, long stepSize) {
        return new StepDecay(initialRate, decayFactor, stepSize);
    }

    /**
     * Cosine annealing from η_max to η_min over T updates:
     * η(t) = η_min + ½ (η_max − η_min)(1 + cos(π t / T)) for t ≤ T, and η_min after.
     */
    public static LearningRateSchedule cosineAnnealing(double maxRate, double minRate, long periodSteps) {
        return new CosineAnnealing(maxRate, minRate, periodSteps);
    }

    /**
     * Linear warm-up over W updates, then {@code after} (shifted by W):
     * η(t) = η_a(0) · (t + 1) / W for t &lt; W, and η_a(t − W) for t ≥ W.
     */
    public static LearningRateSchedule linearWarmup(long warmupSteps, LearningRateSchedule after) {
        return new LinearWarmup(warmupSteps, after);
    }

    static void checkStep(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("learning rate schedule: step must be >= 0, got " + step);
        }
    }

    static double checkRate(String what, double rate) {
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("learning rate schedule: " + what + " must be positive and finite, got "
                    + rate + " (e.g. 1e-3)");
        }
        return rate;
    }

    static double checkFactor(double factor) {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("learning rate schedule: decay factor must be in (0, 1], got " + factor);
        }
        return factor;
    }

    static long checkSteps(String what, long steps) {
        if (steps <= 0) {
            throw new IllegalArgumentException("learning rate schedule: " + what + " must be positive, got " + steps);
        }
        return steps;
    }

    /** η(t) = η₀. */
    public record Constant(double rate) implements LearningRateSchedule {
        public Constant {
            checkRate("rate", rate);
        }

        @Override
        public double rate(long step) {
            checkStep(step);
            return rate;
        }
    }

    /** η₀ γ^(t/T). */
    public record ExponentialDecay(double initialRate, double decayFactor, long decaySteps)
            implements LearningRateSchedule {
        public ExponentialDecay {
            checkRate("initial rate", initialRate);
            checkFactor(decayFactor);
            checkSteps("decay steps", decaySteps);
        }

        @Override
        public double rate(long step) {
            checkStep(step);
            return initialRate * Math.pow(decayFactor, (double) step / decaySteps);
        }
    }

    /** η₀ γ^⌊t/T⌋. */
    public record StepDecay(double initialRate, double decayFactor, long stepSize) implements LearningRateSchedule {
        public StepDecay {
            checkRate("initial rate", initialRate);
            checkFactor(decayFactor);
            checkSteps("step size", stepSize);
        }

        @Override
        public double rate(long step) {
            checkStep(step);
            return initialRate * Math.pow(decayFactor, (double) (step / stepSize));
        }
    }

    /** Cosine annealing from η_max to η_min over T updates. */
    public record CosineAnnealing(double maxRate, double minRate, long periodSteps) implements LearningRateSchedule {
        public CosineAnnealing {
            checkRate("max rate", maxRate);
            checkRate("min rate", minRate);
            if (minRate > maxRate) {
                throw new IllegalArgumentException("learning rate schedule: cosine min rate " + minRate
                        + " exceeds max rate " + maxRate);
            }
            checkSteps("period", periodSteps);
        }

        @Override
        public double rate(long step) {
            checkStep(step);
            if (step >= periodSteps) {
                return minRate;
            }
            return minRate + 0.5 * (maxRate - minRate) * (1 + Math.cos(Math.PI * step / periodSteps));
        }
    }

    /** Linear warm-up, then another schedule. */
    public record LinearWarmup(long warmupSteps, LearningRateSchedule after) implements LearningRateSchedule {
        public LinearWarmup {
            checkSteps("warm-up steps", warmupSteps);
            java.util.Objects.requireNonNull(after, "schedule after warm-up");
        }

        @Override
        public double rate(long step) {
            checkStep(step);
            if (step < warmupSteps) {
                return after.rate(0) * (step + 1) / warmupSteps;
            }
            return after.rate(step - warmupSteps);
        }
    }
}
