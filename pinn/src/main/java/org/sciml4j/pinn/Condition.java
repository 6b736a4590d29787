package org.sciml4j.pinn;

import java.util.Objects;
import java.util.SplittableRandom;
import org.sciml4j.pinn.geometry.BoundaryPart;
import org.sciml4j.pinn.sampling.Sampler;

/**
 * A soft condition: residuals r(xᵢ, u, θ) at its own points, added to the loss as
 * w · mean over points of Σ r² (weight w, default 1). Made by {@link Conditions}. The points come
 * either from a {@link BoundaryPart} (sampled when the problem is built) or are given. Immutable.
 */
public final class Condition {

    /** Residual that may read the index of its point (for observed data). */
    @FunctionalInterface
    interface Indexed {
        Dual[] residuals(int index, double[] x, Jets u, Jets partner, Params p);
    }

    private final String name;
    private final BoundaryPart part;
    private final int requested;
    private final double[][] points;
    private final int order;
    private final int count;
    private final Indexed fn;
    private final double weight;
    private double[][] partners;

    /** A paired condition: residual i reads u at points[i] and at partners[i] (e.g. periodicity). */
    static Condition paired(String name, double[][] points, double[][] partners, int order, int count, Indexed fn) {
        if (points.length != partners.length) {
            throw new IllegalArgumentException("condition " + name + ": " + points.length + " points but "
                    + partners.length + " partner points; give one partner per point");
        }
        Condition c = new Condition(name, null, 0, points, order, count, fn, 1);
        c.partners = deepCopy(partners);
        return c;
    }

    double[][] partners() {
        return partners == null ? null : deepCopy(partners);
    }

    Condition(String name, BoundaryPart part, int requested, double[][] points, int order, int count, Indexed fn,
              double weight) {
        this.name = Objects.requireNonNull(name, "condition name");
        this.part = part;
        this.requested = requested;
        this.points = points == null ? null : deepCopy(points);
        this.order = order;
        this.count = count;
        this.fn = fn;
        if (!(weight >= 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("condition " + name + ": weight must be finite and >= 0, got " + weight);
        }
        if (part == null && (points == null || points.length == 0)) {
            throw new IllegalArgumentException("condition " + name + ": no points; give a boundary part or at least one point");
        }
        if (part != null && requested <= 0) {
            throw new IllegalArgumentException("condition " + name + ": number of points must be positive, got " + requested);
        }
        this.weight = weight;
    }

    static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** The same condition with loss weight w ≥ 0. */
    public Condition withWeight(double w) {
        Condition c = new Condition(name, part, requested, points, order, count, fn, w);
        c.partners = partners;
        return c;
    }

    /** The same condition under another name (names label loss components). */
    public Condition named(String newName) {
        Condition c = new Condition(newName, part, requested, points, order, count, fn, weight);
        c.partners = partners;
        return c;
    }

    public String name() {
        return name;
    }

    public double weight() {
        return weight;
    }

    public int order() {
        return order;
    }

    public int count() {
        return count;
    }

    Indexed function() {
        return fn;
    }

    double[][] resolvePoints(Sampler sampler, SplittableRandom rng) {
        return points != null ? deepCopy(points) : part.sample(requested, sampler, rng);
    }
}
