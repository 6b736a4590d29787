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
 * mimic the FNO MATLAB generator). It is solved by a direct Cholesky factorization
 * in natural ordering ({@link LinearSolverChoice}): by default in dense band storage, optionally by
 * EJML's sparse Cholesky (symbolic factorization computed at the first solve and reused).
 *
 * <p>Fields are row-major node arrays, {@code a[i*s + j] = a(x_i, y_j)}. Cost per solve: assembly
 * O(s²), factorization O(s⁴) flops and O(s³) memory (bandwidth s−2). Measured with the band solver
 * (EJML sparse in brackets) on the 2-core development machine under load: s = 85 0.12 s (0.42 s),
 * s = 141 0.7 s (1.4 s), s = 241 3.4 s (7.5 s), s = 421 27 s. Not thread-safe (the EJML solver and
 * its structure are reused);
 * use one instance per thread.
 */
public final class DarcyFlow2D {

    private final int s;
    private final double[] source; // at interior nodes, (s−2)²
    private final LinearSolverChoice choice;
    private final FaceAverage average;
    private final LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> solver;
    private boolean structureLocked;

    private DarcyFlow2D(int s, DoubleBinaryOperator f, LinearSolverChoice choice, FaceAverage average) {
        this.s = s;
        this.choice = choice;
        this.average = average;
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
     * Builder; defaults: f = 1, {@link FaceAverage#HARMONIC}, {@link LinearSolverChoice#BAND_CHOLESKY}.
     */
    public static final class Builder {
        private final int points;
        private DoubleBinaryOperator source = (x, y) -> 1;
        private FaceAverage average = FaceAverage.HARMONIC;
        private LinearSolverChoice choice = LinearSolverChoice.BAND_CHOLESKY;

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

        public Builder withSolver(LinearSolverChoice choice) {
            this.choice = choice;
            return this;
        }

        public DarcyFlow2D build() {
            if (points < 4) {
                throw new IllegalArgumentException("DarcyFlow2D: grid too coarse: need s >= 4 nodes per direction (walls "
                        + "included), got " + points);
            }
            if (points > 2049) {
                throw new IllegalArgumentException("DarcyFlow2D: s = " + points
                        + " exceeds 2049 (direct Cholesky would need O(s^3) memory)");
            }
            if (source == null || average == null || choice == null) {
                throw new IllegalArgumentException("DarcyFlow2D: source, face average and solver must not be null");
            }
            return new DarcyFlow2D(points, source, choice, average);
        }
    }

    /**
     * Solves for the pressure u.
     *
     * @param a permeability at the s² nodes, each positive and finite; not modified
     * @return u at the s² nodes (0 on the walls)
     */
    public double[] solve(double[] a) {
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
        int k = s - 2;
        double h2 = 1.0 / ((double) (s - 1) * (s - 1));
        if (choice == LinearSolverChoice.BAND_CHOLESKY) {
            return solveBand(a, k, h2);
        }
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(k * k, k * k, 5 * k * k);
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= k; j++) {
                int row = (i - 1) * k + (j - 1);
                int p = i * s + j;
                double ae = average.of(a[p], a[p + s]);
                double aw = average.of(a[p], a[p - s]);
                double an = average.of(a[p], a[p + 1]);
                double as = average.of(a[p], a[p - 1]);
                t.addItem(row, row, ae + aw + an + as);
                if (i < k) {
                    t.addItem(row, row + k, -ae);
                }
                if (i > 1) {
                    t.addItem(row, row - k, -aw);
                }
                if (j < k) {
                    t.addItem(row, row + 1, -an);
                }
                if (j > 1) {
                    t.addItem(row, row - 1, -as);
                }
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
        DMatrixRMaj b = new DMatrixRMaj(k * k, 1);
        for (int q = 0; q < k * k; q++) {
            b.data[q] = source[q] * h2;
        }
        DMatrixRMaj x = new DMatrixRMaj(k * k, 1);
        solver.solve(b, x);
        double[] u = new double[n];
        for (int i = 1; i <= k; i++) {
            System.arraycopy(x.data, (i - 1) * k, u, i * s + 1, k);
        }
        return u;
    }

    private double[] solveBand(double[] a, int k, double h2) {
        int nUnknowns = k * k;
        int w = k + 1;
        double[] band = new double[nUnknowns * w];
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= k; j++) {
                int row = (i - 1) * k + (j - 1);
                int p = i * s + j;
                double ae = average.of(a[p], a[p + s]);
                double aw = average.of(a[p], a[p - s]);
                double an = average.of(a[p], a[p + 1]);
                double as = average.of(a[p], a[p - 1]);
                int base = row * w - row + k; // (row, col) at base + col
                band[base + row] = ae + aw + an + as;
                if (i > 1) {
                    band[base + row - k] = -aw;
                }
                if (j > 1) {
                    band[base + row - 1] = -as;
                }
            }
        }
        BandCholesky chol = new BandCholesky(nUnknowns, k, band);
        double[] x = new double[nUnknowns];
        for (int q = 0; q < nUnknowns; q++) {
            x[q] = source[q] * h2;
        }
        chol.solveInPlace(x);
        double[] u = new double[s * s];
        for (int i = 1; i <= k; i++) {
            System.arraycopy(x, (i - 1) * k, u, i * s + 1, k);
        }
        return u;
    }

    /** The face average used. */
    public FaceAverage faceAverage() {
        return average;
    }

    /** The direct solver used. */
    public LinearSolverChoice solverChoice() {
        return choice;
    }

    /** Nodes per direction s. */
    public int points() {
        return s;
    }

}
