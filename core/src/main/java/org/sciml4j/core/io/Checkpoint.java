package org.sciml4j.core.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The content of a checkpoint: named parameter arrays (name, shape, float64 values), named
 * auxiliary state arrays (optimizer moments, L-BFGS history, loss history) and named scalar
 * attributes (counters, damping, phase) kept as exact text (integers in decimal, doubles by
 * {@link Double#toString}, which round-trips every finite value, ±Infinity and NaN exactly up to
 * the NaN payload). All maps keep insertion order. Immutable; arrays are copied.
 * Stored by {@link CheckpointFile}; optimizer states are encoded by {@link OptimizerStates}.
 *
 * @param parameters model parameters by name
 * @param state      auxiliary arrays by name
 * @param attributes scalars by name
 */
public record Checkpoint(Map<String, NdArray> parameters, Map<String, NdArray> state, Map<String, String> attributes) {

    public Checkpoint {
        parameters = copy(parameters, "parameters");
        state = copy(state, "state");
        Objects.requireNonNull(attributes, "attributes");
        Map<String, String> a = new LinkedHashMap<>();
        attributes.forEach((k, v) -> a.put(checkName(k, "attribute"), Objects.requireNonNull(v, "attribute " + k)));
        attributes = Collections.unmodifiableMap(a);
    }

    private static Map<String, NdArray> copy(Map<String, NdArray> in, String what) {
        Objects.requireNonNull(in, what);
        Map<String, NdArray> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(checkName(k, what), Objects.requireNonNull(v, what + " " + k)));
        return Collections.unmodifiableMap(out);
    }

    private static String checkName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("checkpoint: empty " + what + " name");
        }
        return name;
    }

    /** A builder collecting entries in order. */
    public static Builder builder() {
        return new Builder();
    }

    /** The parameter array {@code name}; the error lists the names present. */
    public NdArray parameter(String name) {
        NdArray a = parameters.get(name);
        if (a == null) {
            throw new IllegalArgumentException("checkpoint: no parameter '" + name + "'; present: " + parameters.keySet());
        }
        return a;
    }

    /** The state array {@code name}; the error lists the names present. */
    public NdArray stateArray(String name) {
        NdArray a = state.get(name);
        if (a == null) {
            throw new IllegalArgumentException("checkpoint: no state array '" + name + "'; present: " + state.keySet());
        }
        return a;
    }

    /** The attribute {@code name} as text. */
    public String attribute(String name) {
        String v = attributes.get(name);
        if (v == null) {
            throw new IllegalArgumentException("checkpoint: no attribute '" + name + "'; present: " + attributes.keySet());
        }
        return v;
    }

    /** The attribute {@code name} as a long. */
    public long attributeLong(String name) {
        String v = attribute(name);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("checkpoint: attribute '" + name + "' is '" + v + "', not an integer");
        }
    }

    /** The attribute {@code name} as a double (exact inverse of {@link Double#toString}). */
    public double attributeDouble(String name) {
        String v = attribute(name);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("checkpoint: attribute '" + name + "' is '" + v + "', not a number");
        }
    }

    /** Equal maps, arrays compared bit for bit. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && c.parameters.equals(parameters) && c.state.equals(state)
                && c.attributes.equals(attributes) && java.util.List.copyOf(c.parameters.keySet())
                .equals(java.util.List.copyOf(parameters.keySet()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, state, attributes);
    }

    @Override
    public String toString() {
        return "Checkpoint[parameters=" + parameters.keySet() + ", state=" + state.keySet() + ", attributes=" + attributes + "]";
    }

    /** Collects entries for a {@link Checkpoint}. */
    public static final class Builder {
        private final Map<String, NdArray> parameters = new LinkedHashMap<>();
        private final Map<String, NdArray> state = new LinkedHashMap<>();
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder withParameter(String name, NdArray value) {
            parameters.put(name, value);
            return this;
        }

        /** Adds all parameters in the map's order. */
        public Builder withParameters(Map<String, NdArray> values) {
            parameters.putAll(values);
            return this;
        }

        public Builder withState(String name, NdArray value) {
            state.put(name, value);
            return this;
        }

        public Builder withAttribute(String name, String value) {
            attributes.put(name, value);
            return this;
        }

        public Builder withAttribute(String name, long value) {
            attributes.put(name, Long.toString(value));
            return this;
        }

        public Builder withAttribute(String name, double value) {
            attributes.put(name, Double.toString(value));
            return this;
        }

        public Checkpoint build() {
            return new Checkpoint(parameters, state, attributes);
        }
    }
}
