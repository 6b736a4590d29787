package org.sciml4j.pinn;

import java.util.List;

/**
 * The trainable scalars at one residual evaluation, as {@link Dual}s. Not thread-safe; valid only
 * inside the residual call that received it.
 */
public final class Params {

    private final List<TrainableScalar> declared;
    private final Dual[] values;

    Params(List<TrainableScalar> declared, Dual[] values) {
        this.declared = declared;
        this.values = values;
    }

    /** The current value of {@code p} with its derivative slot. */
    public Dual get(TrainableScalar p) {
        for (int i = 0; i < values.length; i++) {
            if (declared.get(i) == p) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("Params.get: parameter '" + p.name()
                + "' is not registered with this problem; add it with PinnProblem.Builder.withParameter(...)");
    }

    int size() {
        return values.length;
    }
}
