package org.sciml4j.pinn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciml4j.core.optim.Adam;
import org.sciml4j.core.optim.LevenbergMarquardt;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.geometry.SpaceTime;
import org.sciml4j.pinn.sampling.Samplers;

class FieldsAndTimeTest {

    private static final double PI = Math.PI;
    private static final double COMPLEX_TOL = 1e-4;
    private static final double HEAT_TOL = 2e-3;
    private static final double DISK_TOL = 1e-3;

    private static Trainer adamThenLm(int adam, int lm) {
        return Trainer.builder().adam(Adam.builder(3e-3).build(), adam)
                .levenbergMarquardt(LevenbergMarquardt.builder(lm).withGradientTolerance(0).build()).build();
    }

    @Test
    void complexFieldResidualIsSplitIntoRealAndImaginaryParts() {
        // (1 + i)(-psi'') = pi^2 (1 + i) c sin(pi x) with c = 2 - i: psi = c sin(pi x), psi(0) = psi(1) = 0.
        PinnProblem problem = PinnProblem.builder(Geometry.interval(0, 1), Pde.complex(2, (x, u, p) -> {
                    ComplexJet psi = u.complex(0, 1);
                    Dual one = psi.value().re().constantLike(1);
                    ComplexDual a = new ComplexDual(one, one);
                    ComplexDual rhs = new ComplexDual(one.times(2), one.neg()).times(a)
                            .times(PI * PI * Math.sin(PI * x[0]));
                    return psi.d2(0, 0).times(a).times(-1).minus(rhs);
                })).withOutputs(2)
                .withCollocation(Samplers.sobol(), 24)
                .withHardConstraint(0, HardConstraint.zeroOnBox(new double[] {0}, new double[] {1}))
                .withHardConstraint(1, HardConstraint.zeroOnBox(new double[] {0}, new double[] {1}))
                .build();
        PinnModel m = PinnModel.mlp(problem, new int[] {12, 12}, new SplittableRandom(3));
        adamThenLm(100, 100).train(m);
        for (int i = 0; i <= 20; i++) {
            double x = i / 20.0;
            double[] v = m.predict(new double[][] {{x}})[0];
            assertEquals(2 * Math.sin(PI * x), v[0], COMPLEX_TOL, "real part at " + x);
            assertEquals(-Math.sin(PI * x), v[1], COMPLEX_TOL, "imaginary part at " + x);
        }
    }

    @Test
    void heatEquationOnSpaceTimeWithInitialAndBoundaryConditions() {
        // u_t = u_xx on [0,1] x [0,0.5], u(x,0) = sin(pi x), u = 0 at x = 0, 1: u = exp(-pi^2 t) sin(pi x).
        SpaceTime st = Geometry.spaceTime(Geometry.interval(0, 1), 0, 0.5);
        PinnProblem problem = PinnProblem.builder(st, Pde.scalar(2, (x, u, p) -> u.d(1).minus(u.d2(0, 0))))
                .withCollocation(Samplers.sobol(), 200)
                .withCondition(Conditions.initial(st.initial(), 20, x -> Math.sin(PI * x[0])))
                .withCondition(Conditions.dirichlet(st.spatialBoundary(), 20, x -> 0))
                .withSeed(5)
                .build();
        assertEquals(3, problem.componentNames().size());
        PinnModel m = PinnModel.mlp(problem, new int[] {16, 16}, new SplittableRandom(5));
        adamThenLm(200, 200).train(m);
        double worst = 0;
        for (int i = 0; i <= 10; i++) {
            for (int j = 0; j <= 5; j++) {
                double x = i / 10.0;
                double t = j / 10.0;
                double exact = Math.exp(-PI * PI * t) * Math.sin(PI * x);
                worst = Math.max(worst, Math.abs(m.predictField(new double[][] {{x, t}})[0] - exact));
            }
        }
        assertTrue(worst < HEAT_TOL, "max error " + worst);
    }

