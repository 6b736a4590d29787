package org.sciml4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The {@code sciml} command: {@code list}, {@code run NAME [--set k=v ...] [--out DIR] [--seed N] [--verbose]}
 * and {@code report DIR}. With no arguments it runs the study {@code demo}.
 *
 * <p>Bad input (unknown study or setting, wrong value type, unwritable folder, missing report folder) gives
 * one line on the error stream naming the problem and the fix, and a non-zero exit code: 2 for command-line
 * syntax, 1 for everything else; the stack trace is shown only with {@code --verbose}.
 */
@Command(name = "sciml", mixinStandardHelpOptions = true, version = "sciml 0.1.0",
        description = "SciML4J: run a study and write its report (metrics.json, figures, index.html).",
        footer = {"", "Examples:", "  sciml list", "  sciml run poisson-1d --set adam_steps=1000 --out /tmp/p1",
                "  sciml report /tmp/p1"})
public final class Main implements Callable<Integer> {

    /** Exit code for a failed run or bad input value. */
    static final int EXIT_FAILURE = 1;
    /** Exit code for command-line syntax errors. */
    static final int EXIT_USAGE = 2;

    private Main() {
    }

    @Override
    public Integer call() {
        // Only reached with options but no subcommand (e.g. none given): see execute().
        return 0;
    }

    /** Runs the command with the process's streams and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = execute(args, out, err, System.console() != null);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command in-process.
     *
     * @param args        command-line arguments; empty means {@code run demo}
     * @param out         where results (report path, errors, the study list) go
     * @param err         where progress and error messages go
     * @param interactive whether {@code err} is a terminal (one updating status line) or not (plain lines)
     * @return the exit code: 0 on success
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
        String[] a = effectiveArgs(args);
        boolean verbose = Arrays.asList(a).contains("--verbose") || Arrays.asList(a).contains("-v");
        Studies studies;
        try {
            studies = Studies.load();
        } catch (RuntimeException e) {
            return fail(err, e, verbose);
        }
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("list", new ListCommand(studies, out));
        cl.addSubcommand("run", new RunCommand(studies, out, err, interactive));
        cl.addSubcommand("report", new ReportCommand(out));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, badArgs) -> {
            String msg = firstLine(ex.getMessage());
            CommandLine sub = ex.getCommandLine();
            String help = sub == cl ? "sciml --help" : "sciml " + sub.getCommandName() + " --help";
            err.println("sciml: " + msg + "; see '" + help + "'");
            err.flush();
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> fail(err, ex, verbose));
        int code = cl.execute(a);
        out.flush();
        err.flush();
        return code;
    }

    /** No arguments mean {@code run} (whose default study is {@code demo}). */
    static String[] effectiveArgs(String[] args) {
        return args.length == 0 ? new String[]{"run"} : args.clone();
    }

    private static int fail(PrintWriter err, Exception ex, boolean verbose) {
        String msg;
        if (ex instanceof CliException || ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException
                || ex instanceof org.sciml4j.core.SciMLException) {
            msg = firstLine(ex.getMessage());
        } else {
            msg = ex.getClass().getSimpleName() + ": " + firstLine(String.valueOf(ex.getMessage()))
                    + " (unexpected; rerun with --verbose and report the stack trace)";
        }
        err.println("sciml: error: " + msg);
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_FAILURE;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        List<String> lines = s.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? s : lines.get(0).trim();
    }
}
