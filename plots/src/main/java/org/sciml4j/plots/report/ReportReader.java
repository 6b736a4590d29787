package org.sciml4j.plots.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.sciml4j.plots.ChartSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a run report folder written by {@link ReportWriter} back into a {@link RunReport}: the numbers from
 * {@code metrics.json}, the figures from {@code data/<id>.json} in the order listed there. The images and
 * {@code index.html} are not read (they are redrawn from this data). Stateless and thread safe.
 */
public final class ReportReader {

    private ReportReader() {
    }

    /**
     * @param dir a report folder
     * @throws IllegalArgumentException naming the folder or file when it is missing or not a valid report
     */
    public static RunReport read(Path dir) {
        Path metrics = dir.resolve(ReportJson.METRICS);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("report folder " + dir.toAbsolutePath() + " does not exist; give the"
                    + " folder printed by 'sciml run'");
        }
        if (!Files.isRegularFile(metrics)) {
            throw new IllegalArgumentException("no " + ReportJson.METRICS + " in " + dir.toAbsolutePath()
                    + "; give the folder of a run report (made by 'sciml run')");
        }
        try {
            JsonNode root = ReportJson.MAPPER.readTree(metrics.toFile());
            List<ChartSpec> figures = new ArrayList<>();
            for (JsonNode id : root.path("figures")) {
                Path data = dir.resolve(ReportJson.DATA).resolve(id.asText() + ".json");
                if (!Files.isRegularFile(data)) {
                    throw new IllegalArgumentException("figure data " + data.toAbsolutePath() + " is missing; "
                            + "metrics.json lists figure '" + id.asText() + "'; restore the file or rerun the study");
                }
                figures.add(ReportJson.MAPPER.readValue(data.toFile(), ChartSpec.class));
            }
            List<String> log = new ArrayList<>();
            root.path("log").forEach(n -> log.add(n.asText()));
            return new RunReport(text(root, "study", metrics), root.path("description").asText(""),
                    root.path("seed").asLong(0), map(root, "config", new TypeReference<Map<String, Object>>() { }),
                    map(root, "errors", new TypeReference<Map<String, Double>>() { }),
                    map(root, "metrics", new TypeReference<Map<String, Double>>() { }),
                    map(root, "timings", new TypeReference<Map<String, Double>>() { }), log, figures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run report in " + dir.toAbsolutePath() + " ("
                    + e.getMessage() + "); give the folder of an intact report or rerun the study", e);
        }
    }

    private static String text(JsonNode root, String key, Path file) {
        JsonNode n = root.get(key);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException(file.toAbsolutePath() + " has no \"" + key + "\"; it is not a run "
                    + "report's metrics.json");
        }
        return n.asText();
    }

    private static <V> Map<String, V> map(JsonNode root, String key, TypeReference<Map<String, V>> type) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return new LinkedHashMap<>();
        }
        return ReportJson.MAPPER.convertValue(n, type);
    }
}
