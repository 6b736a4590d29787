package org.sciml4j.pinn.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sciml4j.pinn.HardConstraint;
import org.sciml4j.pinn.Pde;
import org.sciml4j.pinn.PinnLoss;
import org.sciml4j.pinn.PinnModel;
import org.sciml4j.pinn.PinnProblem;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.sampling.Samplers;

/**
 * Benchmark (not a test) of one training step of a 2-D PINN through the pinn framework:
 * −Δu = 2π² sin πx sin πy on the unit square, u = x(1−x)y(1−y)·N(x, y) (hard boundary
 * condition), N an MLP 2-20-20-20-1 tanh, float64, loss mean((−Δu − f)²) over Sobol points, one
 * Adam update (β 0.9/0.999, lr 2e-3) after {@code PinnLoss.evaluateLoss} (loss and gradient).
 * Prints {@code ours_ms_<N>: <median> ms} per point count (default 1024 4096); system properties
 * {@code bench.warmupSeconds} (default 8: the JIT compiles the kernels and switches to the vector
 * tanh within it) and {@code bench.steps} (default 30).
 */
public final class Poisson2dStepBench {
    private Poisson2dStepBench() {
    }

    /** Loss and gradient through {@code PinnLoss.evaluateLoss}, then one Adam update (β 0.9/0.999, lr 2e-3). */
    private static final class AdamStep {
        private final PinnLoss loss;
        private final double[] theta;
        private final double[] g;
        private final double[] m;
        private final double[] v;
        private int t;

        AdamStep(PinnLoss loss, double[] theta) {
            this.loss = loss;
            this.theta = theta;
            this.g = new double[theta.length];
            this.m = new double[theta.length];
            this.v = new double[theta.length];
        }

        double run() {
            double value = loss.evaluateLoss(theta, g).total();
            t++;
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int i = 0; i < theta.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                theta[i] -= 2e-3 * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
            }
            return value;
        }
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private static double stepMs(int n, int warmupSeconds, int steps) {
        double pi2 = 2 * Math.PI * Math.PI;
        Pde pde = Pde.scalar(2, (x, u, p) -> u.laplacian().neg()
                .minus(pi2 * Math.sin(Math.PI * x[0]) * Math.sin(Math.PI * x[1])));
        PinnProblem problem = PinnProblem.builder(Geometry.rectangle(0, 1, 0, 1), pde)
                .withCollocation(Samplers.sobol(), n)
                .withHardConstraint(HardConstraint.zeroOnBox(new double[] {0, 0}, new double[] {1, 1}))
                .withSeed(42)
                .build();
        PinnModel model = PinnModel.mlp(problem, new int[] {20, 20, 20}, new SplittableRandom(42));
        PinnLoss loss = model.loss();
        double[] theta = model.parameters();
        AdamStep step = new AdamStep(loss, theta);
        double[] times = new double[steps];
        // warm-up and timing are separate loops whose bodies only call step.run() (compiled on its
        // own), so starting the timing does not send the JIT back to the interpreter
        long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        for (int s = 0; s < 3 || System.nanoTime() < warmEnd; s++) {
            step.run();
        }
        double last = Double.NaN;
        for (int s = 0; s < steps; s++) {
            long t0 = System.nanoTime();
            last = step.run();
            times[s] = (System.nanoTime() - t0) / 1e6;
        }
        if (!Double.isFinite(last)) {
            throw new IllegalStateException("loss became " + last);
        }
        return median(times);
    }

    /**
     * Runs the benchmark.
     *
     * @param args point counts, default 1024 4096
     */
    public static void main(String[] args) {
        int[] ns = args.length == 0 ? new int[] {1024, 4096} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        int warmupSeconds = Integer.getInteger("bench.warmupSeconds", 8);
        int steps = Integer.getInteger("bench.steps", 30);
        System.out.println("# 2-D Poisson PINN step through pinn: hard BC x(1-x)y(1-y)N, MLP 2-20-20-20-1 tanh float64,"
                + " loss mean((-Lap u - f)^2), Adam; warm-up " + warmupSeconds + " s, median of " + steps);
        for (int n : ns) {
            System.out.println(String.format(Locale.ROOT, "ours_ms_%d: %.4g ms", n, stepMs(n, warmupSeconds, steps)));
        }
    }
}
