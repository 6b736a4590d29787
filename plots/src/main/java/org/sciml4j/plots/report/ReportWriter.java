package org.sciml4j.plots.report;

import org.sciml4j.plots.ChartRenderer;
import org.sciml4j.plots.ChartSpec;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link RunReport} as a folder that a browser opens without a server:
 * <pre>
 *   metrics.json          study, description, seed, config, errors, metrics, timings, figure ids, log
 *   data/&lt;id&gt;.json        each figure's {@link ChartSpec} as JSON (with its "kind"), enough to redraw it
 *   figures/&lt;id&gt;.png/.svg each figure drawn by {@link ChartRenderer}
 *   index.html            configuration, metrics tables and every figure (relative links, inline CSS)
 * </pre>
 * Output is deterministic: the same report gives byte-identical files (no timestamps anywhere), so
 * {@link #rebuild} of a folder reproduces it exactly. Files of the same names are replaced; other files in
 * the folder are left alone.
 *
 * <p>Immutable and thread safe; concurrent writes to the same folder are not coordinated.
 */
public final class ReportWriter {

    private final ChartRenderer renderer;

    /** A writer drawing with {@code renderer}. */
    public ReportWriter(ChartRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** A writer with {@link ChartRenderer#defaults()}. */
    public static ReportWriter defaults() {
        return new ReportWriter(ChartRenderer.defaults());
    }

    /**
     * Writes the report into {@code dir} (created with its parents if missing).
     *
     * @return the path of {@code index.html}
     * @throws UncheckedIOException naming the folder when it cannot be created or written
     */
    public Path write(RunReport report, Path dir) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir.resolve(ReportJson.DATA));
            Files.createDirectories(dir.resolve(ReportJson.FIGURES));
            List<int[]> sizes = new ArrayList<>();
            for (ChartSpec f : report.figures()) {
                Files.write(dir.resolve(ReportJson.DATA).resolve(f.id() + ".json"),
                        ReportJson.writer(ChartSpec.class).writeValueAsBytes(f));
                BufferedImage img = renderer.image(f);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(img, "png", png);
                Files.write(dir.resolve(ReportJson.FIGURES).resolve(f.id() + ".png"), png.toByteArray());
                renderer.writeSvg(f, dir.resolve(ReportJson.FIGURES).resolve(f.id() + ".svg"));
                sizes.add(new int[]{(int) Math.round(img.getWidth() / renderer.pngScale()),
                        (int) Math.round(img.getHeight() / renderer.pngScale())});
            }
            Files.write(dir.resolve(ReportJson.METRICS), ReportJson.writer(Map.class).writeValueAsBytes(metrics(report)));
            Path index = dir.resolve(ReportJson.INDEX);
            Files.writeString(index, HtmlPage.render(report, sizes), StandardCharsets.UTF_8);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run report to " + dir.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); choose a writable folder", e);
        }
    }

    /**
     * Rebuilds the figures and {@code index.html} of the report in {@code dir} from its {@code metrics.json}
     * and {@code data/*.json} (see {@link ReportReader#read}).
     *
     * @return the path of {@code index.html}
     */
    public Path rebuild(Path dir) {
        return write(ReportReader.read(dir), dir);
    }

    static Map<String, Object> metrics(RunReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", r.study());
        m.put("description", r.description());
        m.put("seed", r.seed());
        m.put("config", r.config());
        m.put("errors", r.errors());
        m.put("metrics", r.metrics());
        m.put("timings", r.timings());
        m.put("figures", r.figures().stream().map(ChartSpec::id).toList());
        m.put("log", r.log());
        return m;
    }

    /** Number format used in the HTML tables: 4 significant digits, scientific for small or large values. */
    static String number(Object v) {
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                return String.valueOf(d);
            }
            double a = Math.abs(d);
            if (a != 0 && (a < 1e-3 || a >= 1e6)) {
                return String.format(Locale.ROOT, "%.4e", d);
            }
            if (d == Math.rint(d) && a < 1e6) {
                return String.format(Locale.ROOT, "%.0f", d);
            }
            return String.format(Locale.ROOT, "%.6g", d).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
        }
        return String.valueOf(v);
    }
}
