package org.sciml4j.cli;

import org.sciml4j.core.study.FigureData;
import org.sciml4j.core.study.RunRecord;
import org.sciml4j.core.study.Settings;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The study {@code demo}, the README's main job: runs a sequence of other studies (setting
 * {@code studies}, default {@value #DEFAULT_SEQUENCE}) with their default settings and the run's seed, and
 * merges their records into one report. Each part's errors, metrics and timings are keyed
 * {@code <study>.<key>}, its figures get ids {@code <study>.<id>}, and its raw files go to the subfolder
 * {@code <out>/<study>}. Stateless; the studies are looked up when the run starts.
 */
final class MainJobStudy implements Study {

    /** The main job's parts: the PINN demo, the Schrödinger wells, every reference solver's convergence. */
    static final String DEFAULT_SEQUENCE = "poisson-1d,quantum-infinite-well,validation";

    private final Function<String, Study> lookup;

    /** @param lookup resolves a study name, throwing a {@link CliException} that names the known studies */
    MainJobStudy(Function<String, Study> lookup) {
        this.lookup = lookup;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String description() {
        return "main job: PINN demo, quantum-well eigenstates and every reference solver's convergence, in one report";
    }

    @Override
    public Settings defaults() {
        return Settings.empty().define("studies", DEFAULT_SEQUENCE, "comma-separated studies to run in sequence");
    }

    @Override
    public RunRecord run(StudyContext ctx) {
        List<Study> parts = new ArrayList<>();
        for (String n : ctx.settings().getString("studies").split(",")) {
            String name = n.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals(name())) {
                throw new CliException("study demo: setting studies must not name demo itself");
            }
            parts.add(lookup.apply(name));
        }
        if (parts.isEmpty()) {
            throw new CliException("study demo: setting studies is empty; name at least one study, e.g. --set studies=poisson-1d");
        }
        RunRecord.Builder rb = RunRecord.builder(name()).seed(ctx.seed()).config(ctx.settings().values());
        for (Study part : parts) {
            String p = part.name();
            ctx.progress().log("== " + p + ": " + part.description());
            Path sub = ctx.outDir().resolve(p);
            try {
                Files.createDirectories(sub);
            } catch (IOException e) {
                throw new UncheckedIOException("study demo: cannot create " + sub, e);
            }
            long t0 = System.nanoTime();
            RunRecord r = part.run(new StudyContext(part.defaults(), ctx.seed(), sub, ctx.progress()));
            rb.timing(p, (System.nanoTime() - t0) * 1e-9);
            r.config().forEach((k, v) -> rb.config(p + "." + k, v));
            r.errors().forEach((k, v) -> rb.error(p + "." + k, v));
            r.metrics().forEach((k, v) -> rb.metric(p + "." + k, v));
            r.timings().forEach((k, v) -> rb.timing(p + "." + k, v));
            r.figures().forEach(f -> rb.figure(prefixed(p + ".", f)));
            r.log().forEach(line -> rb.log(p + ": " + line));
        }
        return rb.build();
    }

    /** The same figure with its id prefixed. */
    static FigureData prefixed(String prefix, FigureData f) {
        if (f instanceof FigureData.LossHistory x) {
            return new FigureData.LossHistory(prefix + x.id(), x.title(), x.iterations(), x.components(), x.phases());
        } else if (f instanceof FigureData.ParameterTrace x) {
            return new FigureData.ParameterTrace(prefix + x.id(), x.title(), x.parameter(), x.iterations(), x.values(),
                    x.exact());
        } else if (f instanceof FigureData.Curves x) {
            return new FigureData.Curves(prefix + x.id(), x.title(), x.xLabel(), x.yLabel(), x.x(), x.series(),
                    x.showError());
        } else if (f instanceof FigureData.Fields x) {
            return new FigureData.Fields(prefix + x.id(), x.title(), x.xLabel(), x.yLabel(), x.nx(), x.ny(), x.x0(),
                    x.x1(), x.y0(), x.y1(), x.panels());
        } else if (f instanceof FigureData.Convergence x) {
            return new FigureData.Convergence(prefix + x.id(), x.title(), x.xLabel(), x.h(), x.errors());
        } else if (f instanceof FigureData.TimeSeries x) {
            return new FigureData.TimeSeries(prefix + x.id(), x.title(), x.yLabel(), x.seconds(), x.series());
        }
        throw new IllegalStateException("unknown figure kind " + f.getClass().getName());
    }
}
