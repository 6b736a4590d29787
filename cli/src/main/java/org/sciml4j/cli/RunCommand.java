package org.sciml4j.cli;

import org.sciml4j.core.study.FigureData;
import org.sciml4j.core.study.RunRecord;
import org.sciml4j.core.study.Settings;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyContext;
import org.sciml4j.plots.ChartSpec;
import org.sciml4j.plots.report.ReportWriter;
import org.sciml4j.plots.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sciml run [NAME] [--set key=value ...] [--out DIR] [--seed N] [--verbose]}: runs a study with its
 * settings overridden, shows progress on the error stream and writes the run report.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a study and write its report (default study: demo).")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "demo", paramLabel = "NAME",
            description = "study to run (see 'sciml list'); default: ${DEFAULT-VALUE}")
    String name;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a setting, e.g. --set epochs=500")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "report folder (default: runs/<name>-<yyyyMMdd-HHmmss>)")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-v", "--verbose"}, description = "more progress lines; stack traces of failures")
    boolean verbose;

    private final Studies studies;
    private final PrintWriter stdout;
    private final PrintWriter err;
    private final boolean interactive;

    RunCommand(Studies studies, PrintWriter stdout, PrintWriter err, boolean interactive) {
        this.studies = studies;
        this.stdout = stdout;
        this.err = err;
        this.interactive = interactive;
    }

    @Override
    public Integer call() {
        Study study = studies.require(name);
        Settings settings = apply(study, sets);
        Path dir = outputFolder(out == null ? defaultFolder(name) : out);
        ConsoleProgress progress = new ConsoleProgress(err, interactive, verbose, System::currentTimeMillis);
        long t0 = System.nanoTime();
        RunRecord record;
        try {
            record = study.run(new StudyContext(settings, seed, dir, progress));
        } catch (IllegalArgumentException | org.sciml4j.core.SciMLException e) {
            throw new CliException("study " + name + " failed: " + Main.firstLine(e.getMessage()), e);
        } finally {
            progress.finish();
        }
        double wall = (System.nanoTime() - t0) * 1e-9;
        RunReport report = toReport(study, record, settings, seed, wall, progress.logLines());
        Path index = ReportWriter.defaults().write(report, dir);
        stdout.println("report: " + index.toAbsolutePath());
        if (report.errors().isEmpty()) {
            stdout.println("errors: none recorded");
        } else {
            int w = report.errors().keySet().stream().mapToInt(String::length).max().orElse(8);
            stdout.println("errors:");
            report.errors().forEach((k, v) ->
                    stdout.println(String.format(Locale.ROOT, "  %-" + w + "s  %.4e", k, v)));
        }
        stdout.flush();
        return 0;
    }

    /** The study's defaults with each {@code key=value} applied (Settings.parse checks key and type). */
    static Settings apply(Study study, List<String> sets) {
        Settings s = study.defaults();
        for (String kv : sets) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new CliException("--set expects KEY=VALUE, got '" + kv + "'; e.g. --set "
                        + s.entries().keySet().stream().findFirst().orElse("key") + "=...");
            }
            String key = kv.substring(0, eq).trim();
            String value = kv.substring(eq + 1);
            try {
                s = s.parse(key, value);
            } catch (IllegalArgumentException e) {
                throw new CliException("study " + study.name() + ": " + Main.firstLine(e.getMessage())
                        + (s.entries().containsKey(key) ? "" : "; fix the key in --set KEY=VALUE"), e);
            }
        }
        return s;
    }

    static RunReport toReport(Study study, RunRecord r, Settings settings, long seed, double wallSeconds,
                              List<String> progressLog) {
        Map<String, Object> config = new LinkedHashMap<>(settings.values());
        config.putAll(r.config());
        Map<String, Double> timings = new LinkedHashMap<>(r.timings());
        timings.putIfAbsent("total", wallSeconds);
        List<ChartSpec> figures = new ArrayList<>();
        for (FigureData f : r.figures()) {
            figures.add(Figures.toSpec(f));
        }
        List<String> log = r.log().isEmpty() ? progressLog : r.log();
        return new RunReport(study.name(), study.description(), seed, config, r.errors(), r.metrics(), timings, log,
                figures);
    }

    private static Path defaultFolder(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path p = Path.of("runs", name + "-" + stamp);
        for (int k = 2; Files.exists(p); k++) {
            p = Path.of("runs", name + "-" + stamp + "-" + k);
        }
        return p;
    }

    /** Creates the folder and checks it can be written, or fails with one line naming the fix. */
    static Path outputFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new CliException("cannot create the report folder " + dir.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); choose a writable folder with --out DIR", e);
        }
        if (!Files.isWritable(dir)) {
            throw new CliException("the report folder " + dir.toAbsolutePath() + " is not writable; choose a"
                    + " writable folder with --out DIR");
        }
        return dir;
    }
}
