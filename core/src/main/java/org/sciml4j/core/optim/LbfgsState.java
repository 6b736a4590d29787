package org.sciml4j.core.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The resumable state of an {@link LbfgsRun} between iterations: counters and the curvature pairs
 * sᵢ = xᵢ₊₁ − xᵢ, yᵢ = ∇fᵢ₊₁ − ∇fᵢ (oldest first). The current point, f and ∇f are not part of
 * it: they are recomputed from x on resume (f must be deterministic). Arrays are copied in and out.
 *
 * @param iteration   iterations done so far
 * @param evaluations objective evaluations done so far
 * @param s           steps, oldest first, each of length n
 * @param y           gradient changes, same count and lengths as {@code s}
 */
public record LbfgsState(long iteration, long evaluations, List<double[]> s, List<double[]> y) {
    public LbfgsState {
        if (iteration < 0 || evaluations < 0) {
            throw new IllegalArgumentException("L-BFGS state: counters must be >= 0, got iteration=" + iteration
                    + ", evaluations=" + evaluations);
        }
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(y, "y");
        if (s.size() != y.size()) {
            throw new IllegalArgumentException("L-BFGS state: " + s.size() + " s vectors but " + y.size() + " y vectors");
        }
        s = deepCopy(s);
        y = deepCopy(y);
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).length != s.get(0).length || y.get(i).length != s.get(0).length) {
                throw new IllegalArgumentException("L-BFGS state: history pair " + i + " has lengths " + s.get(i).length
                        + "/" + y.get(i).length + ", expected " + s.get(0).length);
            }
        }
    }

    /** A fresh state: no iterations, no history. */
    public static LbfgsState initial() {
        return new LbfgsState(0, 0, List.of(), List.of());
    }

    @Override
    public List<double[]> s() {
        return deepCopy(s);
    }

    @Override
    public List<double[]> y() {
        return deepCopy(y);
    }

    /** Number of stored pairs. */
    public int historySize() {
        return s.size();
    }

    private static List<double[]> deepCopy(List<double[]> in) {
        List<double[]> out = new ArrayList<>(in.size());
        for (double[] a : in) {
            out.add(Objects.requireNonNull(a, "history vector").clone());
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LbfgsState other) || other.iteration != iteration || other.evaluations != evaluations
                || other.s.size() != s.size()) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (!java.util.Arrays.equals(s.get(i), other.s.get(i)) || !java.util.Arrays.equals(y.get(i), other.y.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(iteration) * 31 + s.size();
    }

    @Override
    public String toString() {
        return "LbfgsState[iteration=" + iteration + ", evaluations=" + evaluations + ", pairs=" + s.size() + "]";
    }
}
