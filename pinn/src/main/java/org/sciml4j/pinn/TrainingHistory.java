package org.sciml4j.pinn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sciml4j.core.study.FigureData;

/**
 * Loss per iteration with its named components, the phase starts and monitored values (e.g. the
 * error against an exact solution) recorded by {@link Trainer}. Iterations count across phases,
 * from 1. Mutable while training; not thread-safe.
 */
public final class TrainingHistory {

    private final List<Double> iterations = new ArrayList<>();
    private final List<Double> totals = new ArrayList<>();
    private final Map<String, List<Double>> components = new LinkedHashMap<>();
    private final List<FigureData.PhaseMark> phases = new ArrayList<>();
    private final Map<String, List<double[]>> monitored = new LinkedHashMap<>();
    private final Map<TrainableScalar, List<Double>> scalars = new LinkedHashMap<>();
    private final List<Double> scalarIterations = new ArrayList<>();

    void recordScalars(long iteration, List<TrainableScalar> params, double[] values) {
        scalarIterations.add((double) iteration);
        for (int t = 0; t < params.size(); t++) {
            scalars.computeIfAbsent(params.get(t), k -> new ArrayList<>()).add(values[t]);
        }
    }

    /** The values of a trainable scalar per iteration, as a figure with its exact value (NaN if unknown). */
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

    void phase(double iteration, String label) {
        phases.add(new FigureData.PhaseMark(iteration, label));
    }

    void record(long iteration, double total, Map<String, Double> parts) {
        int n = iterations.size();
        iterations.add((double) iteration);
        totals.add(total);
        parts.forEach((k, v) -> {
            List<Double> l = components.computeIfAbsent(k, x -> new ArrayList<>());
            while (l.size() < n) {
                l.add(Double.NaN);
            }
            l.add(v);
        });
    }

    void monitor(String name, long iteration, double value) {
        monitored.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {iteration, value});
    }

    public int size() {
        return iterations.size();
    }

    public double lastTotal() {
        return totals.isEmpty() ? Double.NaN : totals.get(totals.size() - 1);
    }

    public List<FigureData.PhaseMark> phases() {
        return List.copyOf(phases);
    }

    /** Monitored values: name → rows {iteration, value}. */
    public Map<String, List<double[]>> monitored() {
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        monitored.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The history as a loss figure: total and components against iteration, phases marked. */
    public FigureData.LossHistory toFigure(String id, String title) {
        int n = iterations.size();
        double[] it = new double[n];
        double[] tot = new double[n];
        for (int i = 0; i < n; i++) {
            it[i] = iterations.get(i);
            tot[i] = totals.get(i);
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("total", tot);
        if (components.size() > 1) {
            components.forEach((k, l) -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = i < l.size() ? l.get(i) : Double.NaN;
                }
                series.put(k, v);
            });
        }
        return new FigureData.LossHistory(id, title, it, series, phases);
    }
}
