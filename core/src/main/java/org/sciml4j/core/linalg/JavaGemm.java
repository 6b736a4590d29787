package org.sciml4j.core.linalg;

/**
 * Pure-Java GEMM: cache-blocked loops whose innermost loop runs over contiguous memory so the
 * JIT can vectorise it. Reaches a few GFLOP/s; the reference the OpenBLAS backend is tested
 * against and the fallback where native code is unavailable. Stateless and thread safe.
 */
public final class JavaGemm implements Gemm {
    private static final int BLOCK_K = 128;
    private static final int BLOCK_I = 64;

    /** Creates the pure-Java backend. */
    public JavaGemm() {
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha,
                     double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
                     double beta, double[] c, int cOff, int ldc) {
        if (k == 1 && beta == 0.0 && !transB) {
            // outer product written in one pass (no zero fill first)
            for (int i = 0; i < m; i++) {
                double av = alpha * a[aOff + (transA ? i : i * lda)];
                int ci = cOff + i * ldc;
                for (int j = 0; j < n; j++) {
                    c[ci + j] = av * b[bOff + j];
                }
            }
            return;
        }
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            if (beta == 0.0) {
                java.util.Arrays.fill(c, ci, ci + n, 0.0);
            } else if (beta != 1.0) {
                for (int j = 0; j < n; j++) {
                    c[ci + j] *= beta;
                }
            }
        }
        if (alpha == 0.0 || k == 0) {
            return;
        }
        if (transB && (long) n * k <= (1 << 16)) {
            // small B: transpose it once and use the contiguous NN loops below
            double[] bt = new double[k * n];
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < k; p++) {
                    bt[p * n + j] = b[bOff + j * ldb + p];
                }
            }
            gemm(transA, false, m, n, k, alpha, a, aOff, lda, bt, 0, n, 1.0, c, cOff, ldc);
            return;
        }
        if (!transA && !transB && n == 1) {
            // matrix-vector product: contiguous dot products
            double[] bv = new double[k];
            for (int p = 0; p < k; p++) {
                bv[p] = b[bOff + p * ldb];
            }
            int k4 = k & ~3;
            for (int i = 0; i < m; i++) {
                int ai = aOff + i * lda;
                double s0 = 0.0;
                double s1 = 0.0;
                double s2 = 0.0;
                double s3 = 0.0;
                for (int p = 0; p < k4; p += 4) { // four accumulators hide the add latency
                    s0 += a[ai + p] * bv[p];
                    s1 += a[ai + p + 1] * bv[p + 1];
                    s2 += a[ai + p + 2] * bv[p + 2];
                    s3 += a[ai + p + 3] * bv[p + 3];
                }
                for (int p = k4; p < k; p++) {
                    s0 += a[ai + p] * bv[p];
                }
                c[cOff + i * ldc] += alpha * ((s0 + s1) + (s2 + s3));
            }
            return;
        }
        if (transA && !transB && n <= 4) {
            // thin A^T B (e.g. a weight gradient of a 1-wide layer): stream rows p of A and B once
            for (int p = 0; p < k; p++) {
                int ap = aOff + p * lda;
                int bp = bOff + p * ldb;
                for (int j = 0; j < n; j++) {
                    double bv = alpha * b[bp + j];
                    if (bv == 0.0) {
                        continue;
                    }
                    for (int i = 0; i < m; i++) {
                        c[cOff + i * ldc + j] += a[ap + i] * bv;
                    }
                }
            }
            return;
        }
        if (!transB) {
            // C[i,:] += alpha * a(i,p) * B[p,:]  (row of B contiguous)
            for (int i0 = 0; i0 < m; i0 += BLOCK_I) {
                int i1 = Math.min(m, i0 + BLOCK_I);
                for (int p0 = 0; p0 < k; p0 += BLOCK_K) {
                    int p1 = Math.min(k, p0 + BLOCK_K);
                    for (int i = i0; i < i1; i++) {
                        int ci = cOff + i * ldc;
                        for (int p = p0; p < p1; p++) {
                            double av = alpha * (transA ? a[aOff + p * lda + i] : a[aOff + i * lda + p]);
                            if (av == 0.0) {
                                continue;
                            }
                            int bp = bOff + p * ldb;
                            for (int j = 0; j < n; j++) {
                                c[ci + j] += av * b[bp + j];
                            }
                        }
                    }
                }
            }
        } else {
            // C[i,j] += alpha * sum_p a(i,p) B[j,p]  (row j of stored B contiguous in p)
            double[] arow = transA ? new double[k] : null;
            for (int i = 0; i < m; i++) {
                int ci = cOff + i * ldc;
                double[] ar;
                int ao;
                if (transA) {
                    for (int p = 0; p < k; p++) {
                        arow[p] = a[aOff + p * lda + i];
                    }
                    ar = arow;
                    ao = 0;
                } else {
                    ar = a;
                    ao = aOff + i * lda;
                }
                for (int j = 0; j < n; j++) {
                    int bj = bOff + j * ldb;
                    double s = 0.0;
                    for (int p = 0; p < k; p++) {
                        s += ar[ao + p] * b[bj + p];
                    }
                    c[ci + j] += alpha * s;
                }
            }
        }
    }
}
