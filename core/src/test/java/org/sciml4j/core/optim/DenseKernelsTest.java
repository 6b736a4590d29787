package org.sciml4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DenseKernelsTest {

    /** Native and EJML results agree to rounding relative to the matrix scale. */
    private static final double AGREEMENT = 1e-12;

    private static DMatrixRMaj random(int m, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        DMatrixRMaj a = new DMatrixRMaj(m, n);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = rng.nextGaussian();
        }
        return a;
    }

    @Test
    void nativeGramEqualsEjmlGram() {
        assumeTrue(DenseKernels.nativeAvailable(), "OpenBLAS not loadable here: only the EJML path runs");
        // 120×300: one dsyrk; 701×403: above the split threshold both ways (two half updates,
        // odd summed dimension so the halves differ in size)
        for (DMatrixRMaj a : new DMatrixRMaj[] {random(120, 300, 1), random(701, 403, 2), random(403, 701, 3)}) {
            checkGram(a);
        }
    }

    private static void checkGram(DMatrixRMaj a) {
        for (boolean outer : new boolean[] {true, false}) {
            DMatrixRMaj cNative = new DMatrixRMaj(1, 1);
            DMatrixRMaj cEjml = new DMatrixRMaj(1, 1);
            DenseKernels.gram(a, outer, cNative, true);
            DenseKernels.gram(a, outer, cEjml, false);
            assertEquals(cEjml.numRows, cNative.numRows);
            double scale = 0;
            for (double v : cEjml.data) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int i = 0; i < cEjml.data.length; i++) {
                assertEquals(cEjml.data[i], cNative.data[i], AGREEMENT * scale, (outer ? "outer" : "inner") + " entry " + i);
            }
        }
    }

    @Test
    void choleskySolvesMatchAndDetectIndefiniteMatrices() {
        int n = 200;
        DMatrixRMaj a = random(n, n + 20, 2);
        DMatrixRMaj spd = new DMatrixRMaj(1, 1);
        DenseKernels.gram(a, true, spd, false);
        double[] xTrue = new double[n];
        for (int i = 0; i < n; i++) {
            xTrue[i] = Math.sin(i);
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i] += spd.get(i, j) * xTrue[j];
            }
        }
        for (boolean allowNative : new boolean[] {false, true}) {
            DenseKernels.Spd s = DenseKernels.spd(n, allowNative);
            assertTrue(s.factor(spd));
            double[] x = b.clone();
            s.solveInPlace(x);
            for (int i = 0; i < n; i++) {
                assertEquals(xTrue[i], x[i], 1e-8, "native=" + allowNative + " x[" + i + "]");
            }
            DMatrixRMaj indefinite = spd.copy();
            indefinite.set(5, 5, -1);
            assertTrue(!s.factor(indefinite), "native=" + allowNative + ": indefinite matrix must be rejected");
        }
    }
}
