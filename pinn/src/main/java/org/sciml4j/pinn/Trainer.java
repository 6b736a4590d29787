package org.sciml4j.pinn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sciml4j.core.optim.Adam;
import org.sciml4j.core.optim.AdamStepper;
import org.sciml4j.core.optim.IterationInfo;
import org.sciml4j.core.optim.IterationListener;
import org.sciml4j.core.optim.Lbfgs;
import org.sciml4j.core.optim.LbfgsRun;
import org.sciml4j.core.optim.LevenbergMarquardt;
import org.sciml4j.core.optim.LevenbergMarquardtRun;
import org.sciml4j.core.optim.LossValue;
import org.sciml4j.core.study.Progress;

/**
 * Trains a {@link PinnModel} through a schedule of phases, e.g. Adam → L-BFGS →
 * Levenberg–Marquardt, recording the loss and its components per iteration
 * ({@link TrainingHistory}). Adam and L-BFGS minimize L = ½‖r‖² through its gradient;
 * Levenberg–Marquardt works on the residual vector and its Jacobian. A phase that meets a NaN or
 * infinite loss stops and the model keeps its last finite parameters. A monitor (e.g. the error
 * against an exact solution) runs every k iterations and at each phase end. Deterministic for a
 * given model. The model is modified. Immutable settings; not reentrant per model.
 */
public final class Trainer {

    /** One phase of the schedule. */
    public sealed interface Phase permits AdamPhase, LbfgsPhase, LmPhase, RefinePhase { }

    /**
     * Residual-based refinement between phases ({@link Resampling}): adds the {@code add} points of
     * largest PDE residual among {@code candidates} placed by the sampler (seeded by {@code seed});
     * the model moves onto the refined problem; adaptive weight multipliers are kept.
     */
    public record RefinePhase(org.sciml4j.pinn.sampling.Sampler sampler, int candidates, int add, long seed)
            implements Phase {
        public RefinePhase {
            Objects.requireNonNull(sampler, "sampler");
            if (add <= 0 || candidates < add) {
                throw new IllegalArgumentException("Trainer.refine: need 0 < add <= candidates, got add=" + add
                        + ", candidates=" + candidates);
            }
        }
    }

    /** {@code steps} Adam updates. */
    public record AdamPhase(Adam adam, int steps) implements Phase { }

    /** L-BFGS until one of its stops. */
    public record LbfgsPhase(Lbfgs lbfgs) implements Phase { }

    /** Levenberg–Marquardt until one of its stops. */
    public record LmPhase(LevenbergMarquardt lm) implements Phase { }

