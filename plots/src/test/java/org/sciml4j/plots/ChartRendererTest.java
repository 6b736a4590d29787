package org.sciml4j.plots;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartRendererTest {

    private static final double SLOPE_TOL = 1e-9;
    private final ChartRenderer renderer = ChartRenderer.defaults();

    @Test
    void sameDataGivesSameBytes() throws Exception {
        Path gallery = Path.of("target", "plots-gallery");
        Files.createDirectories(gallery);
        for (ChartSpec s : SampleCharts.all()) {
            byte[] a = renderer.png(s);
            byte[] b = renderer.png(s);
            assertArrayEquals(a, b, "PNG of " + s.id() + " differs between two renders");
            String sa = renderer.svg(s);
            assertEquals(sa, renderer.svg(s), "SVG of " + s.id() + " differs between two renders");
            assertTrue(sa.startsWith("<?xml") && sa.contains("<svg"), "SVG document of " + s.id());
            assertTrue(a.length > 5000, "PNG of " + s.id() + " is suspiciously small: " + a.length + " bytes");
            // Kept for looking at (target/ is not committed).
            Files.write(gallery.resolve(s.id() + ".png"), a);
            Files.writeString(gallery.resolve(s.id() + ".svg"), sa);
        }
    }

    @Test
    void heatmapShowsHighValueInBrightColourWhereTheBumpIs() {
        ChartSpec.Heatmaps f = SampleCharts.fields();
        // One panel only, so the pixel geometry is simple: find the brightest pixel of the image.
        ChartSpec.Heatmaps one = new ChartSpec.Heatmaps("one", "bump", "x", "y", f.nx(), f.ny(), 0, 1, 0, 1,
                List.of(f.panels().get(1)));
        BufferedImage img = renderer.image(one);
        int bestX = -1;
        int bestY = -1;
        double best = -1;
        int darkX = -1;
        int darkY = -1;
        double dark = Double.MAX_VALUE;
        // Search inside the plot area only (left 75% of the width: the colour bar is at the right edge).
        for (int y = img.getHeight() / 6; y < img.getHeight() * 9 / 10; y++) {
            for (int x = img.getWidth() / 6; x < img.getWidth() * 3 / 4; x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                // viridis: high = yellow (high R and G, low B); low = dark purple
                double yellow = r + g - b;
                if (yellow > best) {
                    best = yellow;
                    bestX = x;
                    bestY = y;
                }
                if (r + g + b < dark && b > r) {
                    dark = r + g + b;
                    darkX = x;
                    darkY = y;
                }
            }
        }
        Viridis v = new Viridis(0, 1);
        int top = v.rgb(1.0);
        int bottom = v.rgb(0.0);
        assertNotEquals(top, bottom);
        assertTrue(best > 350, "no yellow (high value) pixel found, best r+g-b = " + best);
        // The bump sits at x = 0.75, y = 0.25: right of and below the low-value pixel at the top-left corner.
        assertTrue(bestX > darkX && bestY > darkY, "bump at pixel (" + bestX + "," + bestY
                + ") should be right of and below a low-value pixel (" + darkX + "," + darkY + ")");
        int low = img.getRGB(darkX, darkY) & 0xffffff;
        int high = img.getRGB(bestX, bestY) & 0xffffff;
        assertNotEquals(low, high);
    }

    @Test
    void viridisEndsAreTheAnchorColours() {
        Viridis v = new Viridis(-2, 3);
        assertEquals(0x440154, v.rgb(-2));
        assertEquals(0xfde725, v.rgb(3));
        assertEquals(0xfde725, v.rgb(100), "values above the range are clamped");
        assertThrows(IllegalArgumentException.class, () -> new Viridis(1, 1));
    }

    @Test
    void fittedSlopeRecoversTheOrder() {
        ChartSpec.Convergence c = SampleCharts.convergence();
        assertEquals(2.0, ChartRenderer.fitLogLog(c.h(), c.errors().get("second order FD"))[0], SLOPE_TOL);
        assertEquals(4.0, ChartRenderer.fitLogLog(c.h(), c.errors().get("fourth order FD"))[0], SLOPE_TOL);
        // Non-positive points are ignored, not fatal.
        double[] e = c.errors().get("second order FD").clone();
        e[0] = 0;
        e[1] = -1;
        assertEquals(2.0, ChartRenderer.fitLogLog(c.h(), e)[0], SLOPE_TOL);
        assertTrue(renderer.svg(c).contains("slope 2.00"), "slope written on the plot");
    }

    @Test
    void logAxesCopeWithZerosNegativesAndNaN() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("total", new double[]{0, -1, Double.NaN, 1e-3, 1e-4});
        m.put("empty", new double[]{0, 0, 0, 0, 0});
        ChartSpec.LossHistory s = new ChartSpec.LossHistory("odd", "odd", new double[]{0, 1, 2, 3, 4}, m, List.of());
        assertTrue(renderer.png(s).length > 1000);
    }

    @Test
    void badSpecsAreRejectedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ChartSpec.Curves(
                "c", "t", "x", "y", new double[3], Map.of("a", new double[2]), false));
        assertTrue(e.getMessage().contains("series 'a' has 2 values, expected 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ChartSpec.Convergence("../etc", "t", "h", "e",
                new double[2], Map.of()));
        assertTrue(e.getMessage().contains("not file-safe"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ChartSpec.Heatmaps("h", "t", "x", "y", 2, 2, 0,
                1, 0, 1, List.of(new ChartSpec.Panel("p", new double[3], false))));
        assertTrue(e.getMessage().contains("expected nx*ny"), e.getMessage());
    }

    @Test
    void specCopiesItsArrays() {
        double[] x = {1, 2, 3};
        ChartSpec.TimeSeries t = new ChartSpec.TimeSeries("t", "t", "y", x, Map.of("a", x));
        x[0] = 99;
        assertEquals(1, t.seconds()[0]);
        assertEquals(1, t.series().get("a")[0]);
    }
}
