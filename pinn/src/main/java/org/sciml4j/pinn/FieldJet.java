package org.sciml4j.pinn;

/**
 * One output field u at one point with its input derivatives, as {@link Dual}s: u, ∂u/∂xᵢ,
 * ∂²u/∂xᵢ∂xⱼ. Trial functions (hard constraints) are already applied. Derivatives beyond the
 * problem's declared order are unavailable. Not thread-safe; valid inside one residual call.
 */
public final class FieldJet {

    private final int dim;
    private final int order;
    private final Dual value;
    private final Dual[] grad;
    private final Dual[] hess; // d×d, symmetric, shared entries

    FieldJet(int dim, int order, Dual value, Dual[] grad, Dual[] hess) {
        this.dim = dim;
        this.order = order;
        this.value = value;
        this.grad = grad;
        this.hess = hess;
    }

    /** u. */
    public Dual value() {
        return value;
    }

    /** ∂u/∂xᵢ (coordinate i; for space × time, time is the last coordinate). */
    public Dual d(int i) {
        need(1, i, i);
        return grad[i];
    }

    /** ∂²u/∂xᵢ∂xⱼ. */
    public Dual d2(int i, int j) {
        need(2, i, j);
        return hess[i * dim + j];
    }

    /** Δu = Σᵢ ∂²u/∂xᵢ² over the first {@code spatialDims} coordinates. */
    public Dual laplacian(int spatialDims) {
        Dual s = d2(0, 0);
        for (int i = 1; i < spatialDims; i++) {
            s = s.plus(d2(i, i));
        }
        return s;
    }

    /** Δu over all coordinates. */
    public Dual laplacian() {
        return laplacian(dim);
    }

    private void need(int k, int i, int j) {
        if (k > order) {
            throw new IllegalArgumentException("FieldJet: derivative of order " + k
                    + " requested but the problem carries order " + order
                    + "; declare the PDE with order " + k + " (Pde.scalar(" + k + ", ...))");
        }
        if (i < 0 || i >= dim || j < 0 || j >= dim) {
            throw new IllegalArgumentException("FieldJet: coordinate index (" + i + ", " + j + ") out of range for dimension "
                    + dim);
        }
    }
}