    /** A value watched during training, e.g. the relative L2 error. */
    public record Monitor(String name, int every, java.util.function.ToDoubleFunction<PinnModel> value) {
        public Monitor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (every <= 0) {
                throw new IllegalArgumentException("Trainer.Monitor " + name + ": interval must be positive, got " + every);
            }
        }
    }

    /**
     * Learning-rate-annealing weights (Wang, Teng &amp; Perdikaris, SIAM J. Sci. Comput. 2021), applied
     * during Adam phases every {@code every} steps: for each term b other than the PDE,
     * λ̂_b = max|∇θ L_pde| / mean|∇θ L_b| and λ_b ← min(λ_max, (1 − α) λ_b + α λ̂_b). The cap λ_max
     * matters: a term that is nearly satisfied has a tiny gradient and λ̂_b would grow without bound.
     * The multipliers then stay fixed for later phases of the same {@link #train} call.
     */
    public record AdaptiveWeights(int every, double alpha, double maxMultiplier) {
        public AdaptiveWeights {
            if (every <= 0 || !(alpha > 0 && alpha <= 1) || !(maxMultiplier >= 1)) {
                throw new IllegalArgumentException("Trainer.AdaptiveWeights: need every > 0, 0 < alpha <= 1 and"
                        + " maxMultiplier >= 1, got every=" + every + ", alpha=" + alpha + ", max=" + maxMultiplier);
            }
        }
    }

    private final List<Phase> phases;
    private final AdaptiveWeights adaptive;
    private final List<Monitor> monitors;
    private final Progress progress;
    private final Path checkpoint;

    private Trainer(Builder b) {
        this.phases = List.copyOf(b.phases);
        this.monitors = List.copyOf(b.monitors);
        this.progress = b.progress;
        this.checkpoint = b.checkpoint;
        this.adaptive = b.adaptive;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What a training run produced. */
    public record Result(TrainingHistory history, LossValue finalLoss, long iterations, double seconds,
                         List<String> phaseReports, double[] weightMultipliers) { }

    /** Runs every phase in order on the model (modified). */
    public Result train(PinnModel model) {
        TrainingHistory h = new TrainingHistory();
        PinnLoss loss = model.loss();
        double[] x = model.parameters();
        long[] it = {0};
        long t0 = System.nanoTime();
        List<String> reports = new ArrayList<>();
        int nScalars = model.problem().parameters().size();
        for (Phase ph : phases) {
            if (ph instanceof RefinePhase rp) {
                model.setParameters(x);
                double[] mult = loss.weightMultipliers();
                int before = model.problem().collocationPoints().length;
                model.adoptInPlace(Resampling.refinedProblem(model, rp.sampler(), rp.candidates(), rp.add(),
                        new java.util.SplittableRandom(rp.seed())));
                loss = model.loss();
                loss.setWeightMultipliers(mult);
                String report = "refine: " + before + " -> " + model.problem().collocationPoints().length
                        + " collocation points";
                reports.add(report);
                progress.log(report);
                h.phase(it[0] + 1, "refine");
                continue;
            }
            String label = ph instanceof AdamPhase ? "Adam" : ph instanceof LbfgsPhase ? "L-BFGS" : "LM";
            h.phase(it[0] + 1, label);
            progress.phase(label, ph instanceof AdamPhase a ? a.steps() : -1);
            double[] lastGood = x.clone();
            IterationListener listener = info -> {
                it[0]++;
                if (info.accepted() || !(ph instanceof LmPhase)) {
                    h.record(it[0], info.loss().total(), info.loss().components());
                    if (nScalars > 0) {
                        h.recordScalars(it[0], model.problem().parameters(),
                                java.util.Arrays.copyOfRange(x, x.length - nScalars, x.length));
                    }
                }
                if (it[0] % 10 == 0) {
                    progress.step(info.iteration(), label + " loss " + String.format("%.3e", info.loss().total()));
                }
                for (Monitor m : monitors) {
                    if (it[0] % m.every() == 0) {
                        model.setParameters(x);
                        double v = m.value().applyAsDouble(model);
                        h.monitor(m.name(), it[0], v);
                        progress.log(String.format("%s iter %d: loss %.3e, %s %.3e", label, it[0], info.loss().total(),
                                m.name(), v));
                    }
                }
            };
            String report;
            if (ph instanceof AdamPhase a) {
                    AdamStepper st = a.adam().start(x.length);
                    double[] g = new double[x.length];
                    int done = 0;
                    String stop = "steps done";
                    long ts = System.nanoTime();
                    for (int s = 0; s < a.steps(); s++) {
                        if (adaptive != null && s % adaptive.every() == 0) {
                            updateWeights(loss, x);
                        }
                        LossValue lv = loss.evaluateLoss(x, g);
                        if (!lv.isFinite() || !allFinite(g)) {
                            System.arraycopy(lastGood, 0, x, 0, x.length);
                            stop = "non-finite loss at step " + (s + 1) + "; kept last finite parameters";
                            break;
                        }
                        System.arraycopy(x, 0, lastGood, 0, x.length);
                        double lr = st.nextLearningRate();
                        double step = st.stepInPlace(x, g);
                        done++;
                        listener.iteration(new IterationInfo("adam", s + 1, lv, norm(g), step, lr, true, s + 1,
                                (System.nanoTime() - ts) * 1e-9));
                    }
                    report = "Adam: " + done + " steps, " + stop;
            } else if (ph instanceof LbfgsPhase l) {
                    LbfgsRun run = l.lbfgs().start(loss, x);
                    while (run.iterateInPlace(listener)) {
                        if (run.loss().isFinite()) {
                            System.arraycopy(x, 0, lastGood, 0, x.length);
                        }
                    }
                    if (!run.loss().isFinite() || !allFinite(x)) {
                        System.arraycopy(lastGood, 0, x, 0, x.length);
                    }
                    report = "L-BFGS: " + run.result().message();
            } else {
                    LmPhase m = (LmPhase) ph;
                    LevenbergMarquardtRun run = m.lm().start(loss, x);
                    while (run.iterateInPlace(listener)) {
                        // x always holds the last accepted (finite) point
                    }
                    report = "LM: " + run.result().message() + (run.usesDualForm() ? " (dual form)" : " (primal form)");
            }
            model.setParameters(x);
            reports.add(report);
            progress.log(report);
            for (Monitor mo : monitors) {
                double v = mo.value().applyAsDouble(model);
                h.monitor(mo.name(), it[0], v);
                progress.log(String.format("end of %s (iteration %d): %s %.3e", label, it[0], mo.name(), v));
            }
            if (checkpoint != null) {
                model.save(checkpoint);
            }
        }
        model.setParameters(x);
        LossValue fin = loss.loss(x);
        return new Result(h, fin, it[0], (System.nanoTime() - t0) * 1e-9, reports, loss.weightMultipliers());
    }

    private void updateWeights(PinnLoss loss, double[] x) {
        double[][] g = loss.termGradients(x);
        double[] lambda = loss.weightMultipliers();
        double maxPde = 0;
        for (double v : g[0]) {
            maxPde = Math.max(maxPde, Math.abs(v));
        }
        for (int b = 1; b < g.length; b++) {
            double mean = 0;
            for (double v : g[b]) {
                mean += Math.abs(v);
            }
            mean /= g[b].length;
            if (mean > 0 && maxPde > 0 && Double.isFinite(mean) && Double.isFinite(maxPde)) {
                lambda[b] = Math.min(adaptive.maxMultiplier(),
                        (1 - adaptive.alpha()) * lambda[b] + adaptive.alpha() * (maxPde / mean));
            }
        }
        loss.setWeightMultipliers(lambda);
        progress.log("adaptive weights " + java.util.Arrays.toString(lambda));
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** Schedule builder; phases run in the order added. Not thread-safe. */
    public static final class Builder {
        private final List<Phase> phases = new ArrayList<>();
        private final List<Monitor> monitors = new ArrayList<>();
        private Progress progress = Progress.NONE;
        private Path checkpoint;
        private AdaptiveWeights adaptive;

        /** Adapts the term weights during Adam phases (see {@link AdaptiveWeights}). */
        public Builder withAdaptiveWeights(int every, double alpha, double maxMultiplier) {
            this.adaptive = new AdaptiveWeights(every, alpha, maxMultiplier);
            return this;
        }

        public Builder adam(Adam adam, int steps) {
            if (steps <= 0) {
                throw new IllegalArgumentException("Trainer: Adam steps must be positive, got " + steps);
            }
            phases.add(new AdamPhase(Objects.requireNonNull(adam, "adam"), steps));
            return this;
        }

        public Builder lbfgs(Lbfgs lbfgs) {
            phases.add(new LbfgsPhase(Objects.requireNonNull(lbfgs, "lbfgs")));
            return this;
        }

        public Builder levenbergMarquardt(LevenbergMarquardt lm) {
            phases.add(new LmPhase(Objects.requireNonNull(lm, "levenberg-marquardt")));
            return this;
        }

        /** A residual-based refinement step between phases (see {@link RefinePhase}). */
        public Builder refine(org.sciml4j.pinn.sampling.Sampler sampler, int candidates, int add, long seed) {
            phases.add(new RefinePhase(sampler, candidates, add, seed));
            return this;
        }

        public Builder withMonitor(Monitor m) {
            monitors.add(Objects.requireNonNull(m, "monitor"));
            return this;
        }

        public Builder withProgress(Progress p) {
            this.progress = Objects.requireNonNull(p, "progress");
            return this;
        }

        /** Saves the model's θ to this file at the end of every phase. */
        public Builder withCheckpoint(Path file) {
            this.checkpoint = Objects.requireNonNull(file, "checkpoint file");
            return this;
        }

        public Trainer build() {
            if (phases.isEmpty()) {
                throw new IllegalArgumentException("Trainer: no phase; add adam(...), lbfgs(...) or levenbergMarquardt(...)");
            }
            return new Trainer(this);
        }
    }
}
