package org.sciml4j.pinn.dev;

import java.util.SplittableRandom;
import org.sciml4j.pinn.Conditions;
import org.sciml4j.pinn.Pde;
import org.sciml4j.pinn.PinnLoss;
import org.sciml4j.pinn.PinnModel;
import org.sciml4j.pinn.PinnProblem;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.geometry.Interval;
import org.sciml4j.pinn.sampling.Samplers;

/** Developer timing (not a test): loss+gradient of the 1-50-50-50-1 PINN, -u'' = f, N points. */
public final class StepTiming {
    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]);
        Interval dom = Geometry.interval(0, 1);
        PinnProblem problem = PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) -> u.d2(0, 0).neg().minus(Math.sin(x[0]))))
                .withCollocation(Samplers.random(), n)
                .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0)).build();
        PinnModel m = PinnModel.mlp(problem, new int[] {50, 50, 50}, new SplittableRandom(1));
        PinnLoss l = m.loss();
        double[] th = m.parameters();
        double[] g = new double[th.length];
        for (int rep = 0; rep < 30; rep++) {
            long t0 = System.nanoTime();
            l.evaluate(th, g);
            if (rep >= 20) {
                System.out.printf("N=%d: loss+grad %.2f ms%n", n, (System.nanoTime() - t0) * 1e-6);
            }
        }
    }
}
