package org.sciml4j.pinn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sciml4j.core.io.Checkpoint;
import org.sciml4j.core.io.CheckpointFile;
import org.sciml4j.core.io.NdArray;
import org.sciml4j.core.io.ParameterLayout;
import org.sciml4j.core.optim.Adam;
import org.sciml4j.core.optim.Lbfgs;
import org.sciml4j.core.optim.LevenbergMarquardt;
import org.sciml4j.core.optim.LossValue;
import org.sciml4j.core.study.Progress;
import org.sciml4j.core.train.CheckpointSink;
import org.sciml4j.core.train.TrainingListener;
import org.sciml4j.core.train.TrainingProblem;
import org.sciml4j.core.train.TrainingResult;
import org.sciml4j.core.train.TrainingState;
import org.sciml4j.core.train.TrainingStep;

/**
 * Trains a {@link PinnModel} through a schedule of phases, e.g. Adam → L-BFGS →
 * Levenberg–Marquardt: a thin PINN layer over core's {@link org.sciml4j.core.train.Trainer}, which
 * runs every optimizer phase on the model's {@link PinnLoss} (Adam and L-BFGS minimize L = ½‖r‖²
 * through its gradient, Levenberg–Marquardt works on r and its Jacobian), records the history and
 * stops on a NaN or infinite loss keeping the last finite parameters (the rest of the schedule is
 * then skipped). What core does not know runs here between or after core steps: residual-based
 * refinement phases, learning-rate-annealing weights (during Adam phases), monitors (e.g. the error
 * against an exact solution, every k iterations and at each phase end) and the trace of trainable
 * scalars.
 *
 * <p>Checkpoints ({@link Builder#withCheckpoints}) are core checkpoint files
 * ({@link CheckpointFile}) holding the parameters, the running optimizer's full state, the phase's
 * history, the position in this schedule and the weight multipliers; {@link #resume} continues from
 * one and gives bit-identically the parameters of the uninterrupted run. A checkpoint written after
 * a refinement phase cannot be resumed (the refined collocation points are not stored).
 * Deterministic for a given model. The model is modified. Immutable settings; not reentrant per model.
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
    private final long checkpointEvery;

    private Trainer(Builder b) {
        this.phases = List.copyOf(b.phases);
        this.monitors = List.copyOf(b.monitors);
        this.progress = b.progress;
        this.checkpoint = b.checkpoint;
        this.checkpointEvery = b.checkpointEvery;
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
        return run(model, 0, 0, model.parameters(), null, 0.0, null);
    }

    /**
     * Continues a run of this schedule from a checkpoint file written by it (see
     * {@link Builder#withCheckpoints}); the model must be built on the same problem with the same
     * widths. The model is modified; the weight multipliers saved in the file are used. The result's history covers
     * the phases from the resumed one on.
     *
     * @throws IllegalArgumentException if the file was written by another schedule, for another
     *                                  parameter count, or after a refinement phase
     */
    public Result resume(PinnModel model, Path file) {
        Objects.requireNonNull(model, "model");
        Checkpoint c = CheckpointFile.read(Objects.requireNonNull(file, "checkpoint file"));
        String schedule = c.attribute(ATTR_SCHEDULE);
        if (!schedule.equals(scheduleText())) {
            throw new IllegalArgumentException("Trainer.resume: " + file + " was written by the schedule [" + schedule
                    + "] but this trainer runs [" + scheduleText() + "]; resume with the same schedule");
        }
        if (c.attributeLong(ATTR_REFINES) > 0) {
            throw new IllegalArgumentException("Trainer.resume: " + file + " was written after a refinement phase; the"
                    + " refined collocation points are not stored, so the run cannot continue exactly; resume from a"
                    + " checkpoint written before the first refine(...) phase or train again");
        }
        int k = (int) c.attributeLong(ATTR_PHASE);
        if (k < 0 || k >= phases.size() || phases.get(k) instanceof RefinePhase) {
            throw new IllegalArgumentException("Trainer.resume: " + file + " names phase " + k
                    + " which is not an optimizer phase of this schedule");
        }
        TrainingState st = TrainingState.fromCheckpoint(c, ParameterLayout.single(model.parameterCount()));
        double[] multipliers = c.stateArray(STATE_MULTIPLIERS).data();
        if (st.finished()) {
            return run(model, k + 1, st.globalStep(), st.parameters(), null, st.wallSeconds(), multipliers);
        }
        return run(model, k, st.globalStep(), st.parameters(), st, st.wallSeconds(), multipliers);
    }

    private static final String ATTR_SCHEDULE = "pinn.schedule";
    private static final String ATTR_PHASE = "pinn.phase";
    private static final String ATTR_REFINES = "pinn.refines";
    private static final String STATE_MULTIPLIERS = "pinn.weightMultipliers";

    private String scheduleText() {
        List<String> names = new ArrayList<>();
        for (Phase p : phases) {
            names.add(p instanceof RefinePhase ? "refine" : toCore(p).name());
        }
        return String.join(",", names);
    }

    private static org.sciml4j.core.train.Phase toCore(Phase p) {
        if (p instanceof AdamPhase a) {
            return org.sciml4j.core.train.Phase.adam(a.adam(), a.steps());
        } else if (p instanceof LbfgsPhase l) {
            return org.sciml4j.core.train.Phase.lbfgs(l.lbfgs());
        } else if (p instanceof LmPhase m) {
            return org.sciml4j.core.train.Phase.levenbergMarquardt(m.lm());
        }
        throw new IllegalArgumentException("Trainer: " + p + " is not an optimizer phase");
    }

    private Result run(PinnModel model, int firstPhase, long firstStep, double[] start, TrainingState resumed,
                       double wallBefore, double[] multipliers) {
        TrainingHistory h = new TrainingHistory();
        PinnLoss loss = model.loss();
        if (multipliers != null) {
            loss.setWeightMultipliers(multipliers);
        }
        double[] x = start.clone();
        long step = firstStep;
        long t0 = System.nanoTime();
        List<String> reports = new ArrayList<>();
        int refines = 0;
        for (int k = 0; k < firstPhase; k++) {
            if (phases.get(k) instanceof RefinePhase) {
                refines++;
            }
        }
        for (int k = firstPhase; k < phases.size(); k++) {
            Phase ph = phases.get(k);
            if (ph instanceof RefinePhase rp) {
                model.setParameters(x);
                double[] mult = loss.weightMultipliers();
                int before = model.problem().collocationPoints().length;
                model.adoptInPlace(Resampling.refinedProblem(model, rp.sampler(), rp.candidates(), rp.add(),
                        new java.util.SplittableRandom(rp.seed())));
                loss = model.loss();
                loss.setWeightMultipliers(mult);
                refines++;
                String report = "refine: " + before + " -> " + model.problem().collocationPoints().length
                        + " collocation points";
                reports.add(report);
                progress.log(report);
                h.refine(step + 1);
                continue;
            }
            org.sciml4j.core.train.Phase cp = toCore(ph);
            List<String> names = List.of(cp.name());
            double wall = wallBefore + (System.nanoTime() - t0) * 1e-9;
            TrainingState st = k == firstPhase && resumed != null ? resumed
                    : new TrainingState(names, 0, step, x, Optional.empty(), Optional.empty(), Optional.empty(),
                    org.sciml4j.core.train.TrainingHistory.empty(names), wall);
            boolean adamPhase = ph instanceof AdamPhase;
            if (adaptive != null && adamPhase && st.adam().isEmpty()) {
                updateWeights(loss, x);
            }
            PhaseSink sink = new PhaseSink(model, loss, h, k, refines, step - (st.adam().map(a -> a.step())
                    .orElse(0L)), adamPhase);
            long every = sink.interval();
            org.sciml4j.core.train.Trainer.Builder cb = org.sciml4j.core.train.Trainer.builder(cp);
            if (every > 0) {
                cb.withCheckpoints(every, sink);
            }
            TrainingResult r = cb.build().resume(TrainingProblem.of(loss, loss), st, new PhaseListener(cp.name()));
            x = r.parameters();
            h.addPhase(r.history());
            long[] steps = r.history().steps();
            step = steps.length == 0 ? st.globalStep() : steps[steps.length - 1];
            String report = r.diverged() || r.phaseOutcomes().isEmpty() ? r.message()
                    : r.phaseOutcomes().get(0).result().message();
            reports.add(report);
            progress.log(report);
            model.setParameters(x);
            for (Monitor mo : monitors) {
                double v = mo.value().applyAsDouble(model);
                h.monitor(mo.name(), step, v);
                progress.log(String.format("end of %s (iteration %d): %s %.3e", cp.name(), step, mo.name(), v));
            }
            if (r.diverged()) {
                break;
            }
        }
        model.setParameters(x);
        LossValue fin = loss.loss(x);
        return new Result(h, fin, step, (System.nanoTime() - t0) * 1e-9, reports, loss.weightMultipliers());
    }

    /** Forwards phase starts and every 10th step to the progress. */
    private final class PhaseListener implements TrainingListener {
        private final String name;

        PhaseListener(String name) {
            this.name = name;
        }

        @Override
        public void phaseStarted(int index, String phase, long plannedSteps) {
            progress.phase(phase, plannedSteps);
        }

        @Override
        public void step(TrainingStep s) {
            if (s.step() % 10 == 0) {
                progress.step(s.stepInPhase(), name + " loss " + String.format("%.3e", s.loss().total()));
            }
        }
    }

    /**
     * Receives core's training states during one optimizer phase and runs the PINN-level steps at
     * their intervals, in this order: scalar trace (every step), adaptive weights, the checkpoint file
     * (so it holds the multipliers for the next step), monitors.
     */
    private final class PhaseSink implements CheckpointSink {
        private final PinnModel model;
        private final PinnLoss loss;
        private final TrainingHistory h;
        private final int pinnPhase;
        private final int refines;
        private final long phaseOffset;
        private final boolean adamPhase;
        private final List<TrainableScalar> scalars;

        PhaseSink(PinnModel model, PinnLoss loss, TrainingHistory h, int pinnPhase, int refines, long phaseOffset,
                  boolean adamPhase) {
            this.model = model;
            this.loss = loss;
            this.h = h;
            this.pinnPhase = pinnPhase;
            this.refines = refines;
            this.phaseOffset = phaseOffset;
            this.adamPhase = adamPhase;
            this.scalars = model.problem().parameters();
        }

        /** Greatest common divisor of the intervals needed, 0 if none. */
        long interval() {
            long g = 0;
            if (!scalars.isEmpty()) {
                g = 1;
            }
            if (adaptive != null && adamPhase) {
                g = gcd(g, adaptive.every());
            }
            for (Monitor m : monitors) {
                g = gcd(g, m.every());
            }
            if (checkpoint != null) {
                g = gcd(g, checkpointEvery);
            }
            return g;
        }

        @Override
        public void save(TrainingState s) {
            long g = s.globalStep();
            double[] p = s.parameters();
            if (!scalars.isEmpty()) {
                h.recordScalars(g, scalars, java.util.Arrays.copyOfRange(p, p.length - scalars.size(), p.length));
            }
            if (adaptive != null && adamPhase && !s.finished() && (g - phaseOffset) % adaptive.every() == 0) {
                updateWeights(loss, p);
            }
            if (checkpoint != null && (g % checkpointEvery == 0 || s.finished())) {
                Checkpoint c = s.toCheckpoint(ParameterLayout.single(p.length));
                Map<String, String> attrs = new LinkedHashMap<>(c.attributes());
                attrs.put(ATTR_SCHEDULE, scheduleText());
                attrs.put(ATTR_PHASE, Long.toString(pinnPhase));
                attrs.put(ATTR_REFINES, Long.toString(refines));
                Map<String, NdArray> state = new LinkedHashMap<>(c.state());
                state.put(STATE_MULTIPLIERS, NdArray.vector(loss.weightMultipliers()));
                CheckpointFile.write(checkpoint, new Checkpoint(c.parameters(), state, attrs));
            }
            for (Monitor m : monitors) {
                if (g % m.every() == 0) {
                    model.setParameters(p);
                    double v = m.value().applyAsDouble(model);
                    h.monitor(m.name(), g, v);
                    progress.log(String.format("%s iter %d: loss %.3e, %s %.3e", s.phaseNames().get(0), g,
                            s.history().lastLoss(), m.name(), v));
                }
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
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

    /** Schedule builder; phases run in the order added. Not thread-safe. */
    public static final class Builder {
        private final List<Phase> phases = new ArrayList<>();
        private final List<Monitor> monitors = new ArrayList<>();
        private Progress progress = Progress.NONE;
        private Path checkpoint;
        private long checkpointEvery;
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

        /**
         * Writes a core checkpoint file (parameters, optimizer state, schedule position, weight
         * multipliers; see {@link Trainer#resume}) every {@code everySteps} global steps and at the
         * end of every optimizer phase, overwriting {@code file}.
         */
        public Builder withCheckpoints(long everySteps, Path file) {
            if (everySteps <= 0) {
                throw new IllegalArgumentException("Trainer: checkpoint interval must be positive, got " + everySteps);
            }
            this.checkpoint = Objects.requireNonNull(file, "checkpoint file");
            this.checkpointEvery = everySteps;
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
