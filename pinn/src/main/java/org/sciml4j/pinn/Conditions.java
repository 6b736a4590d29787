package org.sciml4j.pinn;

import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.sciml4j.pinn.geometry.BoundaryPart;

/**
 * Factories for soft conditions. Residuals: Dirichlet r = u_k − g(x); Neumann r = n·∇u_k − h(x)
 * (n the outward normal of the part); initial r = u_k − u₀(x) on a t = t₀ slice; initial rate
 * r = ∂u_k/∂t − v₀(x) (time is the last coordinate); data r = u_k(xᵢ) − yᵢ.
 */
public final class Conditions {

    private Conditions() {
    }

    public static Condition dirichlet(BoundaryPart part, int points, ToDoubleFunction<double[]> g) {
        return dirichlet(part, points, 0, g);
    }

    public static Condition dirichlet(BoundaryPart part, int points, int field, ToDoubleFunction<double[]> g) {
        Objects.requireNonNull(part, "boundary part");
        Objects.requireNonNull(g, "boundary values");
        return new Condition("dirichlet " + part.name(), part, points, null, 0, 1,
                (i, x, u, v, p) -> new Dual[] {u.field(field).value().minus(g.applyAsDouble(x))}, 1);
    }

    public static Condition neumann(BoundaryPart part, int points, ToDoubleFunction<double[]> h) {
        return neumann(part, points, 0, h);
    }

    public static Condition neumann(BoundaryPart part, int points, int field, ToDoubleFunction<double[]> h) {
        Objects.requireNonNull(part, "boundary part");
        Objects.requireNonNull(h, "flux values");
        return new Condition("neumann " + part.name(), part, points, null, 1, 1, (i, x, u, v, p) -> {
            double[] n = part.normal(x);
            FieldJet f = u.field(field);
            Dual s = f.d(0).times(n[0]);
            for (int a = 1; a < n.length; a++) {
                s = s.plus(f.d(a).times(n[a]));
            }
            return new Dual[] {s.minus(h.applyAsDouble(x))};
        }, 1);
    }

    public static Condition initial(BoundaryPart slice, int points, ToDoubleFunction<double[]> u0) {
        return dirichlet(slice, points, 0, u0).named("initial " + slice.name());
    }

    public static Condition initialRate(BoundaryPart slice, int points, ToDoubleFunction<double[]> v0) {
        Objects.requireNonNull(slice, "initial slice");
        return new Condition("initial rate " + slice.name(), slice, points, null, 1, 1, (i, x, u, v, p) ->
                new Dual[] {u.d(x.length - 1).minus(v0.applyAsDouble(x))}, 1);
    }

    /** Observations yᵢ of field 0 at points xᵢ. */
    public static Condition data(double[][] points, double[] values) {
        return data(points, 0, values);
    }

    /** Observations yᵢ of field k at points xᵢ. */
    public static Condition data(double[][] points, int field, double[] values) {
        if (points.length != values.length) {
            throw new IllegalArgumentException("Conditions.data: " + points.length + " points but " + values.length
                    + " values; give one value per point");
        }
        double[] y = values.clone();
        return new Condition("data", null, 0, points, 0, 1,
                (i, x, u, v, p) -> new Dual[] {u.field(field).value().minus(y[i])}, 1);
    }

    /**
     * Periodicity of field k along {@code axis} of a box or interval [lo, hi]: at n points x on the
     * face x_axis = lo with partners y (x_axis = hi), r = u(x) − u(y) and, when {@code order} is 1,
     * also ∂u/∂x_axis(x) − ∂u/∂x_axis(y).
     *
     * @param lower lower corner of the box, upper its upper corner
     * @param order 0 (values) or 1 (values and normal derivatives)
     */
    public static Condition periodic(double[] lower, double[] upper, int axis, int points, int field, int order,
                                     org.sciml4j.pinn.sampling.Sampler sampler, java.util.SplittableRandom rng) {
        int d = lower.length;
        if (axis < 0 || axis >= d || upper.length != d) {
            throw new IllegalArgumentException("Conditions.periodic: axis " + axis + " of a box of dimension " + d);
        }
        if (order < 0 || order > 1) {
            throw new IllegalArgumentException("Conditions.periodic: order must be 0 or 1, got " + order);
        }
        double[][] a;
        if (d == 1) {
            a = new double[][] {{lower[0]}};
        } else {
            double[][] uc = sampler.unitCube(points, d - 1, rng);
            a = new double[uc.length][d];
            for (int i = 0; i < uc.length; i++) {
                int k = 0;
                for (int c = 0; c < d; c++) {
                    a[i][c] = c == axis ? lower[c] : lower[c] + (upper[c] - lower[c]) * uc[i][k++];
                }
            }
        }
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i].clone();
            b[i][axis] = upper[axis];
        }
        return Condition.paired("periodic x" + axis, a, b, order, order + 1, (i, x, u, v, p) -> {
            FieldJet f = u.field(field);
            FieldJet g = v.field(field);
            return order == 0 ? new Dual[] {f.value().minus(g.value())}
                    : new Dual[] {f.value().minus(g.value()), f.d(axis).minus(g.d(axis))};
        });
    }

    /** A general condition: {@code count} residuals per point, reading derivatives up to {@code order}. */
    public static Condition custom(String name, BoundaryPart part, int points, int order, int count,
                                   PointResidual residual) {
        return new Condition(name, part, points, null, order, count, (i, x, u, v, p) -> residual.residuals(x, u, p), 1);
    }

    /** A general condition on given points. */
    public static Condition custom(String name, double[][] points, int order, int count, PointResidual residual) {
        return new Condition(name, null, 0, points, order, count, (i, x, u, v, p) -> residual.residuals(x, u, p), 1);
    }
}
