package org.sciml4j.pinn;

import java.util.Objects;

/**
 * A PDE as residuals 𝒩[u](x; θ) = 0 at interior collocation points, with the highest input
 * derivative it reads ({@code order}: 0, 1 or 2) and the number of residual components per point.
 * Example, −u″ = π² sin πx: {@code Pde.scalar(2, (x, u, p) -> u.d2(0, 0).neg().minus(PI * PI * sin(PI * x[0])))}.
 * Immutable.
 */
public final class Pde {

    private final int order;
    private final int count;
    private final PointResidual fn;

    private Pde(int order, int count, PointResidual fn) {
        if (order < 0 || order > 2) {
            throw new IllegalArgumentException("Pde: derivative order must be 0, 1 or 2, got " + order);
        }
        if (count <= 0) {
            throw new IllegalArgumentException("Pde: residual count must be positive, got " + count);
        }
        this.order = order;
        this.count = count;
        this.fn = Objects.requireNonNull(fn, "residual function");
    }

    /** A scalar PDE: one residual per point. */
    public static Pde scalar(int order, PointResidual.Scalar residual) {
        Objects.requireNonNull(residual, "residual");
        return new Pde(order, 1, (x, u, p) -> new Dual[] {residual.residual(x, u, p)});
    }

    /** A system: {@code count} residuals per point. */
    public static Pde system(int order, int count, PointResidual residual) {
        return new Pde(order, count, residual);
    }

    /** A complex-valued equation: real and imaginary parts become two residuals. */
    public static Pde complex(int order, PointResidual.Complex residual) {
        Objects.requireNonNull(residual, "residual");
        return new Pde(order, 2, (x, u, p) -> residual.residual(x, u, p).parts());
    }

    public int order() {
        return order;
    }

    public int count() {
        return count;
    }

    PointResidual function() {
        return fn;
    }
}
