package org.sciml4j.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sciml4j.core.optim.Adam;
import org.sciml4j.core.optim.AdamStepper;
import org.sciml4j.core.optim.IterationInfo;
import org.sciml4j.core.optim.IterationListener;
import org.sciml4j.core.optim.LbfgsRun;
import org.sciml4j.core.optim.LeastSquaresProblem;
import org.sciml4j.core.optim.LevenbergMarquardtRun;
import org.sciml4j.core.optim.LossValue;
import org.sciml4j.core.optim.Objective;
import org.sciml4j.core.optim.OptimizationResult;
import org.sciml4j.core.optim.StopReason;

/**
 * Runs a schedule of {@link Phase}s (e.g. Adam(5000) → L-BFGS → LM) on one flat parameter vector.
 *
 * <p>Each step is recorded in a {@link TrainingHistory} and reported to a
 * {@link TrainingListener}. A step counts as: one Adam update, one L-BFGS iteration (with its line
 * search), one Levenberg–Marquardt trial. Divergence: when the loss, a loss component or the
 * gradient is NaN or infinite, the run stops, the result says {@code diverged} with a message
 * naming the global step, the phase and the quantity, and its parameters are the last ones whose
 * loss and gradient were finite (the point of the last recorded step; for Adam, the parameters at
 * which step k−1 evaluated its loss when step k is the first non-finite one). L-BFGS and LM treat
 * non-finite trial points as failed trials (backtrack / raise damping) and diverge only when the
 * accepted point itself is non-finite.
 *
 * <p>Checkpoints: with {@link Builder#withCheckpoints} the trainer hands a {@link TrainingState}
 * to a {@link CheckpointSink} every n steps and at the end; {@link #resume} continues from such a
 * state and gives bit-identically the same parameters and history values as an uninterrupted run,
 * provided the objective is deterministic. Deterministic: same problem, same start, same result.
 * Immutable and thread-safe; a run is confined to the calling thread.
 */
public final class Trainer {

    private final List<Phase> phases;
    private final long checkpointEvery;
    private final CheckpointSink sink;

    private Trainer(Builder b) {
        this.phases = List.copyOf(b.phases);
        this.checkpointEvery = b.checkpointEvery;
        this.sink = b.sink;
    }

    /** A builder for a schedule of at least one phase. */
    public static Builder builder(Phase first, Phase... more) {
        return new Builder(first, more);
    }

    /** The schedule. */
    public List<Phase> phases() {
        return phases;
    }

    /** Phase names in order. */
    public List<String> phaseNames() {
        return phases.stream().map(Phase::name).toList();
    }

    /**
     * Trains from {@code initialParameters} (not modified).
     *
     * @throws IllegalArgumentException if the dimension differs from the problem's, or an LM phase
     *                                  is scheduled for a problem without a least-squares form
     */
    public TrainingResult train(TrainingProblem problem, double[] initialParameters, TrainingListener listener) {
        Objects.requireNonNull(initialParameters, "initial parameters");
        TrainingState start = new TrainingState(phaseNames(), 0, 0, initialParameters, Optional.empty(), Optional.empty(),
                Optional.empty(), TrainingHistory.empty(phaseNames()), 0.0);
        return resume(problem, start, listener);
    }

