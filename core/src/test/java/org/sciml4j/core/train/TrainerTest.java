package org.sciml4j.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciml4j.core.io.Checkpoint;
import org.sciml4j.core.io.CheckpointFile;
import org.sciml4j.core.io.ParameterLayout;
import org.sciml4j.core.optim.LeastSquaresProblem;
import org.sciml4j.core.optim.LevenbergMarquardt;
import org.sciml4j.core.optim.Lbfgs;
import org.sciml4j.core.optim.LossValue;
import org.sciml4j.core.optim.Objective;
import org.sciml4j.core.optim.Optimizers;
import org.sciml4j.core.optim.Schedules;
import org.sciml4j.core.study.FigureData;

class TrainerTest {

    private static final int N = 6;
    /** Adam → L-BFGS → LM on chained Rosenbrock must reach the exact minimizer (1, …, 1). */
    private static final double OPTIMUM_TOL = 1e-10;

    private static Trainer schedule() {
        return Trainer.builder(
                Phase.adam(Optimizers.adam(Schedules.cosineAnnealing(1e-2, 1e-3, 60)), 60),
                Phase.lbfgs(Lbfgs.builder(25).withHistorySize(5).withGradientTolerance(0).withFunctionTolerance(0).build()),
                Phase.levenbergMarquardt(LevenbergMarquardt.builder(40).build())).build();
    }

    private static Trainer schedule(long checkpointEvery, List<TrainingState> saved) {
        Trainer base = schedule();
        return Trainer.builder(base.phases().get(0), base.phases().get(1), base.phases().get(2))
                .withCheckpoints(checkpointEvery, saved::add).build();
    }

    @Test
    void adamLbfgsLmScheduleReachesTheExactMinimizer() {
        TrainingProblem p = TrainingProblem.of(Problems.rosenbrock(N));
        TrainingResult r = schedule().train(p, Problems.classicStart(N), TrainingListener.SILENT);
        assertFalse(r.diverged(), r.message());
        for (double v : r.parameters()) {
            assertEquals(1, v, OPTIMUM_TOL, r.message());
        }
        TrainingHistory h = r.history();
        List<FigureData.PhaseMark> starts = h.phaseStarts();
        assertEquals(List.of("adam", "lbfgs", "levenberg-marquardt"), starts.stream().map(FigureData.PhaseMark::label).toList());
        assertEquals(1, starts.get(0).iteration());
        assertEquals(61, starts.get(1).iteration());
        assertEquals(List.of("curvature", "distance"), h.componentNames());
        double[] total = h.totalLoss();
        double[] c = h.component("curvature");
        double[] d = h.component("distance");
        for (int i = 0; i < h.size(); i++) {
            assertEquals(total[i], c[i] + d[i], 1e-12 * Math.max(1, total[i]), "components sum to total at step " + (i + 1));
        }
        assertTrue(h.lastLoss() < 1e-20, "final loss " + h.lastLoss());
        assertEquals(3, r.phaseOutcomes().size());
        FigureData.LossHistory fig = h.toFigure("loss", "Loss");
        assertEquals(h.size(), fig.iterations().length);
    }

    @Test
    void sameInputsGiveTheSameResult() {
        TrainingProblem p = TrainingProblem.of(Problems.rosenbrock(N));
        TrainingResult a = schedule().train(p, Problems.classicStart(N), TrainingListener.SILENT);
        TrainingResult b = schedule().train(p, Problems.classicStart(N), TrainingListener.SILENT);
        assertArrayEquals(a.parameters(), b.parameters(), 0.0);
        assertTrue(a.history().sameValues(b.history()));
    }

    /** Wraps an objective to return NaN (loss or gradient) from its k-th call on. */
    private static Objective poisoned(Objective f, int k, boolean inGradient) {
        int[] calls = {0};
        return new Objective() {
            @Override
            public int dimension() {
                return f.dimension();
            }

            @Override
            public double evaluate(double[] x, double[] g) {
                return evaluateLoss(x, g).total();
            }

            @Override
            public LossValue evaluateLoss(double[] x, double[] g) {
                LossValue v = f.evaluateLoss(x, g);
                if (++calls[0] >= k) {
                    if (inGradient) {
                        g[2] = Double.NaN;
                    } else {
                        return LossValue.of(Double.NaN);
                    }
                }
                return v;
            }
        };
    }

    @Test
    void nanAtStepKStopsAndReturnsStepKMinusOneParameters() {
        int k = 17;
        Objective clean = Problems.rosenbrock(N).asObjective();
        Trainer adamOnly = Trainer.builder(Phase.adam(Optimizers.adam(1e-2), 50)).build();
        for (boolean inGradient : new boolean[] {false, true}) {
            TrainingResult r = adamOnly.train(TrainingProblem.of(poisoned(clean, k, inGradient)), Problems.classicStart(N),
                    TrainingListener.SILENT);
            assertTrue(r.diverged());
            assertTrue(r.message().contains("step " + k) && r.message().contains("'adam'"), r.message());
            assertTrue(r.message().contains(inGradient ? "gradient has 1 non-finite entry" : "loss is NaN"), r.message());
            assertEquals(k - 1, r.history().size());
            // The parameters of step k-1 are those after k-2 updates.
            TrainingResult ref = Trainer.builder(Phase.adam(Optimizers.adam(1e-2), k - 2)).build()
                    .train(TrainingProblem.of(clean), Problems.classicStart(N), TrainingListener.SILENT);
            assertArrayEquals(ref.parameters(), r.parameters(), 0.0);
            assertTrue(r.history().truncate(k - 2).sameValues(ref.history()));
        }
        TrainingResult first = adamOnly.train(TrainingProblem.of(poisoned(clean, 1, false)), Problems.classicStart(N),
                TrainingListener.SILENT);
        assertTrue(first.diverged());
        assertArrayEquals(Problems.classicStart(N), first.parameters(), 0.0);
        assertTrue(first.message().contains("initial parameters"), first.message());
    }

