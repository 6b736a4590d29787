package org.sciml4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.study.FigureData;
import org.sciml4j.plots.ChartSpec;

/** Study figures to chart specs: heatmap axis labels carried over, x and y by default. */
class FiguresTest {
    private static Map<String, double[]> panel() {
        Map<String, double[]> p = new LinkedHashMap<>();
        p.put("u", new double[] {1, 2, 3, 4, 5, 6});
        return p;
    }

    @Test
    void heatmapsKeepTheStudysAxisLabels() {
        FigureData.Fields f = new FigureData.Fields("st", "u(x, t)", "x", "t", 3, 2, 0, 1, 0, 2, panel());
        ChartSpec.Heatmaps h = (ChartSpec.Heatmaps) Figures.toSpec(f);
        assertEquals("x", h.xLabel());
        assertEquals("t", h.yLabel());
        assertEquals(3, h.nx());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, h.panels().get(0).values());
    }

    @Test
    void heatmapLabelsDefaultToXAndY() {
        ChartSpec.Heatmaps h = (ChartSpec.Heatmaps) Figures.toSpec(
                new FigureData.Fields("xy", "u(x, y)", 3, 2, 0, 1, 0, 1, panel()));
        assertEquals("x", h.xLabel());
        assertEquals("y", h.yLabel());
        FigureData.Fields nulls = new FigureData.Fields("n", "t", null, null, 3, 2, 0, 1, 0, 1, panel());
        assertEquals("x", nulls.xLabel());
        assertEquals("y", nulls.yLabel());
    }
}
