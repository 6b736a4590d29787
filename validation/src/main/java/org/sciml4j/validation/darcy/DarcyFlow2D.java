package org.sciml4j.validation.darcy;

import java.util.function.DoubleBinaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;

/**
 * Finite-difference solver of Darcy flow on the unit square,
 *
 * <pre>  −∇·(a(x) ∇u) = f  in (0,1)²,   u = 0 on the walls,</pre>
 *
 * on the s×s node grid x_i = i/(s−1) (h = 1/(s−1), the walls included, as in the FNO data at
 * s = 421, 241, 85, …). The five-point scheme with the coefficient at the faces taken as the
 * harmonic mean of the two adjacent nodal values,
 *
 * <pre>  [a_{i+½,j}(u_{i,j} − u_{i+1,j}) + a_{i−½,j}(u_{i,j} − u_{i−1,j}) + (same in y)] / h² = f_{i,j},
 *   a_{i+½,j} = 2 a_{i,j} a_{i+1,j} / (a_{i,j} + a_{i+1,j}),</pre>
 *
 * is symmetric positive definite and second order for smooth a (harmonic averaging is the
 * flux-continuous choice for piecewise-constant a; {@link FaceAverage#ARITHMETIC} is available to
 * mimic the FNO MATLAB generator). Solvers ({@link LinearSolverChoice}): by default for
 * s ≥ {@link #MULTIGRID_FROM} (49), conjugate gradients preconditioned by one symmetric multigrid
 * V-cycle (operator-dependent interpolation, Galerkin coarse operators, Gauss–Seidel smoothing,
 * any s), stopped when ‖h²f − A u‖₂ ≤ tol·‖h²f‖₂ over the interior nodes (tol =
 * {@link #DEFAULT_TOLERANCE} unless set); below 49 and on request, a direct Cholesky factorization
 * in natural ordering, in dense band storage or by EJML's sparse Cholesky (symbolic factorization
 * computed at the first solve and reused), exact to round-off.
 *
 * <p>Fields are row-major node arrays, {@code a[i*s + j] = a(x_i, y_j)}. Cost per solve: multigrid
 * O(s²) flops and memory, with an iteration count that does not grow with s (10 on the FNO
 * coefficient a ∈ {12, 3} at every s below, 11–17 for a thresholded a ∈ {1000, 1}); direct
 * Cholesky O(s⁴) flops and O(s³) memory (bandwidth s−2). Measured 2026-11-22 on the 2-core
 * development machine under load (load average 1–3), FNO coefficient, f = 1, warm JIT, seconds
 * per solve: multigrid s = 85 0.0057 (10 iterations), s = 141 0.016 (10), s = 241 0.042 (10),
 * s = 421 0.13 (10; of which about 0.06 building the levels and 0.06 the ten V-cycles); band
 * Cholesky s = 85 0.024, s = 141 0.17, s = 241 1.4, s = 421 14 (110 times the multigrid time);
 * EJML sparse Cholesky 2–4 times the band time (earlier measurement). The two agree to 6e-12
 * relative at s = 421 (the thresholded a ∈ {1000, 1} at s = 129, 257 in 17 and 14 iterations).
 * Not thread-safe (the EJML solver and its structure are reused); use one instance per thread.
 */
public final class DarcyFlow2D {

    /** Default relative residual tolerance of {@link LinearSolverChoice#MULTIGRID}. */
    public static final double DEFAULT_TOLERANCE = 1e-10;
    /** Default cap on the conjugate-gradient iterations of {@link LinearSolverChoice#MULTIGRID}. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    /**
     * Smallest s for which the default solver is {@link LinearSolverChoice#MULTIGRID}; below it
     * {@link LinearSolverChoice#BAND_CHOLESKY} is as fast (measured crossover s ≈ 45) and exact to
     * round-off.
     */
    public static final int MULTIGRID_FROM = 49;
    /** Gauss–Seidel sweeps before and after each coarse correction. */
    private static final int SMOOTHING_SWEEPS = 1;

    private final int s;
    private final double[] source; // at interior nodes, (s−2)²
    private final LinearSolverChoice choice;
    private final FaceAverage average;
    private final double tolerance;
    private final int maxIterations;
    private final LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> solver;
    private boolean structureLocked;

