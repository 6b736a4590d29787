package org.sciml4j.validation.heat;

/**
 * Implicit time discretization of the semi-discrete heat equation u′ = αΔ_h u + α b. Only backward
 * Euler obeys the discrete maximum principle for every step; Crank–Nicolson and Peaceman–Rachford
 * can overshoot slightly when α dt / h² &gt; 1 and the data are discontinuous (e.g. an initial
 * temperature different from the walls).
 */
public enum HeatScheme {
    /** Backward Euler with a sparse Cholesky factorization of I − dt αΔ_h, reused every step. First order. */
    BACKWARD_EULER(1),
    /** Crank–Nicolson with a sparse Cholesky factorization of I − (dt/2) αΔ_h, reused every step. Second order. */
    CRANK_NICOLSON(2),
    /**
     * Peaceman–Rachford alternating-direction implicit: two half steps, each implicit in one
     * direction (tridiagonal solves along grid lines), explicit in the other. Second order,
     * unconditionally stable, O(N) per step; the fastest of the three.
     */
    PEACEMAN_RACHFORD(2);

    private final int order;

    HeatScheme(int order) {
        this.order = order;
    }

    /** Design order in time. */
    public int order() {
        return order;
    }
}
