package org.sciml4j.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sciml4j.core.study.FigureData;

/**
 * The per-step record of a training run, as plain arrays for plotting: global step numbers,
 * total loss, one series per named loss component (NaN at steps where a phase did not report that
 * component), phase index per step, step-size control (learning rate / α / λ), gradient norm and
 * wall time. Phase start markers are derived from the phase column. Immutable; getters return copies.
 */
public final class TrainingHistory {

    private final List<String> phaseNames;
    private final long[] steps;
    private final int[] phases;
    private final double[] total;
    private final double[] gradientNorm;
    private final double[] control;
    private final double[] wallSeconds;
    private final Map<String, double[]> components;

    TrainingHistory(List<String> phaseNames, long[] steps, int[] phases, double[] total, double[] gradientNorm,
                    double[] control, double[] wallSeconds, Map<String, double[]> components) {
        int n = steps.length;
        if (phases.length != n || total.length != n || gradientNorm.length != n || control.length != n
                || wallSeconds.length != n) {
            throw new IllegalArgumentException("training history: columns differ in length");
        }
        this.phaseNames = List.copyOf(phaseNames);
        this.steps = steps.clone();
        this.phases = phases.clone();
        this.total = total.clone();
        this.gradientNorm = gradientNorm.clone();
        this.control = control.clone();
        this.wallSeconds = wallSeconds.clone();
        Map<String, double[]> c = new LinkedHashMap<>();
        components.forEach((k, v) -> {
            if (v.length != n) {
                throw new IllegalArgumentException("training history: component " + k + " has " + v.length + " values, expected " + n);
            }
            c.put(k, v.clone());
        });
        this.components = Collections.unmodifiableMap(c);
        for (int p : phases) {
            if (p < 0 || p >= phaseNames.size()) {
                throw new IllegalArgumentException("training history: phase index " + p + " outside " + phaseNames);
            }
        }
    }

    /** An empty history for a schedule with these phase names. */
    public static TrainingHistory empty(List<String> phaseNames) {
        return new TrainingHistory(phaseNames, new long[0], new int[0], new double[0], new double[0], new double[0],
                new double[0], Map.of());
    }

    /** Number of recorded steps. */
    public int size() {
        return steps.length;
    }

    /** Names of the schedule's phases, by phase index. */
    public List<String> phaseNames() {
        return phaseNames;
    }

    /** Global step numbers (1-based). */
    public long[] steps() {
        return steps.clone();
    }

    /** Global step numbers as doubles (x axis for plots). */
    public double[] iterations() {
        double[] d = new double[steps.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = steps[i];
        }
        return d;
    }

    /** Phase index of each step. */
    public int[] phaseIndices() {
        return phases.clone();
    }

    /** Total loss per step. */
    public double[] totalLoss() {
        return total.clone();
    }

    public double[] gradientNorm() {
        return gradientNorm.clone();
    }

    /** Learning rate, line-search α or damping λ per step. */
    public double[] control() {
        return control.clone();
    }

    public double[] wallSeconds() {
        return wallSeconds.clone();
    }

    /** Component names in first-seen order. */
    public List<String> componentNames() {
        return List.copyOf(components.keySet());
    }

    /** The series of one component (NaN where absent); the error lists known names. */
    public double[] component(String name) {
        double[] c = components.get(name);
        if (c == null) {
            throw new IllegalArgumentException("training history: no component '" + name + "'; known: " + components.keySet());
        }
        return c.clone();
    }

