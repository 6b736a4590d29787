package org.sciml4j.core.optim;

import java.util.Objects;

/**
 * The complete state of an {@link AdamStepper}: number of updates made (which is also the
 * schedule position) and the two moment vectors. Arrays are copied in and out, so a state is an
 * immutable snapshot suitable for checkpoints.
 *
 * @param step         updates already made, ≥ 0
 * @param firstMoment  m, exponential average of gradients
 * @param secondMoment v, exponential average of squared gradients (≥ 0)
 */
public record AdamState(long step, double[] firstMoment, double[] secondMoment) {
    public AdamState {
        Objects.requireNonNull(firstMoment, "first moment");
        Objects.requireNonNull(secondMoment, "second moment");
        if (step < 0) {
            throw new IllegalArgumentException("Adam state: step must be >= 0, got " + step);
        }
        if (firstMoment.length != secondMoment.length) {
            throw new IllegalArgumentException("Adam state: first moment has length " + firstMoment.length
                    + ", second moment " + secondMoment.length + "; they must match");
        }
        firstMoment = firstMoment.clone();
        secondMoment = secondMoment.clone();
    }

    /** The zero state of dimension n (no updates made). */
    public static AdamState initial(int n) {
        return new AdamState(0, new double[n], new double[n]);
    }

    /** Number of parameters. */
    public int dimension() {
        return firstMoment.length;
    }

    @Override
    public double[] firstMoment() {
        return firstMoment.clone();
    }

    @Override
    public double[] secondMoment() {
        return secondMoment.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdamState s && s.step == step && java.util.Arrays.equals(s.firstMoment, firstMoment)
                && java.util.Arrays.equals(s.secondMoment, secondMoment);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(step) * 31 + java.util.Arrays.hashCode(firstMoment);
    }

    @Override
    public String toString() {
        return "AdamState[step=" + step + ", dimension=" + firstMoment.length + "]";
    }
}
