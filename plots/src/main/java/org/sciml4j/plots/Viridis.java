package org.sciml4j.plots;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;

/**
 * The viridis colour map (perceptually uniform, readable in grey and by colour-blind readers) as a
 * JFreeChart {@link PaintScale} over [lower, upper]: linear interpolation between ten anchor colours.
 * Values below/above the range are clamped; NaN maps to mid grey. Immutable, thread safe.
 */
public final class Viridis implements PaintScale {

    private static final int[] ANCHORS = {0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779,
            0x6ece58, 0xb5de2b, 0xfde725};
    private static final Color NAN_COLOUR = new Color(0x999999);

    private final double lower;
    private final double upper;

    /** A scale over [lower, upper]; requires finite lower &lt; upper. */
    public Viridis(double lower, double upper) {
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new IllegalArgumentException("viridis scale: need finite lower < upper, got [" + lower + ", " + upper
                    + "]");
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return new Color(rgb(value));
    }

    /** The colour of {@code value} as 0xRRGGBB. */
    public int rgb(double value) {
        if (Double.isNaN(value)) {
            return NAN_COLOUR.getRGB() & 0xffffff;
        }
        double t = (value - lower) / (upper - lower);
        t = Math.max(0.0, Math.min(1.0, t)) * (ANCHORS.length - 1);
        int k = Math.min((int) Math.floor(t), ANCHORS.length - 2);
        double f = t - k;
        int a = ANCHORS[k];
        int b = ANCHORS[k + 1];
        int r = mix(a >> 16 & 0xff, b >> 16 & 0xff, f);
        int g = mix(a >> 8 & 0xff, b >> 8 & 0xff, f);
        int bl = mix(a & 0xff, b & 0xff, f);
        return r << 16 | g << 8 | bl;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
