package org.sciml4j.cli;

import org.sciml4j.plots.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code sciml report DIR}: redraws the figures and index.html of a report from its metrics.json and data/. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild a run report (figures, index.html) from its metrics.json and data/*.json.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the report folder printed by 'sciml run'")
    Path dir;

    @Option(names = {"-v", "--verbose"}, description = "show stack traces of failures")
    boolean verbose;

    private final PrintWriter out;

    ReportCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Path index = ReportWriter.defaults().rebuild(dir);
        out.println("report: " + index.toAbsolutePath());
        out.flush();
        return 0;
    }
}
