package org.sciml4j.validation.darcy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sciml4j.validation.metrics.ConvergenceOrder;
import org.sciml4j.validation.metrics.Errors;

class DarcyMultigridTest {

    /**
     * Allowed relative max-norm gap between the multigrid and the band Cholesky solution: 100 times
     * the default residual tolerance. The error could exceed the relative residual by up to the
     * condition number (~1e5 at s = 141), but the smooth error modes that the condition number
     * amplifies are the ones the coarse levels remove; observed gaps are about 1e-12.
     */
    static final double AGREEMENT = 100 * DarcyFlow2D.DEFAULT_TOLERANCE;

    /** Mesh-independent convergence: conjugate-gradient iterations allowed at every tested s. */
    static final int MAX_ITERATIONS = 20;

    /** Round-off allowed in the symmetry of the V-cycle, relative to |x|·|B y|. */
    static final double SYMMETRY = 1e-12;

    static double[] fnoPermeability(int s, long seed) {
        return DarcyDataGenerator.fno(s).next(new SplittableRandom(seed)).a();
    }

    static DarcyFlow2D multigrid(int s) {
        return DarcyFlow2D.builder(s).withSolver(LinearSolverChoice.MULTIGRID).build();
    }

    /** ‖h²·1 − A u‖₂ / ‖h²·1‖₂ over the interior nodes, harmonic faces, computed here independently. */
    static double relativeResidual(double[] a, double[] u, int s) {
        double h2 = 1.0 / ((s - 1.0) * (s - 1.0));
        double sum = 0;
        for (int i = 1; i < s - 1; i++) {
            for (int j = 1; j < s - 1; j++) {
                int p = i * s + j;
                double r = h2;
                for (int q : new int[] {p + s, p - s, p + 1, p - 1}) {
                    r -= 2 * a[p] * a[q] / (a[p] + a[q]) * (u[p] - u[q]);
                }
                sum += r * r;
            }
        }
        return Math.sqrt(sum) / (h2 * (s - 2));
    }

    @Test
    void multigridAgreesWithBandCholeskyOnFnoCoefficients() {
        // 29 and 65 halve down to a few nodes; 61 (60 intervals = 4 * 15), 85 (84 = 4 * 21), 141 (140 = 4 * 35)
        // and 100 (99 intervals, odd at once) reach levels with an odd number of intervals
        for (int s : new int[] {29, 61, 65, 85, 100, 141}) {
            double[] a = fnoPermeability(s, 11 + s);
            DarcyFlow2D.Solution mg = multigrid(s).solveWithReport(a);
            double[] band = DarcyFlow2D.builder(s).withSolver(LinearSolverChoice.BAND_CHOLESKY).build().solve(a);
            assertTrue(Errors.relLinf(mg.u(), band) < AGREEMENT, "s = " + s + ": " + Errors.relLinf(mg.u(), band));
            double residual = relativeResidual(a, mg.u(), s);
            assertTrue(residual <= DarcyFlow2D.DEFAULT_TOLERANCE, "s = " + s + ": residual " + residual);
            assertEquals(residual, mg.relativeResidual(), 1e-3 * DarcyFlow2D.DEFAULT_TOLERANCE, "reported residual");
        }
    }

    @Test
    void everySmallGridSizeWorks() {
        // every parity pattern of the level sizes, down to s = 4 (a single, directly solved level)
        for (int s = 4; s <= 40; s++) {
            double[] a = fnoPermeability(s, s);
            DarcyFlow2D.Solution mg = multigrid(s).solveWithReport(a);
            double[] band = DarcyFlow2D.builder(s).withSolver(LinearSolverChoice.BAND_CHOLESKY).build().solve(a);
            assertTrue(mg.iterations() <= MAX_ITERATIONS, "s = " + s + ": " + mg.iterations() + " iterations");
            assertTrue(Errors.relLinf(mg.u(), band) < AGREEMENT, "s = " + s + ": " + Errors.relLinf(mg.u(), band));
        }
    }

    @Test
    void iterationsDoNotGrowWithTheGrid() {
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        for (int s : new int[] {33, 50, 65, 129, 141, 257}) {
            int it = multigrid(s).solveWithReport(fnoPermeability(s, 3)).iterations();
            assertTrue(it >= 1 && it <= MAX_ITERATIONS, "s = " + s + ": " + it + " iterations");
            fewest = Math.min(fewest, it);
            most = Math.max(most, it);
        }
        // a mesh-dependent method (e.g. CG with a one-level preconditioner) would double its count from 33 to 257
        assertTrue(most - fewest <= 3, "iterations range " + fewest + ".." + most);
    }

