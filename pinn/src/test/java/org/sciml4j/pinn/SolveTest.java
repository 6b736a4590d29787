package org.sciml4j.pinn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.optim.Adam;
import org.sciml4j.core.optim.LevenbergMarquardt;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.geometry.Interval;
import org.sciml4j.pinn.sampling.Samplers;

class SolveTest {

    private static final double PI = Math.PI;
    private static final double FD_STEP = 1e-6;
    private static final double FD_TOL = 1e-6;

    private static PinnProblem poisson1d(int points) {
        Interval dom = Geometry.interval(0, 1);
        return PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) -> u.d2(0, 0).neg().minus(PI * PI * Math.sin(PI * x[0]))))
                .withCollocation(Samplers.sobol(), points)
                .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0))
                .withCondition(Conditions.dirichlet(dom.right(), 1, x -> 0))
                .build();
    }

    private static double relL2Sin(PinnModel m) {
        double num = 0;
        double den = 0;
        for (int i = 0; i <= 200; i++) {
            double x = i / 200.0;
            double e = Math.sin(PI * x);
            double d = m.predictField(new double[][] {{x}})[0] - e;
            num += d * d;
            den += e * e;
        }
        return Math.sqrt(num / den);
    }

    private static Trainer adamThenLm(int adam, int lm) {
        return Trainer.builder().adam(Adam.builder(3e-3).build(), adam)
                .levenbergMarquardt(LevenbergMarquardt.builder(lm).withGradientTolerance(0).build()).build();
    }

    @Test
    void tinyPoisson1dReaches1em4() {
        PinnModel m = PinnModel.mlp(poisson1d(24), new int[] {16, 16}, new SplittableRandom(1));
        Trainer.Result r = adamThenLm(200, 150).train(m);
        double err = relL2Sin(m);
        assertTrue(err < 1e-4, "relative L2 " + err);
        assertEquals(2, r.history().phases().size());
        assertTrue(r.history().size() > 200);
    }

    /**
     * A 2-output system on the rectangle sq with a trainable scalar c, a hard constraint on output 1
     * and a weighted Neumann condition; {@code points} Halton collocation points.
     */
    private static PinnProblem.Builder systemProblem(Geometry sq, TrainableScalar c, int points) {
        return PinnProblem.builder(sq, Pde.system(2, 2, (x, u, p) -> new Dual[] {
            u.laplacian().plus(u.field(1).value().times(p.get(c))).minus(x[0]),
            u.field(1).d(0).times(u.d2(0, 1)).plus(u.field(1).value().sin())})).withOutputs(2)
                .withCollocation(Samplers.halton(), points)
                .withHardConstraint(1, HardConstraint.of(x -> x[0].times(x[1].rminus(2)), x -> x[1].sin()))
                .withCondition(Conditions.neumann(sq.boundary(), 4, x -> 1).withWeight(0.3));
    }

    @Test
    void jacobianAndGradientMatchCentralDifferences() {
        TrainableScalar c = new TrainableScalar("c", 0.7);
        Geometry sq = Geometry.rectangle(0, 1, 0, 2);
        PinnProblem problem = systemProblem(sq, c, 7)
                .withCondition(Conditions.periodic(new double[] {0, 0}, new double[] {1, 2}, 1, 3, 0, 1, Samplers.sobol(),
                        new SplittableRandom(1)).withWeight(2))
                .withParameter(c)
                .withGlobalTerm(GlobalTerm.integral("mean", new double[][] {{0.2, 0.3}, {0.6, 1.1}}, new double[] {0.5, 0.5}, 1,
                        (x, u, p) -> u.value().square().plus(u.field(1).d(1)), (i, p) -> i.times(p.get(c)).minus(1)))
                .build();
        PinnModel m = PinnModel.mlp(problem, new int[] {5, 4}, new SplittableRandom(3));
        PinnLoss loss = m.loss();
        double[] th = m.parameters();
        int rows = loss.residualCount();
        double[] r = new double[rows];
        DMatrixRMaj jac = new DMatrixRMaj(rows, th.length);
        loss.evaluate(th, r, jac);
        double[] rp = new double[rows];
        double[] rm = new double[rows];
        double[] jtr = new double[th.length];
        for (int k = 0; k < th.length; k++) {
            double[] tp = th.clone();
            double[] tm = th.clone();
            tp[k] += FD_STEP;
            tm[k] -= FD_STEP;
            loss.evaluate(tp, rp, null);
            loss.evaluate(tm, rm, null);
            for (int i = 0; i < rows; i++) {
                double fd = (rp[i] - rm[i]) / (2 * FD_STEP);
                assertEquals(fd, jac.get(i, k), FD_TOL * Math.max(1, Math.abs(fd)), "J[" + i + "," + k + "]");
                jtr[k] += jac.get(i, k) * r[i];
            }
        }
        double[] g = new double[th.length];
        double f = loss.evaluate(th, g);
        double half = 0;
        for (double v : r) {
            half += 0.5 * v * v;
        }
        assertEquals(half, f, 1e-12 * Math.max(1, half));
        assertArrayEquals(jtr, g, 1e-9);
        double[] r1 = new double[rows];
        loss.evaluate(th, r1, null);
        assertArrayEquals(r, r1, 1e-13, "residuals with and without the Jacobian agree");
    }

    @Test
    void fusedGradientOfALargeBlockEqualsJacobianTransposeResidual() {
        // 300 collocation points: the pde block's gradient goes through core's FusedJetLoss (chunked),
        // checked against Jᵀr from the row-wise Jacobian path; with a trainable scalar, a hard
        // constraint and two outputs
        TrainableScalar c = new TrainableScalar("c", 0.7);
        PinnProblem problem = systemProblem(Geometry.rectangle(0, 1, 0, 2), c, 300).withParameter(c).build();
        assertTrue(problem.blocks().get(0).points().length >= PinnLoss.FUSED_MIN_POINTS);
        PinnModel m = PinnModel.mlp(problem, new int[] {12, 10}, new SplittableRandom(4));
        PinnLoss loss = m.loss();
        double[] th = m.parameters();
        int rows = loss.residualCount();
        double[] r = new double[rows];
        DMatrixRMaj jac = new DMatrixRMaj(rows, th.length);
        loss.evaluate(th, r, jac);
        double[] jtr = new double[th.length];
        double half = 0;
        for (int i = 0; i < rows; i++) {
            half += 0.5 * r[i] * r[i];
            for (int k = 0; k < th.length; k++) {
                jtr[k] += jac.get(i, k) * r[i];
            }
        }
        double[] g = new double[th.length];
        double f = loss.evaluate(th, g);
        assertEquals(half, f, 1e-12 * Math.max(1, half));
        double scale = java.util.Arrays.stream(jtr).map(Math::abs).max().orElse(1.0);
        for (int k = 0; k < th.length; k++) {
            assertEquals(jtr[k], g[k], 1e-11 * scale, "gradient entry " + k);
        }
        double[] again = new double[th.length];
        loss.evaluate(th, again);
        assertArrayEquals(g, again, 0.0, "the same figures on a second evaluation");
    }

    @Test
    void periodicConditionFixesAPeriodicSolution() {
        // -u'' = 4 pi^2 sin(2 pi x) on [0,1], u periodic (value and slope), u(0) = 0: u = sin(2 pi x).
        Interval dom = Geometry.interval(0, 1);
        PinnProblem problem = PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) ->
                        u.d2(0, 0).neg().minus(4 * PI * PI * Math.sin(2 * PI * x[0]))))
                .withCollocation(Samplers.sobol(), 32)
                .withCondition(Conditions.periodic(new double[] {0}, new double[] {1}, 0, 1, 0, 1, Samplers.grid(), null))
                .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0))
                .build();
        PinnModel m = PinnModel.mlp(problem, new int[] {16, 16}, new SplittableRandom(5));
        adamThenLm(200, 150).train(m);
        double worst = 0;
        for (int i = 0; i <= 50; i++) {
            double x = i / 50.0;
            worst = Math.max(worst, Math.abs(m.predictField(new double[][] {{x}})[0] - Math.sin(2 * PI * x)));
        }
        assertTrue(worst < 1e-3, "max error " + worst);
    }

    @Test
    void residualRefinementAddsTheWorstCandidates() {
        PinnModel m = PinnModel.mlp(poisson1d(16), new int[] {8}, new SplittableRandom(6));
        PinnModel refined = Resampling.refine(m, Samplers.random(), 60, 5, new SplittableRandom(8));
        double[][] before = m.problem().collocationPoints();
        double[][] after = refined.problem().collocationPoints();
        assertEquals(before.length + 5, after.length);
        assertArrayEquals(m.parameters(), refined.parameters(), 0.0);
        double[][] cand = Geometry.interval(0, 1).sampleInterior(60, Samplers.random(), new SplittableRandom(8));
        double[] res = m.loss().pdeResidualNorms(m.parameters(), cand);
        double[] added = m.loss().pdeResidualNorms(m.parameters(),
                java.util.Arrays.copyOfRange(after, before.length, after.length));
        double minAdded = java.util.Arrays.stream(added).min().orElseThrow();
        int above = 0;
        for (double r : res) {
            if (r > minAdded) {
                above++;
            }
        }
        assertTrue(above < 5, "only chosen points may have a larger residual than the weakest chosen one");
    }

    @Test
    void refinementPhaseBetweenAdamAndLm() {
        PinnModel m = PinnModel.mlp(poisson1d(24), new int[] {16, 16}, new SplittableRandom(1));
        Trainer.Result r = Trainer.builder().adam(Adam.builder(3e-3).build(), 150)
                .refine(Samplers.random(), 200, 16, 3)
                .levenbergMarquardt(LevenbergMarquardt.builder(150).withGradientTolerance(0).build()).build().train(m);
        assertEquals(24 + 16, m.problem().collocationPoints().length);
        assertEquals(List.of("adam", "refine", "levenberg-marquardt"), r.history().phases().stream().map(p -> p.label()).toList());
        assertTrue(relL2Sin(m) < 1e-4, "relative L2 " + relL2Sin(m));
    }

    @Test
    void adaptiveWeightsRaiseTheBoundaryWeightAndStillSolve() {
        PinnModel m = PinnModel.mlp(poisson1d(24), new int[] {16, 16}, new SplittableRandom(1));
        Trainer t = Trainer.builder().adam(Adam.builder(3e-3).build(), 200).withAdaptiveWeights(20, 0.1, 100)
                .levenbergMarquardt(LevenbergMarquardt.builder(150).withGradientTolerance(0).build()).build();
        Trainer.Result r = t.train(m);
        assertTrue(r.weightMultipliers()[1] > 1 && r.weightMultipliers()[2] > 1 && r.weightMultipliers()[1] <= 100,
                "boundary multipliers " + java.util.Arrays.toString(r.weightMultipliers()));
        assertTrue(relL2Sin(m) < 1e-4, "relative L2 " + relL2Sin(m) + " " + r.phaseReports()
                + java.util.Arrays.toString(r.weightMultipliers()));
    }

    @Test
    void sameSeedGivesTheSameResult() {
        double[] a = train(7);
        double[] b = train(7);
        assertArrayEquals(a, b, 0.0);
    }

    private static double[] train(long seed) {
        PinnModel m = PinnModel.mlp(poisson1d(16), new int[] {8, 8}, new SplittableRandom(seed));
        adamThenLm(20, 5).train(m);
        return m.parameters();
    }

    @Test
    void inverseProblemRecoversACoefficientFromData() {
        // -k u'' = 2 pi^2 sin(pi x), data u = sin(pi x): k = 2.
        TrainableScalar k = new TrainableScalar("k", 1.0);
        int nd = 12;
        double[][] xd = new double[nd][];
        double[] yd = new double[nd];
        for (int i = 0; i < nd; i++) {
            xd[i] = new double[] {(i + 0.5) / nd};
            yd[i] = Math.sin(PI * xd[i][0]);
        }
        Interval dom = Geometry.interval(0, 1);
        PinnProblem problem = PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) ->
                        p.get(k).times(u.d2(0, 0)).neg().minus(2 * PI * PI * Math.sin(PI * x[0]))))
                .withCollocation(Samplers.sobol(), 24)
                .withHardConstraint(HardConstraint.zeroOnBox(new double[] {0}, new double[] {1}))
                .withCondition(Conditions.data(xd, yd))
                .withParameter(k)
                .build();
        PinnModel m = PinnModel.mlp(problem, new int[] {16, 16}, new SplittableRandom(2));
        adamThenLm(200, 150).train(m);
        assertEquals(2.0, m.scalar(k), 1e-3);
    }

    @Test
    void eigenproblemWithTrainableEnergyAndNormalisation() {
        // -psi'' = E psi on [0,1], psi = x(1-x) N(x), int psi^2 = 1: ground state E = pi^2.
        TrainableScalar e = new TrainableScalar("E", 8.0);
        int nq = 41;
        double[][] xq = new double[nq][];
        double[] wq = new double[nq];
        for (int i = 0; i < nq; i++) {
            xq[i] = new double[] {i / (double) (nq - 1)};
            wq[i] = (i == 0 || i == nq - 1 ? 0.5 : 1.0) / (nq - 1);
        }
        PinnProblem problem = PinnProblem.builder(Geometry.interval(0, 1),
                        Pde.scalar(2, (x, u, p) -> u.d2(0, 0).neg().minus(p.get(e).times(u.value()))))
                .withCollocation(Samplers.grid(), 32)
                .withHardConstraint(HardConstraint.of(x -> x[0].times(x[0].rminus(1))))
                .withParameter(e)
                .withGlobalTerm(GlobalTerm.normalization(xq, wq, 0))
                .build();
        PinnModel m = PinnModel.mlp(problem, new int[] {12, 12}, new SplittableRandom(4));
        Trainer.Result r = adamThenLm(300, 150).train(m);
        // the normalisation only fixes the scale of psi; E is set by the PDE residual.
        assertEquals(PI * PI, m.scalar(e), 1e-3);
        var trace = r.history().parameterTrace("E", "energy", e, PI * PI);
        assertEquals(m.scalar(e), trace.values()[trace.values().length - 1], 1e-12);
        assertEquals(r.history().size(), trace.values().length);
    }

    @Test
    void badProblemsFailAtBuildTimeNamingTheFix() {
        Interval dom = Geometry.interval(0, 1);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () ->
                PinnProblem.builder(dom, Pde.system(2, 2, (x, u, p) -> new Dual[] {u.d2(0, 0)}))
                        .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0)).build());
        assertTrue(ex.getMessage().contains("returned 1 residual(s) but declares 2"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () ->
                PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) -> u.d2(0, 0))).build());
        assertTrue(ex.getMessage().contains("no boundary"), ex.getMessage());
        TrainableScalar unused = new TrainableScalar("nu", 1);
        ex = assertThrows(IllegalArgumentException.class, () ->
                PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) -> u.d2(0, 0)))
                        .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0)).withParameter(unused).build());
        assertTrue(ex.getMessage().contains("'nu' receives no gradient"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () ->
                PinnProblem.builder(dom, Pde.scalar(1, (x, u, p) -> u.d2(0, 0)))
                        .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0)).build());
        assertTrue(ex.getMessage().contains("declare the PDE with order 2"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () ->
                PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) -> u.field(1).value()))
                        .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0)).build());
        assertTrue(ex.getMessage().contains("withOutputs(2)"), ex.getMessage());
    }
}