    /** Continues from a saved state; the schedule must have the same phase names as when it was saved. */
    public TrainingResult resume(TrainingProblem problem, TrainingState state, TrainingListener listener) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(listener, "listener (use TrainingListener.SILENT)");
        if (!state.phaseNames().equals(phaseNames())) {
            throw new IllegalArgumentException("trainer: the state was saved by the schedule " + state.phaseNames()
                    + " but this trainer runs " + phaseNames() + "; resume with the same schedule");
        }
        if (state.parameters().length != problem.dimension()) {
            throw new IllegalArgumentException("trainer: parameter vector has length " + state.parameters().length
                    + " but the problem has dimension " + problem.dimension());
        }
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i) instanceof Phase.LevenbergMarquardtPhase && problem.leastSquares().isEmpty()) {
                throw new IllegalArgumentException("trainer: phase " + i + " (levenberg-marquardt) needs residuals and a "
                        + "Jacobian; build the problem with TrainingProblem.of(LeastSquaresProblem) or "
                        + "TrainingProblem.of(objective, leastSquares)");
            }
        }
        if (!state.finished()) {
            Phase current = phases.get(state.phaseIndex());
            boolean ok = state.adam().isEmpty() || current instanceof Phase.AdamPhase;
            ok &= state.lbfgs().isEmpty() || current instanceof Phase.LbfgsPhase;
            ok &= state.lm().isEmpty() || current instanceof Phase.LevenbergMarquardtPhase;
            if (!ok) {
                throw new IllegalArgumentException("trainer: the state holds the optimizer state of another kind than phase "
                        + state.phaseIndex() + " (" + current.name() + "); the checkpoint does not belong to this schedule");
            }
        }
        return new Run(problem, state, listener).execute();
    }

    /** Options: the schedule (required), checkpointing (optional). */
    public static final class Builder {
        private final List<Phase> phases = new ArrayList<>();
        private long checkpointEvery;
        private CheckpointSink sink;

        private Builder(Phase first, Phase... more) {
            phases.add(Objects.requireNonNull(first, "phase"));
            for (Phase p : more) {
                phases.add(Objects.requireNonNull(p, "phase"));
            }
        }

        /** Hands the state to {@code sink} after every {@code everySteps} global steps and at the end. */
        public Builder withCheckpoints(long everySteps, CheckpointSink sink) {
            if (everySteps <= 0) {
                throw new IllegalArgumentException("trainer: checkpoint interval must be positive, got " + everySteps);
            }
            this.checkpointEvery = everySteps;
            this.sink = Objects.requireNonNull(sink, "checkpoint sink");
            return this;
        }

        public Trainer build() {
            return new Trainer(this);
        }
    }

    /** One training run; mutable, confined to the calling thread. */
    private final class Run {
        private final TrainingProblem problem;
        private final TrainingListener listener;
        private final Objective objective;
        private final int n;
        private final double[] x;
        private final double[] lastFinite;
        private final TrainingHistory.Recorder recorder;
        private final List<TrainingResult.PhaseOutcome> outcomes = new ArrayList<>();
        private final long t0 = System.nanoTime();
        private final double wallOffset;
        private final TrainingState start;
        private long globalStep;
        private int phaseIndex;
        private long lastCheckpoint = -1;

        Run(TrainingProblem problem, TrainingState start, TrainingListener listener) {
            this.problem = problem;
            this.listener = listener;
            this.objective = problem.objective();
            this.start = start;
            this.x = start.parameters();
            this.n = x.length;
            this.lastFinite = x.clone();
            this.recorder = new TrainingHistory.Recorder(start.history());
            this.wallOffset = start.wallSeconds();
            this.globalStep = start.globalStep();
            this.phaseIndex = start.phaseIndex();
        }

        double wall() {
            return wallOffset + (System.nanoTime() - t0) * 1e-9;
        }

        TrainingResult execute() {
            boolean resumedPhase = true;
            while (phaseIndex < phases.size()) {
                Phase phase = phases.get(phaseIndex);
                listener.phaseStarted(phaseIndex, phase.name(), phase.plannedSteps());
                TrainingResult diverged;
                if (phase instanceof Phase.AdamPhase a) {
                    diverged = runAdam(a, resumedPhase ? start.adam() : Optional.empty());
                } else if (phase instanceof Phase.LbfgsPhase l) {
                    diverged = runLbfgs(l, resumedPhase ? start.lbfgs() : Optional.empty());
                } else {
                    diverged = runLm((Phase.LevenbergMarquardtPhase) phase, resumedPhase ? start.lm() : Optional.empty());
                }
                if (diverged != null) {
                    listener.finished(diverged);
                    return diverged;
                }
                resumedPhase = false;
                phaseIndex++;
            }
            if (sink != null && lastCheckpoint != globalStep) {
                sink.save(boundaryState());
            }
            StringBuilder msg = new StringBuilder("training finished after " + globalStep + " steps");
            for (TrainingResult.PhaseOutcome o : outcomes) {
                msg.append("; ").append(o.phase()).append(": ").append(o.result().reason());
            }
            msg.append("; final loss ").append(recorder.size() == 0 ? Double.NaN : recorder.build().lastLoss());
            TrainingResult r = new TrainingResult(x, recorder.build(), false, msg.toString(), outcomes);
            listener.finished(r);
            return r;
        }

        private void record(String phase, long stepInPhase, LossValue loss, double gradNorm, double stepNorm,
                            double control) {
            globalStep++;
            TrainingStep s = new TrainingStep(globalStep, phaseIndex, phase, stepInPhase, loss, gradNorm, stepNorm, control,
                    wall());
            recorder.add(s);
            listener.step(s);
        }

        private TrainingState boundaryState() {
            return new TrainingState(phaseNames(), phaseIndex < phases.size() ? phaseIndex : phases.size(), globalStep, x,
                    Optional.empty(), Optional.empty(), Optional.empty(), recorder.build(), wall());
        }

        /** The state after the current step; at the end of a phase, the boundary to the next one. */
        private TrainingState stateAfterStep(boolean phaseDone, Optional<org.sciml4j.core.optim.AdamState> adam,
                                             Optional<org.sciml4j.core.optim.LbfgsState> lbfgs,
                                             Optional<org.sciml4j.core.optim.LmState> lm) {
            if (phaseDone) {
                return new TrainingState(phaseNames(), phaseIndex + 1, globalStep, x, Optional.empty(), Optional.empty(),
                        Optional.empty(), recorder.build(), wall());
            }
            return new TrainingState(phaseNames(), phaseIndex, globalStep, x, adam, lbfgs, lm, recorder.build(), wall());
        }

        private boolean checkpointDue() {
            return sink != null && globalStep % checkpointEvery == 0 && lastCheckpoint != globalStep;
        }

        private TrainingResult runAdam(Phase.AdamPhase phase, Optional<org.sciml4j.core.optim.AdamState> saved) {
            Adam adam = phase.adam();
            AdamStepper st = saved.map(adam::resume).orElseGet(() -> adam.start(n));
            if (st.dimension() != n) {
                throw new IllegalArgumentException("trainer: saved Adam state has dimension " + st.dimension()
                        + " but the parameters have " + n);
            }
            double[] g = new double[n];
            LossValue loss = LossValue.of(Double.NaN);
            double gn = Double.NaN;
            long t = System.nanoTime();
            for (long k = st.stepCount() + 1; k <= phase.steps(); k++) {
                loss = objective.evaluateLoss(x, g);
                String bad = nonFinite(loss, g);
                if (bad != null) {
                    return diverge("adam", k, bad);
                }
                System.arraycopy(x, 0, lastFinite, 0, n);
                gn = norm(g);
                double lr = st.nextLearningRate();
                double sn = st.stepInPlace(x, g);
                record("adam", k, loss, gn, sn, lr);
                if (checkpointDue()) {
                    boolean done = k == phase.steps();
                    lastCheckpoint = globalStep;
                    sink.save(stateAfterStep(done, Optional.of(st.state()), Optional.empty(), Optional.empty()));
                }
            }
            outcomes.add(new TrainingResult.PhaseOutcome(phaseIndex, "adam", new OptimizationResult(StopReason.MAX_ITERATIONS,
                    loss, gn, st.stepCount(), st.stepCount(), (System.nanoTime() - t) * 1e-9,
                    "Adam: " + phase.steps() + " updates done")));
            return null;
        }

        private TrainingResult runLbfgs(Phase.LbfgsPhase phase, Optional<org.sciml4j.core.optim.LbfgsState> saved) {
            long firstStep = saved.map(s -> s.iteration()).orElse(0L);
            LbfgsRun run = saved.map(s -> phase.lbfgs().resume(objective, x, s))
                    .orElseGet(() -> phase.lbfgs().start(objective, x));
            IterationListener adapter = info -> record("lbfgs", info.iteration(), info.loss(), info.gradientNorm(),
                    info.stepNorm(), info.control());
            if (run.stopReason().orElse(null) == StopReason.NON_FINITE) {
                return diverge("lbfgs", firstStep + 1, nonFiniteAt(run.loss(), run.gradient()));
            }
            System.arraycopy(x, 0, lastFinite, 0, n);
            boolean more;
            do {
                long before = globalStep;
                more = run.iterateInPlace(adapter);
                if (run.stopReason().orElse(null) == StopReason.NON_FINITE) {
                    return undoAndDiverge("lbfgs", before, run.iterations(), run.result().message());
                }
                System.arraycopy(x, 0, lastFinite, 0, n);
                if (globalStep != before) {
                    if (checkpointDue()) {
                        lastCheckpoint = globalStep;
                        sink.save(stateAfterStep(!more, Optional.empty(), Optional.of(run.state()), Optional.empty()));
                    }
                }
            } while (more);
            outcomes.add(new TrainingResult.PhaseOutcome(phaseIndex, "lbfgs", run.result()));
            return null;
        }

        private TrainingResult runLm(Phase.LevenbergMarquardtPhase phase, Optional<org.sciml4j.core.optim.LmState> saved) {
            LeastSquaresProblem lsq = problem.leastSquares().orElseThrow();
            long firstStep = saved.map(s -> s.iteration()).orElse(0L);
            LevenbergMarquardtRun run = saved.map(s -> phase.lm().resume(lsq, x, s)).orElseGet(() -> phase.lm().start(lsq, x));
            IterationListener adapter = info -> record("levenberg-marquardt", info.iteration(), info.loss(),
                    info.gradientNorm(), info.stepNorm(), info.control());
            if (run.stopReason().orElse(null) == StopReason.NON_FINITE) {
                return diverge("levenberg-marquardt", firstStep + 1, run.result().message());
            }
            System.arraycopy(x, 0, lastFinite, 0, n);
            boolean more;
            do {
                long before = globalStep;
                more = run.iterateInPlace(adapter);
                if (run.stopReason().orElse(null) == StopReason.NON_FINITE) {
                    return undoAndDiverge("levenberg-marquardt", before, run.iterations(), run.result().message());
                }
                System.arraycopy(x, 0, lastFinite, 0, n);
                if (globalStep != before && checkpointDue()) {
                    lastCheckpoint = globalStep;
                    sink.save(stateAfterStep(!more, Optional.empty(), Optional.empty(), Optional.of(run.state())));
                }
            } while (more);
            outcomes.add(new TrainingResult.PhaseOutcome(phaseIndex, "levenberg-marquardt", run.result()));
            return null;
        }

        /** Drops the step recorded by the failed iteration, restores x, and reports divergence. */
        private TrainingResult undoAndDiverge(String phase, long stepsBefore, long phaseIteration, String why) {
            while (globalStep > stepsBefore) {
                recorder.dropLast();
                globalStep--;
            }
            return diverge(phase, phaseIteration, why);
        }

        private TrainingResult diverge(String phase, long stepInPhase, String quantity) {
            System.arraycopy(lastFinite, 0, x, 0, n);
            long failed = globalStep + 1;
            String restored = globalStep == 0 ? "the initial parameters are returned (no finite step was made)"
                    : "parameters restored to those of step " + globalStep + " (the last finite loss, "
                    + recorder.build().lastLoss() + ")";
            String msg = "training diverged at step " + failed + " (phase " + phaseIndex + " '" + phase + "', step "
                    + stepInPhase + " of the phase): " + quantity + "; " + restored;
            return new TrainingResult(x, recorder.build(), true, msg, outcomes);
        }
    }

    private static String nonFinite(LossValue loss, double[] g) {
        if (!Double.isFinite(loss.total())) {
            return "loss is " + loss.total();
        }
        for (var e : loss.components().entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                return "loss component '" + e.getKey() + "' is " + e.getValue();
            }
        }
        int count = 0;
        int first = -1;
        for (int i = 0; i < g.length; i++) {
            if (!Double.isFinite(g[i])) {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        if (count > 0) {
            return "gradient has " + count + " non-finite entr" + (count == 1 ? "y" : "ies") + " (first at index " + first
                    + ": " + g[first] + ")";
        }
        return null;
    }

    private static String nonFiniteAt(LossValue loss, double[] g) {
        String s = nonFinite(loss, g);
        return s == null ? "non-finite value" : s;
    }

    private static double norm(double[] g) {
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    @Override
    public String toString() {
        return "Trainer" + phaseNames() + (sink == null ? "" : "[checkpoint every " + checkpointEvery + " steps]");
    }
}
