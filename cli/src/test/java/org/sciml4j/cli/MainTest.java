package org.sciml4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    /** The stored error is the study's own number written as JSON text: it must round-trip exactly. */
    private static final double EXACT_ROUND_TRIP = 0.0;
    /** Trapezoidal rule error ≈ h²π²/12 relative to the integral for a smooth integrand; 5 % covers n = 16. */
    private static final double ASYMPTOTIC_TOLERANCE = 0.05;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err), false);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void listShowsEveryStudyOnOneLine() {
        Result r = run("list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(TinyStudies.NAME + " ")
                && l.endsWith(TinyStudies.DESCRIPTION)), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("validation ")), "cli registers validation");
        Result s = run("list", "--settings");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("    --set n=16  intervals"), s.out());
    }

    @Test
    void runWritesTheReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rep");
        Result r = run("run", TinyStudies.NAME, "--set", "n=16", "--set", "label=u(x)", "--out", out.toString(),
                "--seed", "7");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("report: " + out.resolve("index.html").toAbsolutePath()), r.out());
        assertTrue(r.out().contains("rel_error"), r.out());
        JsonNode m = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals(TinyStudies.NAME, m.get("study").asText());
        assertEquals(7, m.get("seed").asLong());
        assertEquals("u(x)", m.get("config").get("label").asText());
        double e = m.get("errors").get("rel_error").asDouble();
        assertEquals(TinyStudies.relError(16), e, EXACT_ROUND_TRIP);
        double h = 1.0 / 16;
        assertEquals(Math.PI * Math.PI * h * h / 12, e, ASYMPTOTIC_TOLERANCE * e, "trapezoidal error law");
        String html = Files.readString(out.resolve("index.html"));
        String[][] idKind = {{"convergence", "convergence"}, {"solution", "curves"}, {"field", "heatmaps"},
                {"loss", "loss-history"}, {"energy", "parameter-trace"}, {"stream", "time-series"}};
        for (String[] f : idKind) {
            String id = f[0];
            assertTrue(Files.size(out.resolve("figures/" + id + ".png")) > 0, id);
            JsonNode data = new ObjectMapper().readTree(out.resolve("data/" + id + ".json").toFile());
            assertEquals(f[1], data.get("kind").asText(), id);
            assertTrue(html.contains("figures/" + id + ".png"), id);
        }
        JsonNode field = new ObjectMapper().readTree(out.resolve("data/field.json").toFile());
        assertFalse(field.get("panels").get(0).get("ownScale").asBoolean(), "u shares the colour range");
        assertTrue(field.get("panels").get(1).get("ownScale").asBoolean(), "|error| has its own range");
        assertTrue(r.err().contains("phase refine"), "plain progress lines: " + r.err());

        Files.delete(out.resolve("index.html"));
        Files.delete(out.resolve("figures/field.png"));
        Result rebuilt = run("report", out.toString());
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("figures/field.png")));
    }

    private static void assertOneLineFailure(Result r, String... mustContain) {
        assertNotEquals(0, r.code(), "non-zero exit");
        assertEquals(1, r.err().lines().count(), "exactly one line on stderr: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        for (String s : mustContain) {
            assertTrue(r.err().contains(s), "'" + s + "' in: " + r.err());
        }
    }

    @Test
    void unknownStudy(@TempDir Path dir) {
        assertOneLineFailure(run("run", "no-such-study", "--out", dir.toString()), "unknown study 'no-such-study'",
                "sciml list");
    }

    @Test
    void unknownSetting(@TempDir Path dir) {
        assertOneLineFailure(run("run", TinyStudies.NAME, "--set", "bogus=1", "--out", dir.toString()),
                "unknown setting 'bogus'", "known: n, label");
    }

    @Test
    void wrongValueType(@TempDir Path dir) {
        assertOneLineFailure(run("run", TinyStudies.NAME, "--set", "n=many", "--out", dir.toString()),
                "setting n expects an integer", "--set n=16");
    }

    @Test
    void setWithoutEquals(@TempDir Path dir) {
        assertOneLineFailure(run("run", TinyStudies.NAME, "--set", "n", "--out", dir.toString()), "KEY=VALUE");
    }

    @Test
    void unwritableFolder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertOneLineFailure(run("run", TinyStudies.NAME, "--out", file.resolve("sub").toString()),
                "cannot create the report folder", "--out DIR");
    }

    @Test
    void missingReportFolder(@TempDir Path dir) {
        assertOneLineFailure(run("report", dir.resolve("missing").toString()), "does not exist");
        assertOneLineFailure(run("report", dir.toString()), "no metrics.json");
    }

    @Test
    void badSeedAndUnknownOption() {
        assertOneLineFailure(run("run", TinyStudies.NAME, "--seed", "abc"), "--seed", "sciml run --help");
        assertOneLineFailure(run("run", "--bogus"), "--bogus");
        assertOneLineFailure(run("frobnicate", "x"), "sciml --help");
    }

    @Test
    void studyFailureIsOneLineAndVerboseAddsTheTrace(@TempDir Path dir) {
        assertOneLineFailure(run("run", TinyStudies.NAME, "--set", "n=1", "--out", dir.toString()),
                "study tiny-trapezoid failed", "at least 2");
        Result v = run("run", TinyStudies.NAME, "--set", "n=1", "--out", dir.toString(), "--verbose");
        assertNotEquals(0, v.code());
        assertTrue(v.err().contains("\tat "), "stack trace with --verbose");
    }

    /** Second-order five-point Darcy solver: fitted order within this of 2. */
    private static final double ORDER_TOLERANCE = 0.1;

    @Test
    void validationRunsTheChosenConvergenceStudy(@TempDir Path dir) throws IOException {
        String name = "darcy-fd-manufactured";
        Result r = run("run", "validation", "--set", "only=" + name, "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode m = new ObjectMapper().readTree(dir.resolve("metrics.json").toFile());
        assertEquals(2.0, m.get("metrics").get(name + "_fitted_order").asDouble(), ORDER_TOLERANCE);
        assertTrue(m.get("errors").get(name + "_finest_error").asDouble() > 0);
        assertEquals(0.0, m.get("errors").get(name + "_order_deficit").asDouble(), ORDER_TOLERANCE);
        JsonNode fig = new ObjectMapper().readTree(dir.resolve("data/" + name + ".json").toFile());
        assertEquals("convergence", fig.get("kind").asText());
        assertOneLineFailure(run("run", "validation", "--set", "only=nope", "--out", dir.toString()),
                "unknown convergence study 'nope'");
    }

    @Test
    void noArgumentsAndNoNameMeanTheDemoStudy(@TempDir Path dir) {
        assertEquals(java.util.List.of("run"), java.util.List.of(Main.effectiveArgs(new String[0])));
        // The settings check happens before the (long) training, so this proves the default name cheaply.
        assertOneLineFailure(run("run", "--set", "no_such_key=1", "--out", dir.toString()),
                "study demo: unknown setting 'no_such_key'");
    }
    @Test
    void demoRunsItsStudiesInSequenceAndMergesTheirRecords(@TempDir Path dir) throws IOException {
        Result ok = run("run", "demo", "--set", "studies=" + TinyStudies.NAME, "--out", dir.toString(), "--seed", "5");
        assertEquals(0, ok.code(), ok.err());
        JsonNode m = new ObjectMapper().readTree(dir.resolve("metrics.json").toFile());
        assertEquals("demo", m.get("study").asText());
        assertEquals(TinyStudies.relError(16),
                m.get("errors").get(TinyStudies.NAME + ".rel_error").asDouble(), EXACT_ROUND_TRIP);
        assertTrue(Files.size(dir.resolve("figures/" + TinyStudies.NAME + ".loss.png")) > 0);
        assertTrue(Files.isDirectory(dir.resolve(TinyStudies.NAME)), "each part gets its own folder");
        assertOneLineFailure(run("run", "demo", "--set", "studies=nope", "--out", dir.toString()),
                "unknown study 'nope'");
    }
}