    private DarcyFlow2D(Builder b, LinearSolverChoice choice) {
        this.s = b.points;
        this.choice = choice;
        this.average = b.average;
        this.tolerance = b.tolerance;
        this.maxIterations = b.maxIterations;
        DoubleBinaryOperator f = b.source;
        int k = s - 2;
        source = new double[k * k];
        for (int i = 1; i < s - 1; i++) {
            for (int j = 1; j < s - 1; j++) {
                double x = (double) i / (s - 1);
                double y = (double) j / (s - 1);
                double v = f.applyAsDouble(x, y);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("DarcyFlow2D: source f is not finite at (" + x + ", " + y + "): " + v);
                }
                source[(i - 1) * k + (j - 1)] = v;
            }
        }
        solver = choice == LinearSolverChoice.EJML_SPARSE_CHOLESKY ? LinearSolverFactory_DSCC.cholesky(FillReducing.NONE) : null;
    }

    /** A solver on s×s nodes with source f = 1 (the FNO benchmark) and the defaults of {@link Builder}. */
    public static DarcyFlow2D of(int points) {
        return builder(points).build();
    }

    /** A solver on s×s nodes with source f and the defaults of {@link Builder}. */
    public static DarcyFlow2D of(int points, DoubleBinaryOperator source) {
        return builder(points).withSource(source).build();
    }

    /**
     * Starts a builder.
     *
     * @param points s ≥ 4 nodes per direction (at least two interior nodes each way)
     */
    public static Builder builder(int points) {
        return new Builder(points);
    }

    /**
     * Builder; defaults: f = 1, {@link FaceAverage#HARMONIC}, {@link LinearSolverChoice#MULTIGRID} for
     * s ≥ {@link #MULTIGRID_FROM} and {@link LinearSolverChoice#BAND_CHOLESKY} below, relative residual
     * tolerance {@link #DEFAULT_TOLERANCE}, at most {@link #DEFAULT_MAX_ITERATIONS} iterations.
     */
    public static final class Builder {
        private final int points;
        private DoubleBinaryOperator source = (x, y) -> 1;
        private FaceAverage average = FaceAverage.HARMONIC;
        private LinearSolverChoice choice;
        private double tolerance = DEFAULT_TOLERANCE;
        private int maxIterations = DEFAULT_MAX_ITERATIONS;

        private Builder(int points) {
            this.points = points;
        }

        /** Source f(x, y), sampled at the interior nodes. */
        public Builder withSource(DoubleBinaryOperator source) {
            this.source = source;
            return this;
        }

        public Builder withFaceAverage(FaceAverage average) {
            this.average = average;
            return this;
        }

        /** The linear solver; null restores the size-dependent default. */
        public Builder withSolver(LinearSolverChoice choice) {
            this.choice = choice;
            return this;
        }

        /**
         * {@link LinearSolverChoice#MULTIGRID} only: stop when ‖h²f − A u‖₂ ≤ tolerance · ‖h²f‖₂ over
         * the interior nodes; in (0, 1).
         */
        public Builder withTolerance(double tolerance) {
            this.tolerance = tolerance;
            return this;
        }

        /** {@link LinearSolverChoice#MULTIGRID} only: at most this many conjugate-gradient iterations, ≥ 1. */
        public Builder withMaxIterations(int maxIterations) {
            this.maxIterations = maxIterations;
            return this;
        }

        public DarcyFlow2D build() {
            if (points < 4) {
                throw new IllegalArgumentException("DarcyFlow2D: grid too coarse: need s >= 4 nodes per direction (walls "
                        + "included), got " + points);
            }
            LinearSolverChoice resolved = choice != null ? choice
                    : points >= MULTIGRID_FROM ? LinearSolverChoice.MULTIGRID : LinearSolverChoice.BAND_CHOLESKY;
            if (resolved != LinearSolverChoice.MULTIGRID && points > 2049) {
                throw new IllegalArgumentException("DarcyFlow2D: s = " + points + " exceeds 2049 for " + resolved
                        + " (direct Cholesky would need O(s^3) memory); use LinearSolverChoice.MULTIGRID");
            }
            if (points > 8193) {
                throw new IllegalArgumentException("DarcyFlow2D: s = " + points + " exceeds 8193 (the multigrid solver "
                        + "holds about 27 s^2 doubles, 14 GB at s = 8193); use a coarser grid");
            }
            if (source == null || average == null) {
                throw new IllegalArgumentException("DarcyFlow2D: source and face average must not be null");
            }
            if (!(tolerance > 0) || !(tolerance < 1)) {
                throw new IllegalArgumentException("DarcyFlow2D: relative residual tolerance must be in (0, 1), got " + tolerance
                        + "; use e.g. withTolerance(1e-10)");
            }
            if (maxIterations < 1) {
                throw new IllegalArgumentException("DarcyFlow2D: iteration cap must be >= 1, got " + maxIterations
                        + "; use e.g. withMaxIterations(" + DEFAULT_MAX_ITERATIONS + ")");
            }
            return new DarcyFlow2D(this, resolved);
        }
    }

    /**
     * Solves for the pressure u.
     *
     * @param a permeability at the s² nodes, each positive and finite; not modified
     * @return u at the s² nodes (0 on the walls)
     * @throws IllegalStateException if {@link LinearSolverChoice#MULTIGRID} does not reach the tolerance
     *     within the iteration cap
     */
    public double[] solve(double[] a) {
        return solveWithReport(a).u();
    }

    /**
     * Solves for the pressure u and reports how: conjugate-gradient iterations (0 for the direct
     * solvers) and the relative residual ‖h²f − A u‖₂ / ‖h²f‖₂ of the returned u.
     *
     * @param a permeability at the s² nodes, each positive and finite; not modified
     */
    public Solution solveWithReport(double[] a) {
        int n = s * s;
        if (a.length != n) {
            throw new IllegalArgumentException("DarcyFlow2D.solve: coefficient has length " + a.length + ", expected s*s = " + n
                    + " for s = " + s);
        }
        for (int p = 0; p < n; p++) {
            if (!(a[p] > 0) || !Double.isFinite(a[p])) {
                throw new IllegalArgumentException("DarcyFlow2D.solve: coefficient must be positive and finite (a physical "
                        + "permeability), got " + a[p] + " at node (" + p / s + ", " + p % s + ")");
            }
        }
        NinePointOperator op = operator(a);
        double[] b = new double[n];
        op.fromCompact(source, b);
        double h2 = 1.0 / ((double) (s - 1) * (s - 1));
        for (int p = 0; p < n; p++) {
            b[p] *= h2;
        }
        if (choice == LinearSolverChoice.MULTIGRID) {
            return conjugateGradients(op, b);
        }
        double[] u = choice == LinearSolverChoice.BAND_CHOLESKY ? solveBand(op, b) : solveSparse(op, b);
        double[] r = new double[n];
        op.residual(u, b, r);
        return new Solution(u, 0, relative(norm(r), norm(b)));
    }

    /**
     * A solution and how it was reached.
     *
     * @param u pressure at the s² nodes (copied in and out)
     * @param iterations conjugate-gradient iterations, 0 for a direct solver
     * @param relativeResidual ‖h²f − A u‖₂ / ‖h²f‖₂ over the interior nodes (the recurrence's
     *     residual for {@link LinearSolverChoice#MULTIGRID}, the true one for the direct solvers)
     */
    public record Solution(double[] u, int iterations, double relativeResidual) {
        public Solution {
            u = u.clone();
        }

        @Override
        public double[] u() {
            return u.clone();
        }
    }

    /** The five-point operator on the padded s×s grid (the walls are the padding); a not modified. */
    NinePointOperator operator(double[] a) {
        int m = s - 2;
        double[][] coef = new double[9][];
        double[] zero = new double[s * s]; // the four corner couplings of the five-point stencil, shared, never written
        for (int d = 0; d < 9; d++) {
            coef[d] = d % 2 == 0 && d != NinePointOperator.CENTRE ? zero : new double[s * s];
        }
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= m; j++) {
                int p = i * s + j;
                double ae = average.of(a[p], a[p + s]);
                double aw = average.of(a[p], a[p - s]);
                double an = average.of(a[p], a[p + 1]);
                double as = average.of(a[p], a[p - 1]);
                coef[NinePointOperator.CENTRE][p] = ae + aw + an + as;
                coef[7][p] = i < m ? -ae : 0;
                coef[1][p] = i > 1 ? -aw : 0;
                coef[5][p] = j < m ? -an : 0;
                coef[3][p] = j > 1 ? -as : 0;
            }
        }
        return new NinePointOperator(m, coef, true);
    }

    private Solution conjugateGradients(NinePointOperator op, double[] b) {
        int n = b.length;
        double[] x = new double[n];
        double bNorm = norm(b);
        if (bNorm == 0) {
            return new Solution(x, 0, 0);
        }
        MultigridPreconditioner mg = new MultigridPreconditioner(op, SMOOTHING_SWEEPS);
        double[] r = b.clone();
        double[] z = new double[n];
        double[] q = new double[n];
        mg.apply(r, z);
        double[] d = z.clone();
        double rz = dot(r, z);
        double rNorm = bNorm;
        int iterations = 0;
        for (int it = 1; it <= maxIterations; it++) {
            iterations = it;
            op.apply(d, q);
            double alpha = rz / dot(d, q);
            for (int p = 0; p < n; p++) {
                x[p] += alpha * d[p];
                r[p] -= alpha * q[p];
            }
            rNorm = norm(r);
            if (rNorm <= tolerance * bNorm) {
                return new Solution(x, it, rNorm / bNorm);
            }
            if (!Double.isFinite(rNorm)) {
                break; // breakdown (not expected for a positive definite system): report it below
            }
            mg.apply(r, z);
            double rzNext = dot(r, z);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int p = 0; p < n; p++) {
                d[p] = z[p] + beta * d[p];
            }
        }
        throw new IllegalStateException("DarcyFlow2D.solve (MULTIGRID): conjugate gradients reached relative residual "
                + rNorm / bNorm + " after " + iterations + " iterations at s = " + s + ", above the tolerance " + tolerance
                + "; raise withMaxIterations, loosen withTolerance, or use withSolver(LinearSolverChoice.BAND_CHOLESKY)");
    }

    private static double relative(double num, double den) {
        return den == 0 ? num : num / den;
    }

    private static double dot(double[] x, double[] y) {
        double v = 0;
        for (int p = 0; p < x.length; p++) {
            v += x[p] * y[p];
        }
        return v;
    }

    private static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    private double[] solveSparse(NinePointOperator op, double[] b) {
        int k = s - 2;
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(k * k, k * k, 5 * k * k);
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= k; j++) {
                int row = (i - 1) * k + (j - 1);
                for (int d = 1; d < 9; d += 2) {
                    double v = op.coefficient(d, i, j);
                    if (v != 0) {
                        t.addItem(row, row + (d / 3 - 1) * k + (d % 3 - 1), v);
                    }
                }
                t.addItem(row, row, op.coefficient(NinePointOperator.CENTRE, i, j));
            }
        }
        DMatrixSparseCSC mat = DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
        if (!solver.setA(mat)) {
            throw new IllegalStateException("DarcyFlow2D: Cholesky factorization failed (s = " + s + "); the coefficient may be "
                    + "too extreme in contrast for double precision");
        }
        if (!structureLocked) {
            solver.setStructureLocked(true);
            structureLocked = true;
        }
        DMatrixRMaj rhs = new DMatrixRMaj(k * k, 1);
        op.toCompact(b, rhs.data);
        DMatrixRMaj x = new DMatrixRMaj(k * k, 1);
        solver.solve(rhs, x);
        double[] u = new double[s * s];
        op.fromCompact(x.data, u);
        return u;
    }

    private double[] solveBand(NinePointOperator op, double[] b) {
        double[] x = new double[(s - 2) * (s - 2)];
        op.toCompact(b, x);
        op.factor().solveInPlace(x);
        double[] u = new double[s * s];
        op.fromCompact(x, u);
        return u;
    }

    /** The face average used. */
    public FaceAverage faceAverage() {
        return average;
    }

    /** The linear solver used. */
    public LinearSolverChoice solverChoice() {
        return choice;
    }

    /** Nodes per direction s. */
    public int points() {
        return s;
    }

}
