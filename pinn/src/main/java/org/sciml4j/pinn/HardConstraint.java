package org.sciml4j.pinn;

import java.util.Objects;

/**
 * A trial function that satisfies a Dirichlet condition exactly: u(x) = g(x) + D(x)·N(x), N the
 * network output, D a function vanishing on the constrained boundary (a distance-like factor)
 * and g a lift carrying the boundary values (0 when absent). D and g are written as
 * {@link SpaceJet} functions so that their derivatives are exact. Immutable.
 */
public final class HardConstraint {

    private final SpaceJet.Function factor;
    private final SpaceJet.Function lift;

    private HardConstraint(SpaceJet.Function factor, SpaceJet.Function lift) {
        this.factor = Objects.requireNonNull(factor, "vanishing factor D");
        this.lift = lift;
    }

    /** u = D(x) N(x). */
    public static HardConstraint of(SpaceJet.Function factor) {
        return new HardConstraint(factor, null);
    }

    /** u = g(x) + D(x) N(x). */
    public static HardConstraint of(SpaceJet.Function factor, SpaceJet.Function lift) {
        return new HardConstraint(factor, Objects.requireNonNull(lift, "lift g"));
    }

    /** u = Πᵢ (xᵢ − loᵢ)(hiᵢ − xᵢ) · N(x): zero on every face of the box [lo, hi]. */
    public static HardConstraint zeroOnBox(double[] lo, double[] hi) {
        if (lo.length != hi.length) {
            throw new IllegalArgumentException("HardConstraint.zeroOnBox: corners of lengths " + lo.length + " and "
                    + hi.length);
        }
        double[] l = lo.clone();
        double[] h = hi.clone();
        return of(x -> {
            if (x.length != l.length) {
                throw new IllegalArgumentException("HardConstraint.zeroOnBox: box of dimension " + l.length
                        + " used on points of dimension " + x.length);
            }
            SpaceJet d = x[0].minus(l[0]).times(x[0].rminus(h[0]));
            for (int i = 1; i < l.length; i++) {
                d = d.times(x[i].minus(l[i]).times(x[i].rminus(h[i])));
            }
            return d;
        });
    }

    /** u = (R² − |x − c|²) · N(x): zero on the circle of radius R about c (a smooth distance-like factor). */
    public static HardConstraint zeroOnCircle(double cx, double cy, double radius) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("HardConstraint.zeroOnCircle: radius must be positive, got " + radius);
        }
        return of(x -> x[0].minus(cx).square().plus(x[1].minus(cy).square()).rminus(radius * radius));
    }

    SpaceJet factor(SpaceJet[] x) {
        return factor.apply(x);
    }

    SpaceJet lift(SpaceJet[] x) {
        return lift == null ? null : lift.apply(x);
    }
}
