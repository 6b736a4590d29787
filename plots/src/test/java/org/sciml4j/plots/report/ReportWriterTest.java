package org.sciml4j.plots.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciml4j.plots.ChartRenderer;
import org.sciml4j.plots.ChartSpec;
import org.sciml4j.plots.SampleCharts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReportWriterTest {

    private static final double REL_L2 = 3.1e-7;
    /** Small panels keep the test fast; the layout code is the same at any size. */
    private static final ChartRenderer SMALL = new ChartRenderer(300, 200, 1.0);

    static RunReport sample() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("epochs", 200);
        config.put("learning_rate", 1e-3);
        config.put("adaptive", true);
        config.put("optimizer", "adam<lbfgs>");
        config.put("big", 12345678901L);
        Map<String, Double> errors = new LinkedHashMap<>();
        errors.put("rel_l2", REL_L2);
        errors.put("energy_rel_error", Double.NaN);
        return new RunReport("poisson-1d", "Poisson 1-D & friends", 42, config, errors,
                Map.of("iterations", 3000.0), Map.of("train", 1.25), List.of("adam done", "lbfgs <done>"),
                SampleCharts.all());
    }

    @Test
    void writesMetricsDataFiguresAndIndex(@TempDir Path dir) throws IOException {
        RunReport r = sample();
        Path index = new ReportWriter(SMALL).write(r, dir);
        assertEquals(dir.resolve("index.html"), index);
        JsonNode m = ReportJson.MAPPER.readTree(dir.resolve("metrics.json").toFile());
        assertEquals("poisson-1d", m.get("study").asText());
        assertEquals(42, m.get("seed").asLong());
        assertEquals(REL_L2, m.get("errors").get("rel_l2").asDouble(), 0.0);
        assertEquals(200, m.get("config").get("epochs").asInt());
        assertTrue(m.has("metrics") && m.has("timings") && m.has("log"));
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(html.contains("rel_l2") && html.contains("3.1000e-07"), "errors table shows rel_l2");
        assertTrue(html.contains("adam&lt;lbfgs&gt;"), "config values are escaped");
        assertTrue(!html.contains("http://") && !html.contains("https://"), "no external resources");
        for (ChartSpec f : r.figures()) {
            assertTrue(html.contains("src=\"figures/" + f.id() + ".png\""), "index shows " + f.id());
            assertTrue(Files.size(dir.resolve("figures/" + f.id() + ".png")) > 1000);
            assertTrue(Files.readString(dir.resolve("figures/" + f.id() + ".svg")).contains("<svg"));
            assertTrue(Files.isRegularFile(dir.resolve("data/" + f.id() + ".json")));
        }
        Matcher img = Pattern.compile("<img ").matcher(html);
        int count = 0;
        while (img.find()) {
            count++;
        }
        assertEquals(r.figures().size(), count, "one image per figure");
    }

    @Test
    void readerRestoresTheReport(@TempDir Path dir) {
        RunReport r = sample();
        new ReportWriter(SMALL).write(r, dir);
        RunReport back = ReportReader.read(dir);
        assertEquals(r.study(), back.study());
        assertEquals(r.seed(), back.seed());
        assertEquals(r.errors(), back.errors());
        assertEquals(r.log(), back.log());
        assertEquals(r.figures().size(), back.figures().size());
        ChartSpec.Curves c0 = (ChartSpec.Curves) r.figures().stream().filter(f -> f instanceof ChartSpec.Curves)
                .findFirst().orElseThrow();
        ChartSpec.Curves c1 = (ChartSpec.Curves) back.figures().stream().filter(f -> f instanceof ChartSpec.Curves)
                .findFirst().orElseThrow();
        assertArrayEquals(c0.x(), c1.x(), 0.0);
        assertEquals(c0.series().keySet(), c1.series().keySet());
    }

    @Test
    void rebuildReproducesIdenticalFiles(@TempDir Path dir) throws IOException {
        ReportWriter w = new ReportWriter(SMALL);
        w.write(sample(), dir);
        Map<Path, byte[]> before = snapshot(dir);
        for (Path p : before.keySet()) {
            if (!p.toString().endsWith(".json")) {
                Files.delete(dir.resolve(p));
            }
        }
        w.rebuild(dir);
        Map<Path, byte[]> after = snapshot(dir);
        assertEquals(before.keySet(), after.keySet());
        for (Path p : before.keySet()) {
            assertArrayEquals(before.get(p), after.get(p), "rebuilt " + p + " differs");
        }
    }

    @Test
    void missingFolderOrMetricsIsNamed(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportReader.read(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReportReader.read(dir));
        assertTrue(e.getMessage().contains("no metrics.json"), e.getMessage());
    }

    @Test
    void unwritableFolderIsNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new ReportWriter(SMALL).write(sample(), file.resolve("sub")));
        assertTrue(e.getMessage().contains("choose a writable folder"), e.getMessage());
    }

    @Test
    void headlessBrowserLoadsEveryImage(@TempDir Path dir) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "chromium not installed; skipping the browser check");
        RunReport r = sample();
        Path index = new ReportWriter(SMALL).write(r, dir.resolve("report"));
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=5000",
                "--dump-dom", index.toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        String html = new String(dom, StandardCharsets.UTF_8);
        int n = r.figures().size();
        assertTrue(html.contains("data-images-ok=\"" + n + "/" + n + "\""),
                "every image loaded; body was: " + html.substring(0, Math.min(300, html.length())));
    }

    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(dir.relativize(p), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
