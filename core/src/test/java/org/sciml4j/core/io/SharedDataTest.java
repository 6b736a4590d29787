package org.sciml4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads the shared reference files and checks shapes and value ranges documented in their READMEs. */
class SharedDataTest {

    /** READMEs quote ranges to 3-5 significant digits. */
    private static final double README_DIGITS = 6e-4;

    private static Map<String, NdArray> load(String relative) {
        Optional<Path> f = DataFolders.sharedData(relative);
        assumeTrue(f.isPresent(), DataFolders.missingMessage() + " (file " + relative + ")");
        return Npz.read(f.get());
    }

    @Test
    void burgersShockReference() {
        Map<String, NdArray> d = load("pinns/burgers_shock.npz");
        assertArrayEquals(new int[] {256}, d.get("x").shape());
        assertArrayEquals(new int[] {100}, d.get("t").shape());
        assertArrayEquals(new int[] {256, 100}, d.get("u").shape());
        assertEquals(0.01 / Math.PI, d.get("nu").get(0), 1e-17);
        assertEquals(-1, d.get("x").get(0), 0.0);
        assertEquals(1, d.get("x").get(255), 0.0);
        assertEquals(0.99, d.get("t").get(99), 1e-15);
        assertEquals(-0.99998, d.get("u").min(), 1e-5);
        assertEquals(0.99998, d.get("u").max(), 1e-5);
        NdArray u = d.get("u");
        NdArray x = d.get("x");
        for (int i = 0; i < 256; i++) {
            assertEquals(-Math.sin(Math.PI * x.get(i)), u.get(i, 0), 1e-15, "initial condition at x_" + i);
        }
    }

    @Test
    void darcySets() {
        Map<String, NdArray> test16 = load("neuralop/darcy_test_16.npz");
        Map<String, NdArray> test32 = load("neuralop/darcy_test_32.npz");
        assertArrayEquals(new int[] {50, 16, 16}, test16.get("x").shape());
        assertArrayEquals(new int[] {50, 32, 32}, test32.get("y").shape());
        for (double v : test16.get("x").data()) {
            assertTrue(v == 0 || v == 1, "binary permeability, got " + v);
        }
        assertEquals(-0.119, test16.get("y").min(), README_DIGITS);
        assertEquals(1.902, test16.get("y").max(), README_DIGITS);
        // README: test_16 is exactly test_32[:, ::2, ::2]
        for (int n = 0; n < 50; n += 7) {
            for (int i = 0; i < 16; i++) {
                for (int j = 0; j < 16; j++) {
                    assertEquals(test32.get("y").get(n, 2 * i, 2 * j), test16.get("y").get(n, i, j), 0.0);
                }
            }
        }
    }

    @Test
    void neuralopBurgersInitialSliceEqualsInput() {
        Map<String, NdArray> d = load("neuralop/burgers_test_16.npz");
        NdArray x = d.get("x");
        NdArray y = d.get("y");
        assertArrayEquals(new int[] {400, 16}, x.shape());
        assertArrayEquals(new int[] {400, 17, 16}, y.shape());
        assertEquals(0.01, d.get("visc").get(0), 1e-15);
        for (int n = 0; n < 400; n++) {
            for (int j = 0; j < 16; j++) {
                assertEquals(x.get(n, j), y.get(n, 0, j), 0.0);
            }
        }
    }

    @Test
    void deepxdeAntiderivativeAndLShape() {
        Map<String, NdArray> train = load("deepxde/antiderivative_aligned_train.npz");
        assertArrayEquals(new int[] {150, 100}, train.get("v").shape());
        assertArrayEquals(new int[] {100, 1}, train.get("x").shape());
        assertEquals(-2.48, train.get("v").min(), 5e-3);
        assertEquals(4.37, train.get("v").max(), 5e-3);
        for (int n = 0; n < 150; n++) {
            assertEquals(0.0, train.get("u").get(n, 0), 0.0, "u(0) = 0");
        }
        Map<String, NdArray> l = load("deepxde/Poisson_Lshape.npz");
        assertArrayEquals(new int[] {25921, 2}, l.get("X_test").shape());
        NdArray y = l.get("y_ref");
        int nan = 0;
        double max = 0;
        for (double v : y.data()) {
            if (Double.isNaN(v)) {
                nan++;
            } else {
                max = Math.max(max, v);
            }
        }
        assertEquals(6400, nan, "NaN nodes inside the removed quadrant");
        assertEquals(0.1339, max, 1e-4);
    }
}
