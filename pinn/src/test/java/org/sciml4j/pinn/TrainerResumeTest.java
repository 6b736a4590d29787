package org.sciml4j.pinn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.optim.Adam;
import org.sciml4j.core.optim.LevenbergMarquardt;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.geometry.Interval;
import org.sciml4j.pinn.sampling.Samplers;

/** A run interrupted after a checkpoint and resumed from the file equals the uninterrupted run bit for bit. */
class TrainerResumeTest {

    private static final int ADAM_STEPS = 30;
    private static final int LM_STEPS = 10;

    /** Thrown by a monitor to stop a run as a crash would. */
    private static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("simulated interruption");
        }
    }

    private static PinnProblem poisson1d() {
        Interval dom = Geometry.interval(0, 1);
        return PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) -> u.d2(0, 0).neg()
                        .minus(Math.PI * Math.PI * Math.sin(Math.PI * x[0]))))
                .withCollocation(Samplers.sobol(), 12)
                .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0))
                .withCondition(Conditions.dirichlet(dom.right(), 1, x -> 0))
                .build();
    }

    private static Trainer.Builder schedule() {
        return Trainer.builder().adam(Adam.builder(1e-2).build(), ADAM_STEPS)
                .levenbergMarquardt(LevenbergMarquardt.builder(LM_STEPS).withGradientTolerance(0).build());
    }

    private static void assertBitIdentical(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, "parameter count");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "parameter " + i + ": " + expected[i] + " vs " + actual[i]);
        }
    }

    /**
     * Interrupts at global step {@code stop}: 20 is inside the Adam phase, 35 inside the LM phase.
     * Monitors also run at each phase end, so the crash monitor throws at its {@code crashCall}-th
     * call: for 35 the first call is the end of Adam (step 30), the second step 35.
     */
    @ParameterizedTest
    @CsvSource({"20, 1", "35, 2"})
    void resumedRunEqualsUninterruptedRunBitForBit(int stop, int crashCall, @TempDir Path dir) {
        PinnModel reference = PinnModel.mlp(poisson1d(), new int[] {8, 8}, new SplittableRandom(7));
        Trainer.Result full = schedule().build().train(reference);
        assertEquals(ADAM_STEPS + LM_STEPS, full.iterations(), "uninterrupted steps: " + full.phaseReports());

        Path file = dir.resolve("run.ckpt");
        int[] calls = {0};
        PinnModel first = PinnModel.mlp(poisson1d(), new int[] {8, 8}, new SplittableRandom(7));
        Trainer crashing = schedule().withCheckpoints(stop, file)
                .withMonitor(new Trainer.Monitor("crash", stop, m -> {
                    if (++calls[0] == crashCall) {
                        throw new Interrupted();
                    }
                    return 0;
                })).build();
        assertThrows(Interrupted.class, () -> crashing.train(first));
        org.sciml4j.core.io.Checkpoint c = org.sciml4j.core.io.CheckpointFile.read(file);
        assertEquals(stop, c.attributeLong("training.globalStep"), "checkpoint step");
        assertEquals(stop < ADAM_STEPS ? "adam" : "lm", c.attribute("training.optimizer"), "optimizer state saved");

        PinnModel resumedModel = PinnModel.mlp(poisson1d(), new int[] {8, 8}, new SplittableRandom(99));
        Trainer.Result resumed = schedule().build().resume(resumedModel, file);
        assertEquals(full.iterations(), resumed.iterations(), "global step count");
        assertBitIdentical(reference.parameters(), resumedModel.parameters());
        assertEquals(Double.doubleToRawLongBits(full.finalLoss().total()),
                Double.doubleToRawLongBits(resumed.finalLoss().total()), "final loss");
        assertEquals(Double.doubleToRawLongBits(full.history().lastTotal()),
                Double.doubleToRawLongBits(resumed.history().lastTotal()), "last recorded loss");
    }

    @Test
    void checkpointOfAnotherScheduleIsRefused(@TempDir Path dir) {
        Path file = dir.resolve("run.ckpt");
        PinnModel m = PinnModel.mlp(poisson1d(), new int[] {4}, new SplittableRandom(1));
        schedule().withCheckpoints(5, file).build().train(m);
        Trainer other = Trainer.builder().adam(Adam.builder(1e-2).build(), ADAM_STEPS).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.resume(m, file));
        assertTrue(e.getMessage().contains("schedule"), e.getMessage());
    }
    @Test
    void nonFiniteLossStopsTheScheduleAndKeepsTheLastFiniteParameters() {
        Interval dom = Geometry.interval(0, 1);
        double[] source = {0};
        PinnProblem problem = PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) -> u.d2(0, 0).neg().minus(source[0])))
                .withCollocation(Samplers.sobol(), 12)
                .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0))
                .withCondition(Conditions.dirichlet(dom.right(), 1, x -> 0))
                .build();
        PinnModel m = PinnModel.mlp(problem, new int[] {4}, new SplittableRandom(3));
        double[] start = m.parameters();
        source[0] = Double.NaN;
        Trainer.Result r = schedule().build().train(m);
        assertEquals(0, r.iterations(), "no finite step");
        assertEquals(1, r.phaseReports().size(), "the LM phase after the diverged Adam phase is skipped: "
                + r.phaseReports());
        assertTrue(r.phaseReports().get(0).contains("diverged"), r.phaseReports().get(0));
        assertBitIdentical(start, m.parameters());
    }
    @Test
    void resumeKeepsAdaptiveWeightMultipliers(@TempDir Path dir) {
        Trainer.Builder plain = schedule().withAdaptiveWeights(5, 0.5, 100);
        PinnModel reference = PinnModel.mlp(poisson1d(), new int[] {8}, new SplittableRandom(5));
        Trainer.Result full = plain.build().train(reference);
        Path file = dir.resolve("run.ckpt");
        PinnModel first = PinnModel.mlp(poisson1d(), new int[] {8}, new SplittableRandom(5));
        Trainer crashing = schedule().withAdaptiveWeights(5, 0.5, 100).withCheckpoints(20, file)
                .withMonitor(new Trainer.Monitor("crash", 20, m -> {
                    throw new Interrupted();
                })).build();
        assertThrows(Interrupted.class, () -> crashing.train(first));
        PinnModel resumedModel = PinnModel.mlp(poisson1d(), new int[] {8}, new SplittableRandom(6));
        Trainer.Result resumed = schedule().withAdaptiveWeights(5, 0.5, 100).build().resume(resumedModel, file);
        assertTrue(full.weightMultipliers()[1] != 1.0, "the weights were adapted: "
                + java.util.Arrays.toString(full.weightMultipliers()));
        assertBitIdentical(full.weightMultipliers(), resumed.weightMultipliers());
        assertBitIdentical(reference.parameters(), resumedModel.parameters());
    }

    @Test
    void checkpointWrittenAfterARefinementIsRefused(@TempDir Path dir) {
        Path file = dir.resolve("run.ckpt");
        Trainer t = Trainer.builder().adam(Adam.builder(1e-2).build(), 5).refine(Samplers.random(), 40, 4, 1)
                .adam(Adam.builder(1e-2).build(), 5).withCheckpoints(3, file).build();
        PinnModel m = PinnModel.mlp(poisson1d(), new int[] {4}, new SplittableRandom(1));
        t.train(m);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.resume(m, file));
        assertTrue(e.getMessage().contains("refinement"), e.getMessage());
    }
}