    @Test
    void highContrastCoefficientStillConvergesFast() {
        int s = 129;
        double[] a = DarcyDataGenerator.of(s, 1000, 1).next(new SplittableRandom(4)).a();
        DarcyFlow2D.Solution mg = multigrid(s).solveWithReport(a);
        assertTrue(mg.iterations() <= MAX_ITERATIONS, mg.iterations() + " iterations");
        assertTrue(relativeResidual(a, mg.u(), s) <= DarcyFlow2D.DEFAULT_TOLERANCE);
    }

    @Test
    void toleranceControlsTheResidual() {
        int s = 65;
        double[] a = fnoPermeability(s, 8);
        DarcyFlow2D.Solution loose = DarcyFlow2D.builder(s).withSolver(LinearSolverChoice.MULTIGRID).withTolerance(1e-5)
                .build().solveWithReport(a);
        DarcyFlow2D.Solution tight = DarcyFlow2D.builder(s).withSolver(LinearSolverChoice.MULTIGRID).withTolerance(1e-12)
                .build().solveWithReport(a);
        assertTrue(relativeResidual(a, loose.u(), s) <= 1e-5);
        assertTrue(relativeResidual(a, tight.u(), s) <= 1e-12);
        assertTrue(loose.iterations() < tight.iterations());
    }

    @Test
    void secondOrderOnTheManufacturedSolutionWithMultigrid() {
        int[] ss = {9, 17, 33, 65};
        double[] h = new double[ss.length];
        double[] e = new double[ss.length];
        for (int k = 0; k < ss.length; k++) {
            int s = ss[k];
            h[k] = 1.0 / (s - 1);
            DarcyFlow2D solver = DarcyFlow2D.builder(s).withSource(DarcyFlow2DTest.F).withSolver(LinearSolverChoice.MULTIGRID)
                    .build();
            e[k] = Errors.maxAbs(solver.solve(DarcyFlow2DTest.nodes(s, DarcyFlow2DTest.A)),
                    DarcyFlow2DTest.nodes(s, DarcyFlow2DTest.U));
        }
        assertEquals(2, ConvergenceOrder.fitted(h, e), DarcyFlow2DTest.ORDER_TOLERANCE, Arrays.toString(e));
    }

    @Test
    void vCycleIsSymmetricPositiveDefinite() {
        SplittableRandom rng = new SplittableRandom(21);
        for (int s : new int[] {40, 61}) {
            double[] a = fnoPermeability(s, 2);
            int n = s * s;
            NinePointOperator op = DarcyFlow2D.of(s).operator(a);
            MultigridPreconditioner mg = new MultigridPreconditioner(op, 1);
            assertTrue(mg.depth() >= 3, "levels: " + mg.depth());
            for (int trial = 0; trial < 3; trial++) {
                double[] x = interiorRandom(s, rng);
                double[] y = interiorRandom(s, rng);
                double[] bx = new double[n];
                double[] by = new double[n];
                mg.apply(x, bx);
                mg.apply(y, by);
                double xby = dot(x, by);
                double ybx = dot(y, bx);
                assertEquals(xby, ybx, SYMMETRY * Math.sqrt(dot(x, x) * dot(by, by)), "s = " + s);
                assertTrue(dot(x, bx) > 0);
            }
        }
    }

