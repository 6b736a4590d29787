package org.sciml4j.plots;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link ChartSpec} as PNG (via {@link BufferedImage} and {@link ImageIO}) or SVG (via
 * {@link SVGGraphics2D}) with JFreeChart. A figure is a title band above a grid of panels (e.g. value and
 * error, or prediction / reference / error heatmaps).
 *
 * <p>Output is deterministic: the same spec and options give byte-identical PNG and SVG (no timestamps are
 * written, SVG element ids use a fixed prefix, number formats use {@link Locale#ROOT}). Log axes drop
 * non-positive values (see {@link ChartSpec}). Fonts are the logical "SansSerif" family, so images from
 * different machines may differ in glyph shapes.
 *
 * <p>Immutable and thread safe (each call builds its own charts).
 *
 * @param panelWidth  width of one line-chart panel in points (SVG user units), default 680
 * @param panelHeight height of one panel in points, default 430
 * @param pngScale    pixels per point in PNG output (2 gives crisp images on high-density screens)
 */
public record ChartRenderer(int panelWidth, int panelHeight, double pngScale) {

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2),
            new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f)};
    private static final Color GRID = new Color(0xdddddd);
    private static final Color TEXT = new Color(0x222222);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font PANEL_TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int TITLE_BAND = 40;
    private static final int MAX_COLUMNS = 4;
    private static final int HEATMAP_WIDTH = 430;
    private static final int HEATMAP_HEIGHT = 400;
    private static final int MAX_RASTER_UPSCALE_PX = 480;

    public ChartRenderer {
        if (panelWidth < 100 || panelHeight < 100 || !(pngScale >= 0.5 && pngScale <= 8)) {
            throw new IllegalArgumentException("chart renderer: panel size must be at least 100x100 points and "
                    + "pngScale in [0.5, 8], got " + panelWidth + "x" + panelHeight + " at " + pngScale);
        }
    }

    /** Readable defaults: 680×430-point panels, PNG at 2 pixels per point. */
    public static ChartRenderer defaults() {
        return new ChartRenderer(680, 430, 2.0);
    }

    /** The figure as an RGB image of {@link #pixelWidth}×{@link #pixelHeight} pixels, white background. */
    public BufferedImage image(ChartSpec spec) {
        Figure f = figure(spec);
        int w = (int) Math.round(f.width * pngScale);
        int h = (int) Math.round(f.height * pngScale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(pngScale, pngScale);
            paint(g, f);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The figure as PNG bytes (no time chunk, so identical input gives identical bytes). */
    public byte[] png(ChartSpec spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(spec), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("chart " + spec.id() + ": PNG encoding failed", e);
        }
        return out.toByteArray();
    }

    /** The figure as a standalone SVG document (UTF-8 text). */
    public String svg(ChartSpec spec) {
        Figure f = figure(spec);
        SVGGraphics2D g = new SVGGraphics2D(f.width, f.height);
        g.setDefsKeyPrefix("sciml-" + spec.id() + "-");
        paint(g, f);
        return g.getSVGDocument();
    }

    /** Writes {@link #png} to {@code file}, replacing it. */
    public void writePng(ChartSpec spec, Path file) throws IOException {
        Files.write(file, png(spec));
    }

    /** Writes {@link #svg} to {@code file} as UTF-8, replacing it. */
    public void writeSvg(ChartSpec spec, Path file) throws IOException {
        Files.writeString(file, svg(spec), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- layout

    private record Figure(String title, List<JFreeChart> panels, int columns, int panelW, int panelH, int width,
                          int height) {
    }

    private Figure figure(ChartSpec spec) {
        List<JFreeChart> panels;
        if (spec instanceof ChartSpec.LossHistory s) {
            panels = List.of(loss(s));
        } else if (spec instanceof ChartSpec.ParameterTrace s) {
            panels = parameter(s);
        } else if (spec instanceof ChartSpec.Curves s) {
            panels = curves(s);
        } else if (spec instanceof ChartSpec.Heatmaps s) {
            panels = heatmaps(s);
        } else if (spec instanceof ChartSpec.Convergence s) {
            panels = List.of(convergence(s));
        } else {
            panels = List.of(timeSeries((ChartSpec.TimeSeries) spec));
        }
        boolean heat = spec instanceof ChartSpec.Heatmaps;
        int pw = heat ? HEATMAP_WIDTH : (panels.size() > 1 ? Math.max(100, panelWidth * 3 / 4) : panelWidth);
        int ph = heat ? HEATMAP_HEIGHT : panelHeight;
        int cols = Math.min(panels.size(), MAX_COLUMNS);
        int rows = (panels.size() + cols - 1) / cols;
        return new Figure(spec.title(), panels, cols, pw, ph, cols * pw, TITLE_BAND + rows * ph);
    }

    private static void paint(Graphics2D g, Figure f) {
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, f.width, f.height));
        g.setFont(TITLE_FONT);
        g.setPaint(TEXT);
        FontMetrics fm = g.getFontMetrics();
        String title = fit(f.title, fm, f.width - 20);
        g.drawString(title, (f.width - fm.stringWidth(title)) / 2f, TITLE_BAND / 2f + fm.getAscent() / 2f);
        for (int k = 0; k < f.panels.size(); k++) {
            int col = k % f.columns;
            int row = k / f.columns;
            Rectangle2D area = new Rectangle2D.Double(col * f.panelW, TITLE_BAND + row * f.panelH, f.panelW, f.panelH);
            f.panels.get(k).draw(g, area);
        }
    }

    private static String fit(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    // ---------------------------------------------------------------- chart kinds

    private static JFreeChart loss(ChartSpec.LossHistory s) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, double[]> e : s.components().entrySet()) {
            XYSeries xy = series(e.getKey(), s.iterations(), e.getValue(), true);
            if (xy.getItemCount() > 0) {
                data.addSeries(xy);
            }
        }
        XYPlot plot = plot(data, numberAxis("iteration"), logAxis("loss"));
        XYLineAndShapeRenderer r = lines(data.getSeriesCount());
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if ("total".equalsIgnoreCase(data.getSeriesKey(i).toString())) {
                r.setSeriesPaint(i, TEXT);
                r.setSeriesStroke(i, new BasicStroke(2.2f));
            }
        }
        plot.setRenderer(r);
        for (ChartSpec.PhaseMark m : s.phases()) {
            ValueMarker marker = new ValueMarker(m.iteration(), new Color(0x555555),
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{5f, 4f}, 0f));
            marker.setLabel(m.label());
            marker.setLabelFont(LEGEND_FONT);
            marker.setLabelPaint(TEXT);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
        return chart(null, plot, data.getSeriesCount() > 0);
    }

    private static List<JFreeChart> parameter(ChartSpec.ParameterTrace s) {
        List<JFreeChart> out = new ArrayList<>();
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(s.parameter(), s.iterations(), s.values(), false));
        XYPlot plot = plot(data, numberAxis("iteration"), numberAxis(s.parameter()));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.setRenderer(lines(1));
        boolean exact = Double.isFinite(s.exact());
        if (exact) {
            ValueMarker m = new ValueMarker(s.exact(), PALETTE[1], new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
            m.setLabel("exact " + s.parameter() + "* = " + format(s.exact()));
            m.setLabelFont(LEGEND_FONT);
            m.setLabelPaint(PALETTE[1]);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(m, Layer.FOREGROUND);
            // Keep the exact line inside the visible range.
            includeInRange(plot, s.values(), s.exact());
        }
        out.add(chart(s.parameter() + " against iteration", plot, false));
        if (exact) {
            double[] err = new double[s.values().length];
            for (int i = 0; i < err.length; i++) {
                err[i] = Math.abs(s.values()[i] - s.exact());
            }
            XYSeriesCollection ed = new XYSeriesCollection();
            XYSeries es = series("|" + s.parameter() + " − " + s.parameter() + "*|", s.iterations(), err, true);
            ed.addSeries(es);
            XYPlot ep = plot(ed, numberAxis("iteration"), logAxis("|" + s.parameter() + " − " + s.parameter() + "*|"));
            XYLineAndShapeRenderer r = lines(1);
            r.setSeriesPaint(0, PALETTE[1]);
            ep.setRenderer(r);
            out.add(chart("absolute error", ep, false));
        }
        return out;
    }

    private static void includeInRange(XYPlot plot, double[] values, double extra) {
        double lo = extra;
        double hi = extra;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1e-12, Math.abs(hi) * 1e-3);
        plot.getRangeAxis().setRange(lo - pad, hi + pad);
        // A value that settles (E → 9.8696044) spans a tiny range: give the ticks enough decimals to differ.
        double width = hi - lo + 2 * pad;
        int decimals = (int) Math.ceil(-Math.log10(width / 8)) + 1;
        if (decimals > 0 && Math.max(Math.abs(lo), Math.abs(hi)) < 1e6) {
            ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new DecimalFormat(
                    "0." + "0".repeat(Math.min(decimals, 14)), DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }
    }

    private static List<JFreeChart> curves(ChartSpec.Curves s) {
        List<JFreeChart> out = new ArrayList<>();
        XYSeriesCollection data = new XYSeriesCollection();
        s.series().forEach((k, v) -> data.addSeries(series(k, s.x(), v, false)));
        XYPlot plot = plot(data, numberAxis(s.xLabel()), numberAxis(s.yLabel()));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = lines(data.getSeriesCount());
        if (data.getSeriesCount() >= 2) {
            // The second series is the reference: dashed over the first, so both stay visible when they agree.
            r.setSeriesStroke(1, new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[]{7f, 5f}, 0f));
        }
        plot.setRenderer(r);
        out.add(chart(s.showError() ? "solution" : null, plot, true));
        if (s.showError()) {
            List<double[]> v = new ArrayList<>(s.series().values());
            List<String> names = new ArrayList<>(s.series().keySet());
            double[] err = new double[s.x().length];
            for (int i = 0; i < err.length; i++) {
                err[i] = Math.abs(v.get(0)[i] - v.get(1)[i]);
            }
            String label = "|" + names.get(0) + " − " + names.get(1) + "|";
            XYSeriesCollection ed = new XYSeriesCollection();
            ed.addSeries(series(label, s.x(), err, true));
            XYPlot ep = plot(ed, numberAxis(s.xLabel()), logAxis("pointwise error"));
            XYLineAndShapeRenderer er = lines(1);
            er.setSeriesPaint(0, PALETTE[1]);
            ep.setRenderer(er);
            out.add(chart("pointwise error " + label, ep, false));
        }
        return out;
    }

    private static List<JFreeChart> heatmaps(ChartSpec.Heatmaps s) {
        double sharedLo = Double.POSITIVE_INFINITY;
        double sharedHi = Double.NEGATIVE_INFINITY;
        for (ChartSpec.Panel p : s.panels()) {
            if (!p.ownScale()) {
                double[] mm = minMax(p.values());
                sharedLo = Math.min(sharedLo, mm[0]);
                sharedHi = Math.max(sharedHi, mm[1]);
            }
        }
        List<JFreeChart> out = new ArrayList<>();
        for (ChartSpec.Panel p : s.panels()) {
            double[] range = p.ownScale() ? minMax(p.values()) : new double[]{sharedLo, sharedHi};
            double[] r = widen(range[0], range[1]);
            Viridis scale = new Viridis(r[0], r[1]);
            NumberAxis x = numberAxis(s.xLabel());
            NumberAxis y = numberAxis(s.yLabel());
            x.setRange(s.x0(), s.x1());
            y.setRange(s.y0(), s.y1());
            x.setAutoRangeIncludesZero(false);
            y.setAutoRangeIncludesZero(false);
            XYPlot plot = new XYPlot(null, x, y, null);
            style(plot);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            plot.addAnnotation(new FieldImageAnnotation(raster(s, p.values(), scale), s.x0(), s.x1(), s.y0(),
                    s.y1()));
            JFreeChart c = chart(p.label(), plot, false);
            NumberAxis barAxis = new NumberAxis();
            barAxis.setTickLabelFont(TICK_FONT);
            barAxis.setRange(r[0], r[1]);
            barAxis.setNumberFormatOverride(axisFormat(r[0], r[1]));
            PaintScaleLegend bar = new PaintScaleLegend(scale, barAxis);
            bar.setPosition(RectangleEdge.RIGHT);
            bar.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            bar.setStripWidth(14);
            bar.setSubdivisionCount(128);
            bar.setMargin(new RectangleInsets(8, 6, 8, 4));
            bar.setBackgroundPaint(Color.WHITE);
            c.addSubtitle(bar);
            out.add(c);
        }
        return out;
    }

    private static BufferedImage raster(ChartSpec.Heatmaps s, double[] v, Viridis scale) {
        int f = Math.max(1, MAX_RASTER_UPSCALE_PX / Math.max(s.nx(), s.ny()));
        BufferedImage img = new BufferedImage(s.nx() * f, s.ny() * f, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < s.ny(); j++) {
            int row = s.ny() - 1 - j; // y grows upwards
            for (int i = 0; i < s.nx(); i++) {
                int rgb = scale.rgb(v[j * s.nx() + i]);
                for (int a = 0; a < f; a++) {
                    for (int b = 0; b < f; b++) {
                        img.setRGB(i * f + b, row * f + a, rgb);
                    }
                }
            }
        }
        return img;
    }

    private static double[] minMax(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        return new double[]{lo, hi};
    }

    private static double[] widen(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[]{0, 1};
        }
        if (hi > lo) {
            return new double[]{lo, hi};
        }
        double pad = Math.max(Math.abs(lo) * 1e-3, 1e-12);
        return new double[]{lo - pad, hi + pad};
    }

    private static JFreeChart convergence(ChartSpec.Convergence s) {
        XYSeriesCollection points = new XYSeriesCollection();
        XYSeriesCollection fits = new XYSeriesCollection();
        List<XYTextAnnotation> notes = new ArrayList<>();
        int colour = 0;
        List<Integer> colours = new ArrayList<>();
        for (Map.Entry<String, double[]> e : s.errors().entrySet()) {
            double[] fit = fitLogLog(s.h(), e.getValue());
            String name = e.getKey() + (Double.isNaN(fit[0]) ? "" : "  (slope " + slope(fit[0]) + ")");
            XYSeries pts = series(name, s.h(), e.getValue(), true);
            if (pts.getItemCount() == 0) {
                continue;
            }
            points.addSeries(pts);
            colours.add(colour);
            if (!Double.isNaN(fit[0])) {
                XYSeries line = new XYSeries("fit " + e.getKey(), false, true);
                double lo = pts.getMinX();
                double hi = pts.getMaxX();
                line.add(lo, Math.pow(10, fit[1] + fit[0] * Math.log10(lo)));
                line.add(hi, Math.pow(10, fit[1] + fit[0] * Math.log10(hi)));
                fits.addSeries(line);
                double xm = Math.sqrt(lo * hi);
                double ym = Math.pow(10, fit[1] + fit[0] * Math.log10(xm));
                XYTextAnnotation note = new XYTextAnnotation("slope " + slope(fit[0]), xm, ym);
                note.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
                note.setPaint(PALETTE[colour % PALETTE.length]);
                note.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
                note.setBackgroundPaint(new Color(255, 255, 255, 210));
                notes.add(note);
            } else {
                fits.addSeries(new XYSeries("fit " + e.getKey(), false, true));
            }
            colour++;
        }
        XYPlot plot = plot(points, logAxis(s.xLabel()), logAxis(s.yLabel()));
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(true, true);
        XYLineAndShapeRenderer fr = new XYLineAndShapeRenderer(true, false);
        Shape dot = new Ellipse2D.Double(-4.5, -4.5, 9, 9);
        for (int i = 0; i < points.getSeriesCount(); i++) {
            Paint p = PALETTE[colours.get(i) % PALETTE.length];
            pr.setSeriesPaint(i, p);
            pr.setSeriesShape(i, dot);
            pr.setSeriesStroke(i, new BasicStroke(1.6f));
            fr.setSeriesPaint(i, p);
            fr.setSeriesStroke(i, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[]{6f, 4f}, 0f));
            fr.setSeriesVisibleInLegend(i, false);
        }
        plot.setRenderer(0, pr);
        plot.setDataset(1, fits);
        plot.setRenderer(1, fr);
        for (XYTextAnnotation n : notes) {
            plot.addAnnotation(n);
        }
        return chart(null, plot, points.getSeriesCount() > 0);
    }

    /**
     * Least-squares fit of log10(e) = slope·log10(h) + c over the points with positive h and e.
     *
     * @return {slope, c}; NaN when fewer than two usable points or all h equal
     */
    static double[] fitLogLog(double[] h, double[] e) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < h.length; i++) {
            if (h[i] > 0 && e[i] > 0 && Double.isFinite(h[i]) && Double.isFinite(e[i])) {
                double x = Math.log10(h[i]);
                double y = Math.log10(e[i]);
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                n++;
            }
        }
        double d = n * sxx - sx * sx;
        if (n < 2 || !(Math.abs(d) > 1e-300)) {
            return new double[]{Double.NaN, Double.NaN};
        }
        double slope = (n * sxy - sx * sy) / d;
        return new double[]{slope, (sy - slope * sx) / n};
    }

    private static JFreeChart timeSeries(ChartSpec.TimeSeries s) {
        XYSeriesCollection data = new XYSeriesCollection();
        s.series().forEach((k, v) -> data.addSeries(series(k, s.seconds(), v, false)));
        XYPlot plot = plot(data, numberAxis("wall time (s)"), numberAxis(s.yLabel()));
        plot.setRenderer(lines(data.getSeriesCount()));
        return chart(null, plot, data.getSeriesCount() > 1);
    }

    // ---------------------------------------------------------------- building blocks

    private static XYSeries series(String name, double[] x, double[] y, boolean positiveOnly) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || positiveOnly && y[i] <= 0) {
                continue;
            }
            s.add(x[i], y[i]);
        }
        return s;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(LABEL_FONT);
        a.setTickLabelFont(TICK_FONT);
        a.setLabelPaint(TEXT);
        a.setTickLabelPaint(TEXT);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static LogAxis logAxis(String label) {
        LogAxis a = new LogAxis(label);
        a.setBase(10);
        a.setLabelFont(LABEL_FONT);
        a.setTickLabelFont(TICK_FONT);
        a.setLabelPaint(TEXT);
        a.setTickLabelPaint(TEXT);
        a.setMinorTickMarksVisible(true);
        a.setSmallestValue(1e-300);
        return a;
    }

    private static XYPlot plot(XYSeriesCollection data, ValueAxis x, ValueAxis y) {
        XYPlot plot = new XYPlot(data, x, y, null);
        style(plot);
        return plot;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(0x888888));
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    }

    private static XYLineAndShapeRenderer lines(int n) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        Stroke stroke = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (int i = 0; i < Math.max(n, 1); i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, stroke);
        }
        return r;
    }

    private static JFreeChart chart(String panelTitle, XYPlot plot, boolean legend) {
        wholeDecades(plot.getDomainAxis(), plot);
        wholeDecades(plot.getRangeAxis(), plot);
        JFreeChart c = new JFreeChart(null, TITLE_FONT, plot, false);
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        c.setPadding(new RectangleInsets(4, 8, 8, 12));
        if (panelTitle != null) {
            TextTitle t = new TextTitle(panelTitle, PANEL_TITLE_FONT);
            t.setPaint(TEXT);
            c.setTitle(t);
        }
        if (legend) {
            LegendItemCollection items = plot.getLegendItems();
            if (items.getItemCount() > 0) {
                LegendTitle l = new LegendTitle(plot);
                l.setItemFont(LEGEND_FONT);
                l.setItemPaint(TEXT);
                l.setFrame(BlockBorder.NONE);
                l.setBackgroundPaint(Color.WHITE);
                l.setPosition(RectangleEdge.BOTTOM);
                c.addLegend(l);
            }
        }
        return c;
    }

    /**
     * A log axis spans whole decades around its data (10^floor(log10 min) to 10^ceil(log10 max)) with ticks at
     * integer powers only, so short ranges do not get crowded fractional-exponent labels such as 10^-6.9.
     */
    private static void wholeDecades(ValueAxis axis, XYPlot plot) {
        if (!(axis instanceof LogAxis a)) {
            return;
        }
        TickUnits units = new TickUnits();
        for (double u : new double[]{1, 2, 3, 5, 10, 20, 50, 100}) {
            units.add(new NumberTickUnit(u));
        }
        a.setStandardTickUnits(units);
        Range r = plot.getDataRange(a);
        if (r == null || !(r.getLowerBound() > 0) || !Double.isFinite(r.getUpperBound())) {
            return;
        }
        double lo = Math.floor(Math.log10(r.getLowerBound()));
        double hi = Math.ceil(Math.log10(r.getUpperBound()));
        if (hi <= lo) {
            hi = lo + 1;
        }
        // A hair wider than the decades, so the end ticks 10^lo and 10^hi fall inside the range and get labels.
        a.setRange(Math.pow(10, lo) * (1 - 1e-9), Math.pow(10, hi) * (1 + 1e-9));
    }

    private static String format(double v) {
        return new DecimalFormat("0.########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    private static String slope(double v) {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    private static DecimalFormat axisFormat(double lo, double hi) {
        double m = Math.max(Math.abs(lo), Math.abs(hi));
        String pattern = m != 0 && (m < 1e-2 || m >= 1e5) ? "0.0##E0" : "0.####";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