    @Test
    void poissonOnADiskWithSoftAndHardBoundaryConditions() {
        // soft: -Lap u = 4, u = 0 on the unit circle: u = 1 - r^2.
        var disk = Geometry.disk(0, 0, 1);
        PinnProblem soft = PinnProblem.builder(disk, Pde.scalar(2, (x, u, p) -> u.laplacian().neg().minus(4)))
                .withCollocation(Samplers.halton(), 80)
                .withCondition(Conditions.dirichlet(disk.boundary(), 24, x -> 0))
                .build();
        PinnModel a = PinnModel.mlp(soft, new int[] {10, 10}, new SplittableRandom(2));
        adamThenLm(100, 100).train(a);
        // hard: -Lap u = 8x with u = (1 - r^2) N: u = (1 - r^2) x.
        PinnProblem hard = PinnProblem.builder(disk, Pde.scalar(2, (x, u, p) -> u.laplacian().neg().minus(8 * x[0])))
                .withCollocation(Samplers.halton(), 80)
                .withHardConstraint(HardConstraint.zeroOnCircle(0, 0, 1))
                .build();
        PinnModel b = PinnModel.mlp(hard, new int[] {10, 10}, new SplittableRandom(2));
        adamThenLm(100, 100).train(b);
        double[][] pts = disk.sampleInterior(50, Samplers.random(), new SplittableRandom(9));
        double[] ua = a.predictField(pts);
        double[] ub = b.predictField(pts);
        for (int i = 0; i < pts.length; i++) {
            double r2 = pts[i][0] * pts[i][0] + pts[i][1] * pts[i][1];
            assertEquals(1 - r2, ua[i], DISK_TOL, "soft BC at " + java.util.Arrays.toString(pts[i]));
            assertEquals((1 - r2) * pts[i][0], ub[i], DISK_TOL, "hard BC at " + java.util.Arrays.toString(pts[i]));
        }
    }

    @Test
    void coreMlpRoundTripGivesTheSameFunction() {
        PinnProblem problem = PinnProblem.builder(Geometry.rectangle(0, 1, 0, 1), Pde.scalar(2, (x, u, p) -> u.laplacian()))
                .withOutputs(2).withCollocation(Samplers.grid(), 9)
                .withCondition(Conditions.dirichlet(Geometry.rectangle(0, 1, 0, 1).boundary(), 8, x -> 0)).build();
        org.sciml4j.core.nn.Mlp core = org.sciml4j.core.nn.Mlp.init(new int[] {2, 5, 3, 2},
                org.sciml4j.core.nn.Activation.SIN, org.sciml4j.core.nn.Init.GLOROT_NORMAL, new SplittableRandom(4));
        PinnModel m = PinnModel.fromMlp(problem, core);
        double[][] pts = {{0.1, 0.2}, {0.7, 0.4}, {0.5, 0.9}};
        double[] flat = new double[6];
        for (int i = 0; i < 3; i++) {
            flat[2 * i] = pts[i][0];
            flat[2 * i + 1] = pts[i][1];
        }
        double[] coreOut = core.forward(org.sciml4j.core.tensor.Tensor.of(flat, 3, 2)).toArray();
        double[][] ours = m.predict(pts);
        for (int i = 0; i < 3; i++) {
            assertEquals(coreOut[2 * i], ours[i][0], 1e-14);
            assertEquals(coreOut[2 * i + 1], ours[i][1], 1e-14);
        }
        org.sciml4j.core.nn.Mlp back = org.sciml4j.core.nn.Mlp.init(new int[] {2, 5, 3, 2},
                org.sciml4j.core.nn.Activation.SIN, org.sciml4j.core.nn.Init.GLOROT_NORMAL, new SplittableRandom(99));
        m.copyInto(back);
        assertArrayEquals(core.parameters().flatten(), back.parameters().flatten(), 0.0);
        assertArrayEquals(core.parameters().flatten(), m.network().parameters().flatten(), 0.0);
    }

    @Test
    void checkpointRoundTripRestoresTheParameters(@TempDir Path dir) {
        PinnProblem problem = PinnProblem.builder(Geometry.interval(0, 1), Pde.scalar(2, (x, u, p) -> u.d2(0, 0)))
                .withCollocation(Samplers.grid(), 8)
                .withHardConstraint(HardConstraint.zeroOnBox(new double[] {0}, new double[] {1})).build();
        PinnModel a = PinnModel.mlp(problem, new int[] {4}, new SplittableRandom(1));
        Path file = dir.resolve("theta.bin");
        Trainer.builder().adam(Adam.builder(1e-2).build(), 3).build().train(a);
        a.save(file);
        PinnModel b = PinnModel.mlp(problem, new int[] {4}, new SplittableRandom(2));
        b.load(file);
        assertArrayEquals(a.parameters(), b.parameters(), 0.0);
        // a file in the earlier layout (widths first, W stored [out, in]) is refused, not read transposed
        Path old = dir.resolve("old.bin");
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(java.nio.file.Files.newOutputStream(old))) {
            int[] w = a.widths();
            out.writeInt(w.length);
            for (int x : w) {
                out.writeInt(x);
            }
            out.writeInt(a.parameterCount());
            for (double v : a.parameters()) {
                out.writeDouble(v);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> b.load(old));
    }
}
