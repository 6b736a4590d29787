package org.sciml4j.core.linalg;

/**
 * General matrix multiply on row-major {@code double[]} storage:
 * {@code C = alpha * op(A) * op(B) + beta * C}, where {@code op(X) = X} or {@code X^T},
 * {@code op(A)} is m×k, {@code op(B)} is k×n and C is m×n. Leading dimensions are row strides
 * of the stored (untransposed) arrays; offsets index the first element. Only C is modified.
 *
 * <p>Backends: {@link OpenBlasGemm} (default) and {@link JavaGemm} (pure Java). The default is
 * chosen once at class initialisation by {@link #defaultGemm()} (system property
 * {@code sciml4j.gemm=openblas|java}); every operation that multiplies also accepts an explicit
 * backend, so there is no global mutable switch. Implementations are thread safe.
 */
public interface Gemm {

    /**
     * {@code C = alpha op(A) op(B) + beta C} on row-major arrays.
     *
     * @param transA use A transposed (A stored k×m with row stride lda)
     * @param transB use B transposed (B stored n×k with row stride ldb)
     */
    void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
              double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
              double beta, double[] c, int cOff, int ldc);

    /**
     * As {@link #gemm}, with the caller's promise that {@code a} and {@code b} are never modified
     * afterwards (e.g. immutable tensor storage or a finished gradient), so a backend may reuse a
     * converted copy of them across calls. The default simply calls {@link #gemm}.
     */
    default void gemmConstInputs(boolean transA, boolean transB, int m, int n, int k, double alpha,
                                 double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                                 double beta, double[] c, int cOff, int ldc) {
        gemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    /** Short name for reports, e.g. {@code openblas(2 threads)}. */
    String name();

    /** The process default backend (see class doc). */
    static Gemm defaultGemm() {
        return Backends.DEFAULT;
    }

    /** Convenience: dense C[m,n] = op(A) op(B) with tight leading dimensions, C overwritten. */
    default void multiply(boolean transA, boolean transB, int m, int n, int k,
                          double[] a, double[] b, double[] c) {
        gemm(transA, transB, m, n, k, 1.0, a, 0, transA ? m : k, b, 0, transB ? k : n, 0.0, c, 0, n);
    }
}
