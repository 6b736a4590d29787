package org.sciml4j.validation.darcy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One symmetric multigrid V-cycle z = B r for a {@link NinePointOperator}: levels by geometric
 * coarsening of the interior nodes (keep the even indices, m → ⌊m/2⌋, any m), operator-dependent
 * interpolation P (bilinear for a constant coefficient, flux-weighted across jumps), restriction
 * Pᵀ and Galerkin coarse operators Pᵀ A P, ν forward Gauss–Seidel sweeps before
 * the coarse correction and ν backward sweeps after it, and a band Cholesky solve on the coarsest
 * level (at most {@link #COARSEST} interior nodes per direction). Starting from zero, with the
 * post-smoother the adjoint of the pre-smoother and an exact coarsest solve, B is symmetric, and
 * positive definite because Gauss–Seidel is A-norm convergent for symmetric positive definite A: a
 * valid preconditioner for conjugate gradients. Not thread-safe (owns work vectors).
 */
final class MultigridPreconditioner {

    /** Coarsening stops once a level has at most this many interior nodes per direction. */
    static final int COARSEST = 7;

    private final List<NinePointOperator> levels = new ArrayList<>();
    private final BandCholesky coarsest;
    private final double[][] rhs;
    private final double[][] sol;
    private final double[][] res;
    private final double[] compact;
    private final int sweeps;

    MultigridPreconditioner(NinePointOperator fine, int sweeps) {
        this.sweeps = sweeps;
        NinePointOperator op = fine;
        levels.add(op);
        while (op.size() > COARSEST) {
            op = op.galerkinCoarse();
            levels.add(op);
        }
        coarsest = op.factor();
        compact = new double[op.size() * op.size()];
        int n = levels.size();
        rhs = new double[n][];
        sol = new double[n][];
        res = new double[n][];
        for (int l = 1; l < n; l++) {
            rhs[l] = new double[levels.get(l).length()];
            sol[l] = new double[levels.get(l).length()];
        }
        for (int l = 0; l < n - 1; l++) {
            res[l] = new double[levels.get(l).length()];
        }
    }

    /** Number of levels, the fine one included. */
    int depth() {
        return levels.size();
    }

    /** z = B r on the finest level; r not modified, z overwritten (border zero). */
    void apply(double[] r, double[] z) {
        Arrays.fill(z, 0);
        cycle(0, r, z);
    }

    private void cycle(int l, double[] b, double[] x) {
        NinePointOperator op = levels.get(l);
        if (l == levels.size() - 1) {
            op.toCompact(b, compact);
            coarsest.solveInPlace(compact);
            op.fromCompact(compact, x);
            return;
        }
        for (int k = 0; k < sweeps; k++) {
            op.gaussSeidel(x, b, true);
        }
        op.residual(x, b, res[l]);
        op.restrict(res[l], rhs[l + 1]);
        Arrays.fill(sol[l + 1], 0);
        cycle(l + 1, rhs[l + 1], sol[l + 1]);
        op.prolongAdd(sol[l + 1], x);
        for (int k = 0; k < sweeps; k++) {
            op.gaussSeidel(x, b, false);
        }
    }
}
