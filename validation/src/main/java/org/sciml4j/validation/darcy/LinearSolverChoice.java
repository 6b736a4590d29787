package org.sciml4j.validation.darcy;

/** Linear solver for the symmetric positive definite five-point system of {@link DarcyFlow2D}. */
public enum LinearSolverChoice {
    /**
     * EJML sparse Cholesky ({@code LinearSolverFactory_DSCC.cholesky}, natural ordering), symbolic
     * factorization reused between solves of one instance.
     */
    EJML_SPARSE_CHOLESKY,
    /**
     * Cholesky in dense band storage (bandwidth s−2, the natural ordering's exact fill), contiguous
     * inner products: the same O(s⁴) flops without sparse bookkeeping, several times faster at
     * large s.
     */
    BAND_CHOLESKY,
    /**
     * Conjugate gradients preconditioned by one symmetric multigrid V-cycle (operator-dependent
     * interpolation, Galerkin coarse operators, Gauss–Seidel smoothing, band Cholesky on the
     * coarsest level): O(s²) work and memory per iteration and an iteration count that does not
     * grow with s (about 10 for the FNO coefficient); stops at the builder's relative residual
     * tolerance. The default for s ≥ {@link DarcyFlow2D#MULTIGRID_FROM}.
     */
    MULTIGRID
}
