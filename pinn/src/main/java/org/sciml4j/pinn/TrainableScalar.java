package org.sciml4j.pinn;

import java.util.Objects;

/**
 * A trainable scalar of a problem (an eigenvalue E, an unknown PDE coefficient), optimized jointly
 * with the network. Declare it once, register it with
 * {@link PinnProblem.Builder#withParameter}, read it in residuals with {@link Params#get}.
 * Identity is by object: two declarations are two parameters.
 *
 * @param name    label for logs and traces (non-blank)
 * @param initial starting value (finite)
 */
public record TrainableScalar(String name, double initial) {
    public TrainableScalar {
        Objects.requireNonNull(name, "parameter name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("TrainableScalar: name is blank; give it a label such as \"E\"");
        }
        if (!Double.isFinite(initial)) {
            throw new IllegalArgumentException("TrainableScalar " + name + ": initial value " + initial + " is not finite");
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
