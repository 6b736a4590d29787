package org.sciml4j.core.optim;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The two dense kernels of Levenberg–Marquardt: the Gram matrix (AAᵀ or AᵀA, symmetric rank-k
 * update) and a Cholesky solve. Large sizes go to OpenBLAS/LAPACK through JavaCPP
 * ({@code cblas_dsyrk}, {@code LAPACKE_dpotrf/dpotrs}), small ones and the fallback (native library
 * unavailable) to EJML. Measured here (2 cores shared with other jobs, load average about 10)
 * for A of 500×5000: AAᵀ by EJML {@code multOuter} 2.0 s, by OpenBLAS dsyrk 0.43–0.58 s; five
 * Levenberg–Marquardt iterations on a 500×5000 problem 9.9 s with EJML, 3.6–4.0 s with OpenBLAS.
 * Both paths give the same matrices up to rounding (tested). Stateless and thread-safe.
 */
final class DenseKernels {

    /** Above this many multiply-adds the Gram matrix is split over two Java threads ({@link #gramSplit}). */
    private static final double SPLIT_THRESHOLD = 5e7;
    /** Below this many multiply-adds EJML is used (no native call overhead). */
    private static final double NATIVE_THRESHOLD = 2e6;
    private static final boolean NATIVE = loadNative();

    private DenseKernels() {
    }

    private static boolean loadNative() {
        if (Boolean.getBoolean("sciml.optim.noNativeBlas")) {
            return false;
        }
        try {
            Loader.load(openblas.class);
            return true;
        } catch (Throwable t) { // UnsatisfiedLinkError etc.: fall back to EJML
            return false;
        }
    }

    /** True when OpenBLAS is loaded. */
    static boolean nativeAvailable() {
        return NATIVE;
    }

    /**
     * c = a aᵀ (outer, size rows×rows) or c = aᵀ a (inner, cols×cols), full symmetric matrix.
     *
     * @param a     the matrix, not modified
     * @param outer which product
     * @param c     output, reshaped, overwritten
     * @param allowNative false forces EJML (for tests)
     */
    static void gram(DMatrixRMaj a, boolean outer, DMatrixRMaj c, boolean allowNative) {
        int m = a.numRows;
        int n = a.numCols;
        int size = outer ? m : n;
        int k = outer ? n : m;
        c.reshape(size, size);
        if (!(allowNative && NATIVE && (double) size * size * k / 2 > NATIVE_THRESHOLD)) {
            if (outer) {
                CommonOps_DDRM.multOuter(a, c);
            } else {
                CommonOps_DDRM.multInner(a, c);
            }
            return;
        }
        double[] cd = c.data;
        if ((double) size * size * k / 2 > SPLIT_THRESHOLD) {
            gramSplit(a, outer, cd, size, k);
        } else {
            java.util.Arrays.fill(cd, 0, size * size, 0.0);
            openblas.cblas_dsyrk(openblas.CblasRowMajor, openblas.CblasUpper,
                    outer ? openblas.CblasNoTrans : openblas.CblasTrans, size, k, 1.0, a.data, n, 0.0, cd, size);
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < i; j++) {
                cd[i * size + j] = cd[j * size + i];
            }
        }
    }

    /**
     * The upper triangle of the Gram matrix as two rank-k/2 updates on two Java threads, each a
     * single-threaded {@code cblas_dsyrk} on half of the summed index (rows of a for aᵀa, columns for
     * aaᵀ) of one off-heap copy of a, added in a fixed order (the same figures on any core count).
     * OpenBLAS's own threads spin after each call and then compete with the Java threads that
     * follow; measured for 1024×921 (aᵀa): 22.5 ms with one OpenBLAS thread, 13.5 ms with two.
     */
    private static void gramSplit(DMatrixRMaj a, boolean outer, double[] cd, int size, int k) {
        int n = a.numCols;
        int half = k / 2;
        double[][] parts = new double[2][];
        try (DoublePointer pa = new DoublePointer(a.data.length)) {
            pa.put(a.data, 0, a.data.length);
            java.util.stream.IntStream.range(0, 2).parallel().forEach(t -> {
                if (openblas.blas_get_num_threads() != 1) {
                    openblas.blas_set_num_threads(1);
                }
                int k0 = t == 0 ? 0 : half;
                int kk = t == 0 ? half : k - half;
                // aᵀa sums over rows (offset k0·n); aaᵀ over columns (offset k0, same row stride)
                long offset = outer ? k0 : (long) k0 * n;
                try (DoublePointer pc = new DoublePointer((long) size * size)) {
                    pc.fill(0);
                    openblas.cblas_dsyrk(openblas.CblasRowMajor, openblas.CblasUpper,
                            outer ? openblas.CblasNoTrans : openblas.CblasTrans, size, kk, 1.0,
                            new DoublePointer(pa).position(offset), n, 0.0, pc, size);
                    double[] out = new double[size * size];
                    pc.get(out);
                    parts[t] = out;
                }
            });
        }
        for (int e = 0; e < size * size; e++) {
            cd[e] = parts[0][e] + parts[1][e];
        }
    }

    /** A Cholesky factorization and solve of a symmetric positive definite matrix. */
    abstract static class Spd {
        /** Factors a copy of {@code a} (not modified); false if not numerically positive definite. */
        abstract boolean factor(DMatrixRMaj a);

        /** Solves A x = b for the last factored A; b (length n) is overwritten by x. */
        abstract void solveInPlace(double[] b);
    }

    /** A solver for n×n systems. */
    static Spd spd(int n, boolean allowNative) {
        if (allowNative && NATIVE && (double) n * n * n / 3 > NATIVE_THRESHOLD) {
            return new NativeSpd(n);
        }
        return new EjmlSpd(n);
    }

    private static final class EjmlSpd extends Spd {
        private final LinearSolverDense<DMatrixRMaj> solver;
        private final DMatrixRMaj work;
        private final DMatrixRMaj rhs;
        private final DMatrixRMaj sol;

        EjmlSpd(int n) {
            solver = LinearSolverFactory_DDRM.chol(n);
            work = new DMatrixRMaj(n, n);
            rhs = new DMatrixRMaj(n, 1);
            sol = new DMatrixRMaj(n, 1);
        }

        @Override
        boolean factor(DMatrixRMaj a) {
            work.setTo(a);
            return solver.setA(work);
        }

        @Override
        void solveInPlace(double[] b) {
            System.arraycopy(b, 0, rhs.data, 0, b.length);
            solver.solve(rhs, sol);
            System.arraycopy(sol.data, 0, b, 0, b.length);
        }
    }

    private static final class NativeSpd extends Spd {
        private final int n;
        private final double[] factor;

        NativeSpd(int n) {
            this.n = n;
            this.factor = new double[n * n];
        }

        @Override
        boolean factor(DMatrixRMaj a) {
            System.arraycopy(a.data, 0, factor, 0, n * n);
            return openblas.LAPACKE_dpotrf(openblas.LAPACK_ROW_MAJOR, (byte) 'U', n, factor, n) == 0;
        }

        @Override
        void solveInPlace(double[] b) {
            int info = openblas.LAPACKE_dpotrs(openblas.LAPACK_ROW_MAJOR, (byte) 'U', n, 1, factor, n, b, 1);
            if (info != 0) {
                throw new IllegalStateException("LAPACKE_dpotrs failed with info " + info + " for n = " + n);
            }
        }
    }
}