    @Test
    void interpolationIsBilinearForAConstantCoefficient() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int s : new int[] {11, 12}) { // 9 and 10 interior nodes per direction: odd and even
            int m = s - 2;
            double[] a = new double[s * s];
            Arrays.fill(a, 3);
            NinePointOperator op = DarcyFlow2D.of(s).operator(a);
            int mc = m / 2;
            int sc = mc + 2;
            double[] xc = new double[sc * sc];
            for (int i = 1; i <= mc; i++) {
                for (int j = 1; j <= mc; j++) {
                    xc[i * sc + j] = rng.nextDouble(-1, 1);
                }
            }
            double[] xf = new double[s * s];
            op.prolongAdd(xc, xf);
            for (int i = 1; i <= m; i++) {
                for (int j = 1; j <= m; j++) {
                    // coarse node I sits at fine 2I; the walls (coarse 0 and mc + 1) hold zero
                    double bilinear = 0.25 * (xc[(i >> 1) * sc + (j >> 1)] + xc[(i >> 1) * sc + ((j + 1) >> 1)]
                            + xc[((i + 1) >> 1) * sc + (j >> 1)] + xc[((i + 1) >> 1) * sc + ((j + 1) >> 1)]);
                    assertEquals(bilinear, xf[i * s + j], 1e-15, "s = " + s + " at (" + i + ", " + j + ")");
                }
            }
        }
    }

    private static double[] interiorRandom(int s, SplittableRandom rng) {
        double[] v = new double[s * s];
        for (int i = 1; i < s - 1; i++) {
            for (int j = 1; j < s - 1; j++) {
                v[i * s + j] = rng.nextDouble(-1, 1);
            }
        }
        return v;
    }

    private static double dot(double[] x, double[] y) {
        double v = 0;
        for (int p = 0; p < x.length; p++) {
            v += x[p] * y[p];
        }
        return v;
    }

    @Test
    void generatorDefaultsToMultigridOnLargeGridsAndItsDataSatisfyTheEquations() {
        assertEquals(LinearSolverChoice.BAND_CHOLESKY, DarcyFlow2D.of(DarcyFlow2D.MULTIGRID_FROM - 1).solverChoice());
        assertEquals(LinearSolverChoice.MULTIGRID, DarcyFlow2D.of(DarcyFlow2D.MULTIGRID_FROM).solverChoice());
        assertEquals(LinearSolverChoice.MULTIGRID, DarcyFlow2D.of(421).solverChoice());
        int s = 85;
        DarcyDataGenerator.Sample d = DarcyDataGenerator.fno(s).next(new SplittableRandom(17));
        assertTrue(relativeResidual(d.a(), d.u(), s) <= DarcyFlow2D.DEFAULT_TOLERANCE);
    }

    @Test
    void zeroSourceGivesZeroPressureWithoutIterating() {
        int s = 65;
        DarcyFlow2D.Solution sol = DarcyFlow2D.builder(s).withSource((x, y) -> 0).withSolver(LinearSolverChoice.MULTIGRID)
                .build().solveWithReport(fnoPermeability(s, 1));
        assertEquals(0, sol.iterations());
        assertEquals(0, Errors.maxAbs(sol.u(), new double[s * s]), 0.0);
    }

    @Test
    void badSettingsGiveClearErrors() {
        for (double tol : new double[] {0, -1e-8, 1, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DarcyFlow2D.builder(65).withTolerance(tol).build());
            assertTrue(e.getMessage().contains("tolerance must be in (0, 1), got " + tol), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DarcyFlow2D.builder(65).withMaxIterations(0).build());
        assertTrue(e.getMessage().contains("iteration cap must be >= 1, got 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DarcyFlow2D.builder(3000).withSolver(LinearSolverChoice.BAND_CHOLESKY).build());
        assertTrue(e.getMessage().contains("use LinearSolverChoice.MULTIGRID"), e.getMessage());
        DarcyFlow2D capped = DarcyFlow2D.builder(65).withSolver(LinearSolverChoice.MULTIGRID).withMaxIterations(2).build();
        IllegalStateException n = assertThrows(IllegalStateException.class, () -> capped.solve(fnoPermeability(65, 1)));
        assertTrue(n.getMessage().contains("after 2 iterations at s = 65"), n.getMessage());
        assertTrue(n.getMessage().contains("withMaxIterations"), n.getMessage());
    }

    @Test
    void generatorTakesAnotherSolverWithTheSameLaw() {
        int s = 65;
        DarcyDataGenerator byDefault = DarcyDataGenerator.fno(s);
        DarcyDataGenerator direct = byDefault.withSolver(
                DarcyFlow2D.builder(s).withSolver(LinearSolverChoice.BAND_CHOLESKY).build());
        DarcyDataGenerator.Sample m = byDefault.next(new SplittableRandom(31));
        DarcyDataGenerator.Sample d = direct.next(new SplittableRandom(31));
        assertArrayEquals(m.a(), d.a(), 0.0, "same seed, same permeability");
        double scale = Arrays.stream(d.u()).map(Math::abs).max().orElse(1.0);
        for (int i = 0; i < d.u().length; i++) {
            assertEquals(d.u()[i], m.u()[i], 1e-8 * scale, "u at node " + i);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> byDefault.withSolver(DarcyFlow2D.of(33)));
        assertTrue(e.getMessage().contains("33") && e.getMessage().contains("65"), e.getMessage());
    }
}
