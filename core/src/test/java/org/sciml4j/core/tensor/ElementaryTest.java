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
}