    @Test
    void resumeFromCheckpointFileEqualsUninterruptedRun(@TempDir Path dir) {
        TrainingProblem p = TrainingProblem.of(Problems.rosenbrock(N));
        List<TrainingState> saved = new ArrayList<>();
        TrainingResult full = schedule(7, saved).train(p, Problems.classicStart(N), TrainingListener.SILENT);
        assertFalse(full.diverged());
        ParameterLayout layout = ParameterLayout.empty().with("a", 2).with("b", 2, 2);
        boolean[] phaseCovered = new boolean[3];
        for (TrainingState s : saved) {
            if (s.finished() || phaseCovered[s.phaseIndex()]
                    || s.adam().isEmpty() && s.lbfgs().isEmpty() && s.lm().isEmpty()) {
                continue;
            }
            phaseCovered[s.phaseIndex()] = true;
            Path f = dir.resolve("state-" + s.globalStep() + ".ckpt");
            Checkpoint written = s.toCheckpoint(layout);
            CheckpointFile.write(f, written);
            Checkpoint read = CheckpointFile.read(f);
            assertEquals(written, read, "checkpoint round trip is bit-identical");
            TrainingState restored = TrainingState.fromCheckpoint(read, layout);
            long[] pb = bits(s.parameters());
            assertArrayEquals(pb, bits(restored.parameters()));
            TrainingResult resumed = schedule().resume(p, restored, TrainingListener.SILENT);
            assertFalse(resumed.diverged(), resumed.message());
            assertArrayEquals(bits(full.parameters()), bits(resumed.parameters()), "resumed at step " + s.globalStep());
            assertTrue(full.history().sameValues(resumed.history()), "history after resume at step " + s.globalStep());
        }
        assertTrue(phaseCovered[0] && phaseCovered[1] && phaseCovered[2], "need a mid-phase checkpoint in every phase: "
                + java.util.Arrays.toString(phaseCovered));
        TrainingState last = saved.get(saved.size() - 1);
        assertTrue(last.finished(), "a final checkpoint is written");
    }

    private static long[] bits(double[] a) {
        long[] b = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = Double.doubleToRawLongBits(a[i]);
        }
        return b;
    }

    @Test
    void badInputsGiveClearErrors() {
        LeastSquaresProblem lsq = Problems.rosenbrock(N);
        IllegalArgumentException noLsq = assertThrows(IllegalArgumentException.class,
                () -> schedule().train(TrainingProblem.of(lsq.asObjective()), Problems.classicStart(N), TrainingListener.SILENT));
        assertTrue(noLsq.getMessage().contains("levenberg-marquardt"), noLsq.getMessage());
        IllegalArgumentException dim = assertThrows(IllegalArgumentException.class,
                () -> schedule().train(TrainingProblem.of(lsq), new double[N + 1], TrainingListener.SILENT));
        assertTrue(dim.getMessage().contains("length " + (N + 1)), dim.getMessage());
        List<TrainingState> saved = new ArrayList<>();
        schedule(10, saved).train(TrainingProblem.of(lsq), Problems.classicStart(N), TrainingListener.SILENT);
        Trainer other = Trainer.builder(Phase.adam(Optimizers.adam(1e-3), 5)).build();
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> other.resume(TrainingProblem.of(lsq), saved.get(0), TrainingListener.SILENT));
        assertTrue(mismatch.getMessage().contains("same schedule"), mismatch.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Phase.adam(Optimizers.adam(1e-3), 0));
        TrainingState adamState = saved.get(0);
        assertTrue(adamState.adam().isPresent());
        Trainer swapped = Trainer.builder(Phase.lbfgs(Optimizers.lbfgs(5)), schedule().phases().get(0),
                schedule().phases().get(2)).build();
        TrainingState relabeled = new TrainingState(swapped.phaseNames(), 0, adamState.globalStep(), adamState.parameters(),
                adamState.adam(), adamState.lbfgs(), adamState.lm(), TrainingHistory.empty(swapped.phaseNames()), 0);
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> swapped.resume(TrainingProblem.of(lsq), relabeled, TrainingListener.SILENT));
        assertTrue(kind.getMessage().contains("does not belong"), kind.getMessage());
    }

    @Test
    void listenersSeePhasesStepsAndTheEnd() {
        List<String> events = new ArrayList<>();
        org.sciml4j.core.study.Progress progress = new org.sciml4j.core.study.Progress() {
            @Override
            public void phase(String name, long totalSteps) {
                events.add("phase " + name + " " + totalSteps);
            }

            @Override
            public void step(long step, String message) {
                events.add("step");
            }

            @Override
            public void log(String line) {
                events.add("log " + line);
            }
        };
        TrainingResult r = schedule().train(TrainingProblem.of(Problems.rosenbrock(N)), Problems.classicStart(N),
                TrainingListeners.all(TrainingListener.SILENT, TrainingListeners.toProgress(progress)));
        assertEquals("phase adam 60", events.get(0));
        assertEquals(r.history().size(), events.stream().filter("step"::equals).count());
        assertEquals(3, events.stream().filter(e -> e.startsWith("phase")).count());
        assertTrue(events.get(events.size() - 1).startsWith("log training finished"), events.get(events.size() - 1));
    }
}
