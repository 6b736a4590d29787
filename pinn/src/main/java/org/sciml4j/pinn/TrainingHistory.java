package org.sciml4j.pinn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sciml4j.core.study.FigureData;

/**
 * The record of a PINN training run by {@link Trainer}: one core
 * {@link org.sciml4j.core.train.TrainingHistory} per optimizer phase (loss, components, gradient
 * norm, step control per step; steps numbered globally from 1 across phases), plus what only the
 * PINN layer knows: refinement marks, monitored values (e.g. the error against an exact solution)
 * and the values of trainable scalars. A run resumed from a checkpoint holds the phases from the
 * resumed one on. Mutable while training; not thread-safe.
 */
public final class TrainingHistory {

    private final List<org.sciml4j.core.train.TrainingHistory> phaseHistories = new ArrayList<>();
    private final List<FigureData.PhaseMark> refineMarks = new ArrayList<>();
    private final Map<String, List<double[]>> monitored = new LinkedHashMap<>();
    private final Map<TrainableScalar, List<Double>> scalars = new LinkedHashMap<>();
    private final List<Double> scalarIterations = new ArrayList<>();

    void addPhase(org.sciml4j.core.train.TrainingHistory h) {
        phaseHistories.add(h);
    }

    void refine(double iteration) {
        refineMarks.add(new FigureData.PhaseMark(iteration, "refine"));
    }

    void recordScalars(long iteration, List<TrainableScalar> params, double[] values) {
        scalarIterations.add((double) iteration);
        for (int t = 0; t < params.size(); t++) {
            scalars.computeIfAbsent(params.get(t), k -> new ArrayList<>()).add(values[t]);
        }
    }

    void monitor(String name, long iteration, double value) {
        monitored.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {iteration, value});
    }

    /** The core histories of the optimizer phases run, in order. */
    public List<org.sciml4j.core.train.TrainingHistory> phaseHistories() {
        return List.copyOf(phaseHistories);
    }

    /** The values of a trainable scalar per recorded point, as a figure with its exact value (NaN if unknown). */
    public FigureData.ParameterTrace parameterTrace(String id, String title, TrainableScalar p, double exact) {
        List<Double> v = scalars.get(p);
        if (v == null) {
            throw new IllegalArgumentException("TrainingHistory.parameterTrace: '" + p.name()
                    + "' was not trained in this run");
        }
        double[] it = new double[v.size()];
        double[] val = new double[v.size()];
        for (int i = 0; i < it.length; i++) {
            it[i] = scalarIterations.get(i);
            val[i] = v.get(i);
        }
        return new FigureData.ParameterTrace(id, title, p.name(), it, val, exact);
    }

    /** Number of recorded optimizer steps. */
    public int size() {
        int n = 0;
        for (var h : phaseHistories) {
            n += h.size();
        }
        return n;
    }

    /** The last recorded total loss (NaN if none). */
    public double lastTotal() {
        for (int i = phaseHistories.size() - 1; i >= 0; i--) {
            if (phaseHistories.get(i).size() > 0) {
                return phaseHistories.get(i).lastLoss();
            }
        }
        return Double.NaN;
    }

    /** Phase starts (core phase names "adam", "lbfgs", "levenberg-marquardt", and "refine"), by iteration. */
    public List<FigureData.PhaseMark> phases() {
        List<FigureData.PhaseMark> out = new ArrayList<>(refineMarks); // a refinement precedes the phase after it
        for (var h : phaseHistories) {
            out.addAll(h.phaseStarts());
        }
        out.sort((a, b) -> Double.compare(a.iteration(), b.iteration()));
        return out;
    }

    /** Monitored values: name → rows {iteration, value}. */
    public Map<String, List<double[]>> monitored() {
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        monitored.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The history as a loss figure: total and components against iteration, phases marked. */
    public FigureData.LossHistory toFigure(String id, String title) {
        int n = size();
        double[] it = new double[n];
        double[] tot = new double[n];
        Map<String, double[]> comps = new LinkedHashMap<>();
        int off = 0;
        for (var h : phaseHistories) {
            System.arraycopy(h.iterations(), 0, it, off, h.size());
            System.arraycopy(h.totalLoss(), 0, tot, off, h.size());
            for (String c : h.componentNames()) {
                double[] all = comps.computeIfAbsent(c, k -> {
                    double[] a = new double[n];
                    Arrays.fill(a, Double.NaN);
                    return a;
                });
                System.arraycopy(h.component(c), 0, all, off, h.size());
            }
            off += h.size();
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("total", tot);
        series.putAll(comps);
        return new FigureData.LossHistory(id, title, it, series, phases());
    }
}