    /** Where each phase starts: (global step of its first recorded step, phase name), in order. */
    public List<FigureData.PhaseMark> phaseStarts() {
        List<FigureData.PhaseMark> out = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            if (i == 0 || phases[i] != phases[i - 1]) {
                out.add(new FigureData.PhaseMark(steps[i], phaseNames.get(phases[i])));
            }
        }
        return out;
    }

    /** The last total loss, or NaN if empty. */
    public double lastLoss() {
        return total.length == 0 ? Double.NaN : total[total.length - 1];
    }

    /** Plot data: "total" and every component against the step, phases marked. */
    public FigureData.LossHistory toFigure(String id, String title) {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("total", total);
        series.putAll(components);
        return new FigureData.LossHistory(id, title, iterations(), series, phaseStarts());
    }

    /** The first {@code n} steps. */
    public TrainingHistory truncate(int n) {
        if (n < 0 || n > size()) {
            throw new IllegalArgumentException("training history: cannot truncate " + size() + " steps to " + n);
        }
        Map<String, double[]> c = new LinkedHashMap<>();
        components.forEach((k, v) -> c.put(k, Arrays.copyOf(v, n)));
        return new TrainingHistory(phaseNames, Arrays.copyOf(steps, n), Arrays.copyOf(phases, n), Arrays.copyOf(total, n),
                Arrays.copyOf(gradientNorm, n), Arrays.copyOf(control, n), Arrays.copyOf(wallSeconds, n), c);
    }

    /** Bit-identical losses, controls, norms, steps and phases (wall times are ignored). */
    public boolean sameValues(TrainingHistory o) {
        if (!phaseNames.equals(o.phaseNames) || !Arrays.equals(steps, o.steps) || !Arrays.equals(phases, o.phases)
                || !bits(total, o.total) || !bits(control, o.control) || !bits(gradientNorm, o.gradientNorm)
                || !components.keySet().equals(o.components.keySet())) {
            return false;
        }
        for (String k : components.keySet()) {
            if (!bits(components.get(k), o.components.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean bits(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "TrainingHistory[steps=" + size() + ", phases=" + phaseNames + ", components=" + components.keySet() + "]";
    }

    /** Mutable accumulator used by the trainer. */
    static final class Recorder {
        private final List<String> phaseNames;
        private long[] steps = new long[64];
        private int[] phases = new int[64];
        private double[] total = new double[64];
        private double[] grad = new double[64];
        private double[] control = new double[64];
        private double[] wall = new double[64];
        private final Map<String, double[]> components = new LinkedHashMap<>();
        private int n;

        Recorder(TrainingHistory start) {
            this.phaseNames = start.phaseNames;
            for (String k : start.components.keySet()) {
                column(k);
            }
            for (int i = 0; i < start.size(); i++) {
                Map<String, Double> c = new LinkedHashMap<>();
                for (Map.Entry<String, double[]> e : start.components.entrySet()) {
                    c.put(e.getKey(), e.getValue()[i]);
                }
                add(start.steps[i], start.phases[i], start.total[i], start.gradientNorm[i], start.control[i],
                        start.wallSeconds[i], c);
            }
        }

        void add(TrainingStep s) {
            add(s.step(), s.phaseIndex(), s.loss().total(), s.gradientNorm(), s.control(), s.wallSeconds(),
                    s.loss().components());
        }

        private void add(long step, int phase, double tot, double g, double ctl, double w, Map<String, Double> comps) {
            if (n == steps.length) {
                int cap = n * 2;
                steps = Arrays.copyOf(steps, cap);
                phases = Arrays.copyOf(phases, cap);
                total = Arrays.copyOf(total, cap);
                grad = Arrays.copyOf(grad, cap);
                control = Arrays.copyOf(control, cap);
                wall = Arrays.copyOf(wall, cap);
                components.replaceAll((k, v) -> Arrays.copyOf(v, cap));
            }
            steps[n] = step;
            phases[n] = phase;
            total[n] = tot;
            grad[n] = g;
            control[n] = ctl;
            wall[n] = w;
            for (double[] col : components.values()) {
                col[n] = Double.NaN;
            }
            for (Map.Entry<String, Double> e : comps.entrySet()) {
                column(e.getKey())[n] = e.getValue();
            }
            n++;
        }

        private double[] column(String name) {
            return components.computeIfAbsent(name, k -> {
                double[] c = new double[steps.length];
                Arrays.fill(c, Double.NaN);
                return c;
            });
        }

        TrainingHistory build() {
            Map<String, double[]> c = new LinkedHashMap<>();
            components.forEach((k, v) -> c.put(k, Arrays.copyOf(v, n)));
            return new TrainingHistory(phaseNames, Arrays.copyOf(steps, n), Arrays.copyOf(phases, n), Arrays.copyOf(total, n),
                    Arrays.copyOf(grad, n), Arrays.copyOf(control, n), Arrays.copyOf(wall, n), c);
        }

        int size() {
            return n;
        }

        void dropLast() {
            if (n > 0) {
                n--;
            }
        }
    }
}
