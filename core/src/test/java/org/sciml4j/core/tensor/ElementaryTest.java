package org.sciml4j.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ElementaryTest {
    /** Documented accuracy of Elementary.tanh relative to Math.tanh. */
    private static final double MAX_ULPS = 4.0;

    @Test
    void tanhWithinFourUlpOfMathTanh() {
        SplittableRandom r = new SplittableRandom(1);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = r.nextGaussian() * 3;
            worst = Math.max(worst, Math.abs(Elementary.tanh(x) - Math.tanh(x)) / Math.ulp(Math.tanh(x)));
        }
        for (double x = 1e-300; x < 30; x *= 1.01) {
            worst = Math.max(worst, Math.abs(Elementary.tanh(x) - Math.tanh(x)) / Math.ulp(Math.tanh(x)));
            worst = Math.max(worst, Math.abs(Elementary.tanh(-x) - Math.tanh(-x)) / Math.ulp(Math.tanh(x)));
        }
        assertTrue(worst <= MAX_ULPS, "worst " + worst + " ulp");
        assertEquals(1.0, Elementary.tanh(1e300), 0.0);
        assertEquals(-1.0, Elementary.tanh(Double.NEGATIVE_INFINITY), 0.0);
        assertTrue(Double.isNaN(Elementary.tanh(Double.NaN)));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(Elementary.tanh(-0.0)));
    }

    @Test
    void testJvmRunsTheVectorKernel() {
        assertTrue(Elementary.VECTORIZED, "the test JVM should run with --add-modules jdk.incubator.vector "
                + "(surefire argLine in the root pom) so the vectorised kernels are the ones tested");
    }

    @Test
    void vectorTanhIsBitIdenticalToScalarIncludingSpecialValues() {
        SplittableRandom r = new SplittableRandom(2);
        int n = 10_003; // not a multiple of any vector length: the scalar tail runs too
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian() * 4;
        }
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300,
            -1e-300, Double.MIN_VALUE, 19.1, -19.1, 22.0, 1e300, 0.5493, -3e-9};
        System.arraycopy(special, 0, x, 0, special.length);
        double[] y = new double[n + 3];
        VectorTanh.tanh(x, 0, y, 3, n);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double want = Math.tanh(x[i]);
            double got = y[i + 3];
            if (Double.isNaN(want)) {
                assertTrue(Double.isNaN(got), "tanh(NaN) at " + i);
                continue;
            }
            if (want == 0.0 || Double.isInfinite(x[i])) {
                assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), "tanh(" + x[i] + ")");
                continue;
            }
            worst = Math.max(worst, Math.abs(got - want) / Math.ulp(want));
            assertEquals(Double.doubleToRawLongBits(Elementary.tanh(x[i])), Double.doubleToRawLongBits(got),
                    "tanh(" + x[i] + "): vector and scalar kernels must agree bit for bit");
        }
        assertTrue(worst <= MAX_ULPS, "worst " + worst + " ulp");
        assertEquals(0.0, y[0], 0.0, "outside the destination range: untouched");
        // in place, through the public array entry (scalar or vector, whichever is current)
        double[] z = x.clone();
        Elementary.tanh(z, 0, z, 0, n);
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(y[i + 3]), Double.doubleToRawLongBits(z[i]), "entry " + i);
        }
    }

    @Test
    void arrayFormSwitchesToTheVectorKernelAfterItsWarmUp() throws InterruptedException {
        double[] a = new double[1 << 20];
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = (i % 2001 - 1000) * 0.01;
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Elementary.vectorInUse() && System.nanoTime() < deadline) {
            Elementary.tanh(a, 0, b, 0, a.length);
            if (Elementary.warmUpStarted()) {
                Thread.sleep(10);
            }
        }
        assertTrue(Elementary.vectorInUse(), "still on the scalar loop after 60 s");
        double[] c = new double[a.length];
        Elementary.tanh(a, 0, c, 0, a.length);
        for (int i = 0; i < a.length; i += 997) {
            assertEquals(Double.doubleToRawLongBits(Elementary.tanh(a[i])), Double.doubleToRawLongBits(c[i]));
        }
    }
}
