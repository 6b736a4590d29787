package org.sciml4j.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GemmTest {
    /** Relative tolerance between backends (different summation orders). */
    private static final double TOL = 1e-12;

    private static double[] rand(SplittableRandom r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble() - 0.5;
        }
        return a;
    }

    /** Naive reference C = alpha op(A) op(B) + beta C0. */
    private static double[] naive(boolean ta, boolean tb, int m, int n, int k, double alpha, double[] a, int lda,
                                  double[] b, int ldb, double beta, double[] c0, int ldc) {
        double[] c = c0.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += (ta ? a[p * lda + i] : a[i * lda + p]) * (tb ? b[j * ldb + p] : b[p * ldb + j]);
                }
                c[i * ldc + j] = alpha * s + beta * c0[i * ldc + j];
            }
        }
        return c;
    }

    @Test
    void backendsAgreeWithNaiveIncludingTransposesAndOddSizes() {
        SplittableRandom r = new SplittableRandom(1);
        Gemm[] backends = {new JavaGemm(), new OpenBlasGemm(2), new OpenBlasGemm(1)};
        int[][] sizes = {{6007, 50, 47}, {45, 52, 7001}, {400, 50, 1}, {1, 1, 1}, {3, 5, 7}, {17, 33, 9}, {64, 50, 50}, {131, 7, 65}, {50, 50, 300}, {90, 3, 70}, {2, 80, 90}, {300, 60, 1}};
        for (int[] s : sizes) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            for (int t = 0; t < 8; t++) {
                boolean ta = (t & 1) != 0;
                boolean tb = (t & 2) != 0;
                double beta = (t & 4) != 0 ? 0.0 : 0.3;
                int lda = (ta ? m : k) + 2; // padded leading dimensions
                int ldb = (tb ? k : n) + 1;
                int ldc = n + 3;
                double[] a = rand(r, (ta ? k : m) * lda);
                double[] b = rand(r, (tb ? n : k) * ldb);
                double[] c0 = rand(r, m * ldc);
                double[] want = naive(ta, tb, m, n, k, 0.7, a, lda, b, ldb, beta, c0, ldc);
                for (Gemm g : backends) {
                    double[] c = c0.clone();
                    g.gemm(ta, tb, m, n, k, 0.7, a, 0, lda, b, 0, ldb, beta, c, 0, ldc);
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            double w = want[i * ldc + j];
                            assertEquals(w, c[i * ldc + j], TOL * Math.max(1, Math.abs(w)),
                                    g.name() + " " + m + "x" + n + "x" + k + " ta=" + ta + " tb=" + tb);
                        }
                        for (int j = n; j < ldc; j++) { // padding untouched
                            assertEquals(c0[i * ldc + j], c[i * ldc + j], 0.0, g.name() + " padding");
                        }
                    }
                }
            }
        }
    }

    @Test
    void offsetsAreHonoured() {
        SplittableRandom r = new SplittableRandom(2);
        int m = 40;
        int n = 30;
        int k = 20;
        double[] a = rand(r, 5 + m * k);
        double[] b = rand(r, 7 + k * n);
        double[] cj = new double[3 + m * n];
        double[] co = new double[3 + m * n];
        new JavaGemm().gemm(false, false, m, n, k, 1, a, 5, k, b, 7, n, 0, cj, 3, n);
        new OpenBlasGemm().gemm(false, false, m, n, k, 1, a, 5, k, b, 7, n, 0, co, 3, n);
        for (int i = 0; i < cj.length; i++) {
            assertEquals(cj[i], co[i], TOL);
        }
    }

    @Test
    void constInputCacheGivesTheSameResultsAsPlainCalls() {
        SplittableRandom r = new SplittableRandom(3);
        Gemm blas = new OpenBlasGemm();
        Gemm java = new JavaGemm();
        double[][] as = new double[6][];
        for (int i = 0; i < as.length; i++) {
            as[i] = rand(r, 60 * 40);
        }
        double[] b = rand(r, 40 * 30);
        // cycle through more arrays than cache entries, with repeats, and both operand roles
        int[] order = {0, 1, 0, 2, 3, 4, 5, 0, 1, 1, 5};
        for (int t = 0; t < order.length; t++) {
            double[] a = as[order[t]];
            double[] want = new double[60 * 30];
            double[] got = new double[60 * 30];
            java.gemm(false, false, 60, 30, 40, 1, a, 0, 40, b, 0, 30, 0, want, 0, 30);
            blas.gemmConstInputs(false, false, 60, 30, 40, 1, a, 0, 40, b, 0, 30, 0, got, 0, 30);
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], got[i], TOL, "call " + t);
            }
            double[] want2 = new double[40 * 40];
            double[] got2 = new double[40 * 40];
            java.gemm(true, false, 40, 40, 60, 1, a, 0, 40, a, 0, 40, 0, want2, 0, 40);
            blas.gemmConstInputs(true, false, 40, 40, 60, 1, a, 0, 40, a, 0, 40, 0, got2, 0, 40);
            for (int i = 0; i < want2.length; i++) {
                assertEquals(want2[i], got2[i], TOL, "A^T A call " + t);
            }
        }
    }
}
