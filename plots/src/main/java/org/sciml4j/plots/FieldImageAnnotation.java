package org.sciml4j.plots;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a raster (one pixel block per grid cell) stretched over the data rectangle [x0,x1]×[y0,y1] of an
 * {@link XYPlot}. One image instead of nx·ny rectangles keeps SVG files small (the raster is embedded as PNG).
 * Not thread safe (JFreeChart annotations are drawn from one thread).
 */
final class FieldImageAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    private final transient BufferedImage image;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;

    FieldImageAnnotation(BufferedImage image, double x0, double x1, double y0, double y1) {
        this.image = image;
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = Plot2D.domainEdge(plot);
        RectangleEdge yEdge = Plot2D.rangeEdge(plot);
        double left = domainAxis.valueToJava2D(x0, dataArea, xEdge);
        double right = domainAxis.valueToJava2D(x1, dataArea, xEdge);
        double top = rangeAxis.valueToJava2D(y1, dataArea, yEdge);
        double bottom = rangeAxis.valueToJava2D(y0, dataArea, yEdge);
        Object old = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g2.drawImage(image, (int) Math.round(left), (int) Math.round(top), (int) Math.round(right - left),
                (int) Math.round(bottom - top), null);
        if (old != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    /** Helpers for plot orientation. */
    static final class Plot2D {
        private Plot2D() {
        }

        static RectangleEdge domainEdge(XYPlot plot) {
            return org.jfree.chart.plot.Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(),
                    plot.getOrientation());
        }

        static RectangleEdge rangeEdge(XYPlot plot) {
            return org.jfree.chart.plot.Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(),
                    plot.getOrientation());
        }
    }
}
