package org.sciml4j.cli;

import org.sciml4j.core.study.FigureData;
import org.sciml4j.core.study.Progress;
import org.sciml4j.core.study.RunRecord;
import org.sciml4j.core.study.Settings;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyContext;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The study {@code validation}: runs every registered {@link ConvergenceStudy} (or those named in the setting
 * {@code only}) and records, per study {@code <name>}, the errors {@code <name>_finest_error} (error at the
 * finest resolution) and {@code <name>_order_deficit} = max(0, design order − fitted order), the metrics
 * {@code <name>_fitted_order} and {@code <name>_design_order}, the wall time of the refinement sequence, and
 * one convergence figure (error against h). Deterministic solvers, so the seed is unused. Stateless.
 */
final class ValidationStudy implements Study {

    @Override
    public String name() {
        return "validation";
    }

    @Override
    public String description() {
        return "runs every registered reference-solver convergence study against its exact solution"
                + " (error and fitted order per solver)";
    }

    @Override
    public Settings defaults() {
        return Settings.empty().define("only", "", "comma-separated convergence study names; empty runs all");
    }

    @Override
    public RunRecord run(StudyContext ctx) {
        Map<String, ConvergenceStudy> all = new LinkedHashMap<>();
        for (ConvergenceStudy c : ServiceLoader.load(ConvergenceStudy.class)) {
            all.putIfAbsent(c.name(), c);
        }
        List<ConvergenceStudy> chosen = choose(all, ctx.settings().getString("only"));
        Progress p = ctx.progress();
        RunRecord.Builder rb = RunRecord.builder(name()).seed(ctx.seed()).config(ctx.settings().values());
        p.phase("convergence studies", chosen.size());
        long step = 0;
        for (ConvergenceStudy c : chosen) {
            p.step(step, c.name());
            long t0 = System.nanoTime();
            ConvergenceResult r = c.run();
            double seconds = (System.nanoTime() - t0) * 1e-9;
            double fitted = r.observedOrder();
            double finest = r.errors()[r.errors().length - 1];
            rb.error(c.name() + "_finest_error", finest)
                    .error(c.name() + "_order_deficit", Math.max(0, r.designOrder() - fitted))
                    .metric(c.name() + "_fitted_order", fitted)
                    .metric(c.name() + "_design_order", r.designOrder())
                    .timing(c.name(), seconds);
            rb.figure(new FigureData.Convergence(c.name(), c.name() + ": " + r.errorLabel(), "h",
                    Arrays.copyOf(r.h(), r.h().length), Map.of(r.errorLabel(), r.errors())));
            String line = String.format(Locale.ROOT, "%s: finest error %.3e, fitted order %.3f (design %.1f), %.2f s",
                    c.name(), finest, fitted, r.designOrder(), seconds);
            rb.log(line);
            p.log(line);
            p.step(++step, c.name());
        }
        return rb.build();
    }

    private static List<ConvergenceStudy> choose(Map<String, ConvergenceStudy> all, String only) {
        if (only.isBlank()) {
            return new ArrayList<>(all.values());
        }
        Set<String> names = new LinkedHashSet<>();
        for (String n : only.split(",")) {
            if (!n.isBlank()) {
                names.add(n.trim());
            }
        }
        List<ConvergenceStudy> out = new ArrayList<>();
        for (String n : names) {
            ConvergenceStudy c = all.get(n);
            if (c == null) {
                throw new CliException("setting only: unknown convergence study '" + n + "'; known: "
                        + String.join(", ", all.keySet()));
            }
            out.add(c);
        }
        return out;
    }
}
