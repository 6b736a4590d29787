package org.sciml4j.core.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A loss value with optional named components for logging, e.g. {@code total = pde + bc}.
 * The components are informational: they are not required to sum to the total (weights may apply).
 * Immutable; the component map keeps insertion order.
 *
 * @param total      the value the optimizer minimizes
 * @param components named parts in a fixed order (may be empty)
 */
public record LossValue(double total, Map<String, Double> components) {

    public LossValue {
        Objects.requireNonNull(components, "components (use LossValue.of(total) when there are none)");
        Map<String, Double> copy = new LinkedHashMap<>();
        components.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "component name"),
                Objects.requireNonNull(v, "value of component " + k)));
        components = Collections.unmodifiableMap(copy);
    }

    /** A loss without components. */
    public static LossValue of(double total) {
        return new LossValue(total, Map.of());
    }

    /** True when the total and every component are finite (neither NaN nor infinite). */
    public boolean isFinite() {
        if (!Double.isFinite(total)) {
            return false;
        }
        for (double v : components.values()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
