package org.sciml4j.core.train;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Shows training progress as one status line, rewritten in place with a carriage return, at most
 * once per interval (default 200 ms, i.e. at most 5 times a second): phase, step, loss and its
 * components, control (lr/α/λ) and elapsed time. Phase starts and the final result are printed on
 * their own lines. Writes to {@code System.err} by default. Not thread-safe (one run at a time).
 */
public final class ConsoleProgress implements TrainingListener {

    private final PrintStream out;
    private final long intervalNanos;
    private final LongSupplier clock;
    private long lastPrint = Long.MIN_VALUE;
    private long planned = -1;
    private int lastLength;

    /** Progress on {@code System.err}, at most 5 updates per second. */
    public ConsoleProgress() {
        this(System.err, 200, System::nanoTime);
    }

    /**
     * @param out           where to write (not closed)
     * @param intervalMillis minimum time between status-line updates, ≥ 0
     * @param nanoClock     time source in nanoseconds (tests pass a fake clock)
     */
    public ConsoleProgress(PrintStream out, long intervalMillis, LongSupplier nanoClock) {
        this.out = Objects.requireNonNull(out, "out");
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("console progress: interval must be >= 0 ms, got " + intervalMillis);
        }
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.clock = Objects.requireNonNull(nanoClock, "clock");
    }

    @Override
    public void phaseStarted(int index, String name, long plannedSteps) {
        endLine();
        planned = plannedSteps;
        out.printf(Locale.ROOT, "phase %d: %s (up to %d steps)%n", index, name, plannedSteps);
        lastPrint = Long.MIN_VALUE;
    }

    @Override
    public void step(TrainingStep s) {
        long now = clock.getAsLong();
        if (lastPrint != Long.MIN_VALUE && now - lastPrint < intervalNanos) {
            return;
        }
        lastPrint = now;
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "%s %d/%d  loss %.4e", s.phase(), s.stepInPhase(), planned, s.loss().total()));
        for (Map.Entry<String, Double> e : s.loss().components().entrySet()) {
            line.append(String.format(Locale.ROOT, "  %s %.3e", e.getKey(), e.getValue()));
        }
        line.append(String.format(Locale.ROOT, "  ctl %.2e  %.1f s", s.control(), s.wallSeconds()));
        int pad = Math.max(0, lastLength - line.length());
        lastLength = line.length();
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
    }

    @Override
    public void finished(TrainingResult result) {
        endLine();
        out.println((result.diverged() ? "DIVERGED: " : "done: ") + result.message());
        out.flush();
    }

    private void endLine() {
        if (lastLength > 0) {
            out.println();
            lastLength = 0;
        }
    }
}
