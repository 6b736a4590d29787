package org.sciml4j.cli;

import org.sciml4j.core.study.Progress;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows a study's progress on the error stream. On a terminal ({@code interactive}) it keeps one status
 * line updated in place ({@code \r}), at most every {@value #REDRAW_MS} ms, and prints log lines above it;
 * otherwise (a pipe or file) it prints one plain line per phase and per log line, and step lines only when
 * {@code verbose} (at most one every {@value #PLAIN_STEP_MS} ms). Log lines are also collected for the
 * report. Not thread safe: one study thread calls it.
 */
final class ConsoleProgress implements Progress {

    static final long REDRAW_MS = 100;
    static final long PLAIN_STEP_MS = 2000;
    private static final int WIDTH = 100;

    private final PrintWriter err;
    private final boolean interactive;
    private final boolean verbose;
    private final LongSupplier clockMs;
    private final long startMs;
    private final List<String> logLines = new ArrayList<>();
    private String phase = "";
    private long total = -1;
    private long lastDraw = Long.MIN_VALUE / 2;
    private boolean statusShown;

    ConsoleProgress(PrintWriter err, boolean interactive, boolean verbose, LongSupplier clockMs) {
        this.err = err;
        this.interactive = interactive;
        this.verbose = verbose;
        this.clockMs = clockMs;
        this.startMs = clockMs.getAsLong();
    }

    @Override
    public void phase(String name, long totalSteps) {
        phase = name == null ? "" : name;
        total = totalSteps;
        if (interactive) {
            draw(status(0, ""), true);
        } else {
            err.println("[" + elapsed() + "] phase " + phase + (total > 0 ? " (" + total + " steps)" : ""));
            err.flush();
        }
    }

    @Override
    public void step(long step, String message) {
        long now = clockMs.getAsLong();
        if (interactive) {
            if (now - lastDraw >= REDRAW_MS) {
                lastDraw = now;
                draw(status(step, message), false);
            }
        } else if (verbose && now - lastDraw >= PLAIN_STEP_MS) {
            lastDraw = now;
            err.println("[" + elapsed() + "] " + status(step, message).trim());
            err.flush();
        }
    }

    @Override
    public void log(String line) {
        logLines.add(line);
        if (interactive) {
            clear();
            err.println(line);
            err.flush();
        } else {
            err.println("[" + elapsed() + "] " + line);
            err.flush();
        }
    }

    /** Removes the status line (call when the run ends). */
    void finish() {
        if (interactive) {
            clear();
            err.flush();
        }
    }

    List<String> logLines() {
        return List.copyOf(logLines);
    }

    private String status(long step, String message) {
        String count = total > 0 ? String.format(Locale.ROOT, "%d/%d (%3.0f%%)", step, total, 100.0 * step / total)
                : String.valueOf(step);
        return String.format(Locale.ROOT, "[%s] %s %s %s", elapsed(), phase, count, message == null ? "" : message);
    }

    private void draw(String text, boolean force) {
        String t = text.length() > WIDTH ? text.substring(0, WIDTH - 1) + "…" : text;
        err.print("\r" + t + " ".repeat(Math.max(0, WIDTH - t.length())));
        err.flush();
        statusShown = true;
        if (force) {
            lastDraw = clockMs.getAsLong();
        }
    }

    private void clear() {
        if (statusShown) {
            err.print("\r" + " ".repeat(WIDTH) + "\r");
            statusShown = false;
        }
    }

    private String elapsed() {
        long s = (clockMs.getAsLong() - startMs) / 1000;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
