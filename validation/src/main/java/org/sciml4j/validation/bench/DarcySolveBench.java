package org.sciml4j.validation.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sciml4j.validation.darcy.DarcyDataGenerator;
import org.sciml4j.validation.darcy.DarcyFlow2D;
import org.sciml4j.validation.darcy.LinearSolverChoice;

/**
 * Benchmark (not a test) of one Darcy solve −∇·(a∇u) = 1 on the s×s node grid with the FNO
 * permeability (thresholded Gaussian random field, a ∈ {12, 3}): multigrid-preconditioned CG
 * against the band Cholesky direct solver on the same field, in the same run. Prints per s the
 * best of 5 solves (after 3 warm-up solves) for each, the PCG iterations, the speed-up and the
 * relative max difference of the two solutions. Arguments: grid sizes (default 85 141 241 421).
 */
public final class DarcySolveBench {
    private DarcySolveBench() {
    }

    private static double bestSeconds(DarcyFlow2D solver, double[] a, int reps) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < reps + 3; i++) {
            long t0 = System.nanoTime();
            solver.solve(a);
            double sec = (System.nanoTime() - t0) * 1e-9;
            if (i >= 3) {
                best = Math.min(best, sec);
            }
        }
        return best;
    }

    /**
     * Runs the benchmark.
     *
     * @param args grid sizes s, default 85 141 241 421
     */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {85, 141, 241, 421} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.println("# Darcy -div(a grad u) = 1, u = 0 on the walls, FNO permeability a in {12, 3}; multigrid-"
                + "preconditioned CG (tolerance 1e-10) vs band Cholesky, best of 5 after 3 warm-up solves");
        for (int s : sizes) {
            double[] a = DarcyDataGenerator.fno(s).next(new SplittableRandom(7)).a();
            DarcyFlow2D mg = DarcyFlow2D.builder(s).withSolver(LinearSolverChoice.MULTIGRID).build();
            DarcyFlow2D band = DarcyFlow2D.builder(s).withSolver(LinearSolverChoice.BAND_CHOLESKY).build();
            DarcyFlow2D.Solution sol = mg.solveWithReport(a);
            double[] direct = band.solve(a);
            double diff = 0;
            double scale = 0;
            for (int i = 0; i < direct.length; i++) {
                diff = Math.max(diff, Math.abs(sol.u()[i] - direct[i]));
                scale = Math.max(scale, Math.abs(direct[i]));
            }
            double tMg = bestSeconds(mg, a, 5);
            double tBand = bestSeconds(band, a, s > 300 ? 1 : 5);
            System.out.println(String.format(Locale.ROOT, "s=%d: multigrid %.4g s (%d iterations), band Cholesky %.4g s,"
                    + " speedup %.1fx, max difference %.2g relative", s, tMg, sol.iterations(), tBand, tBand / tMg,
                    diff / scale));
        }
    }
}
