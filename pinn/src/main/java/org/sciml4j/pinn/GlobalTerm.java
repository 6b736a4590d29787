package org.sciml4j.pinn;

import java.util.Objects;

/**
 * A residual coupling all its points: r = G(I, θ) with I = Σᵢ qᵢ f(xᵢ, u, θ), a quadrature of an
 * integrand f (weights qᵢ), e.g. the normalisation ∫ψ² dx − 1 of an eigenfunction. Contributes
 * w · r² to the loss and one row to the least-squares residual vector. Immutable.
 */
public final class GlobalTerm {

    /** The outer function G of the integral value (a Dual with the trainable scalars). */
    @FunctionalInterface
    public interface Outer {
        Dual apply(Dual integral, Params p);
    }

    private final String name;
    private final double[][] points;
    private final double[] weights;
    private final int order;
    private final PointResidual.Scalar integrand;
    private final Outer outer;
    private final double weight;

    private GlobalTerm(String name, double[][] points, double[] weights, int order, PointResidual.Scalar integrand,
                       Outer outer, double weight) {
        this.name = Objects.requireNonNull(name, "name");
        if (points.length == 0 || points.length != weights.length) {
            throw new IllegalArgumentException("GlobalTerm " + name + ": " + points.length + " points and "
                    + weights.length + " quadrature weights; need the same positive number");
        }
        this.points = Condition.deepCopy(points);
        this.weights = weights.clone();
        this.order = order;
        this.integrand = Objects.requireNonNull(integrand, "integrand");
        this.outer = Objects.requireNonNull(outer, "outer function");
        if (!(weight >= 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("GlobalTerm " + name + ": weight must be finite and >= 0, got " + weight);
        }
        this.weight = weight;
    }

    /**
     * r = G(Σᵢ qᵢ f(xᵢ)).
     *
     * @param order highest derivative the integrand reads (0, 1 or 2)
     */
    public static GlobalTerm integral(String name, double[][] points, double[] weights, int order,
                                      PointResidual.Scalar integrand, Outer outer) {
        return new GlobalTerm(name, points, weights, order, integrand, outer, 1);
    }

    /** Normalisation of field k: r = Σᵢ qᵢ u_k(xᵢ)² − 1. */
    public static GlobalTerm normalization(double[][] points, double[] weights, int field) {
        return integral("normalization", points, weights, 0, (x, u, p) -> u.field(field).value().square(),
                (i, p) -> i.minus(1));
    }

    public GlobalTerm withWeight(double w) {
        return new GlobalTerm(name, points, weights, order, integrand, outer, w);
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

    double[][] points() {
        return points;
    }

    double[] quadratureWeights() {
        return weights;
    }

    PointResidual.Scalar integrand() {
        return integrand;
    }

    Outer outer() {
        return outer;
    }
}
