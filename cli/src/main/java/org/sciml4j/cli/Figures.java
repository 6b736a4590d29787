package org.sciml4j.cli;

import org.sciml4j.core.study.FigureData;
import org.sciml4j.plots.ChartSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a study's {@link FigureData} into the plots module's {@link ChartSpec} (a one-to-one copy). */
final class Figures {

    private Figures() {
    }

    static ChartSpec toSpec(FigureData f) {
        if (f instanceof FigureData.LossHistory s) {
            return new ChartSpec.LossHistory(s.id(), s.title(), s.iterations(), s.components(),
                    s.phases().stream().map(p -> new ChartSpec.PhaseMark(p.iteration(), p.label())).toList());
        } else if (f instanceof FigureData.ParameterTrace s) {
            return new ChartSpec.ParameterTrace(s.id(), s.title(), s.parameter(), s.iterations(), s.values(),
                    s.exact());
        } else if (f instanceof FigureData.Curves s) {
            List<String> names = new ArrayList<>(s.series().keySet());
            String y = names.isEmpty() ? "value" : names.get(0);
            return new ChartSpec.Curves(s.id(), s.title(), s.xLabel(), s.yLabel() == null ? y : s.yLabel(), s.x(),
                    s.series(), s.showError() && s.series().size() >= 2);
        } else if (f instanceof FigureData.Fields s) {
            List<ChartSpec.Panel> panels = new ArrayList<>();
            for (Map.Entry<String, double[]> e : s.panels().entrySet()) {
                String k = e.getKey().toLowerCase(Locale.ROOT);
                panels.add(new ChartSpec.Panel(e.getKey(), e.getValue(), k.contains("error") || k.contains("|")));
            }
            return new ChartSpec.Heatmaps(s.id(), s.title(), s.xLabel(), s.yLabel(), s.nx(), s.ny(), s.x0(), s.x1(), s.y0(),
                    s.y1(), panels);
        } else if (f instanceof FigureData.Convergence s) {
            return new ChartSpec.Convergence(s.id(), s.title(), s.xLabel(), "error", s.h(), s.errors());
        } else {
            FigureData.TimeSeries s = (FigureData.TimeSeries) f;
            return new ChartSpec.TimeSeries(s.id(), s.title(), s.yLabel(), s.seconds(), s.series());
        }
    }
}
