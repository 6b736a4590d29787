package org.sciml4j.pinn.dev;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.sciml4j.pinn.Conditions;
import org.sciml4j.pinn.HardConstraint;
import org.sciml4j.pinn.Pde;
import org.sciml4j.pinn.PinnLoss;
import org.sciml4j.pinn.PinnModel;
import org.sciml4j.pinn.PinnProblem;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.geometry.Interval;
import org.sciml4j.pinn.sampling.Samplers;

/**
 * Developer timing (not a test): min and median of the LM Jacobian, the residual vector and the
 * loss + gradient for the poisson-2d study network (2-20-20-20-1, 1 024 points, hard constraint),
 * the 1-50-50-50-1 −u″ = f network at 1 000 and 10 000 points, and the Jacobian of the poisson-1d
 * study size (64 + 2 points). Run: {@code java -cp <pinn test classpath> org.sciml4j.pinn.dev.StepMedians}.
 */
public final class StepMedians {

    private StepMedians() {
    }

    private static String stats(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return String.format("min %.1f med %.1f ms", s[0], s[s.length / 2]);
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) * 1e-6;
    }

    public static void main(String[] args) {
        PinnProblem p2 = PinnProblem.builder(Geometry.rectangle(0, 1, 0, 1),
                        Pde.scalar(2, (x, u, p) -> u.laplacian().neg().minus(Math.sin(x[0]))))
                .withCollocation(Samplers.sobol(), 1024)
                .withHardConstraint(HardConstraint.zeroOnBox(new double[] {0, 0}, new double[] {1, 1})).build();
        PinnModel m = PinnModel.mlp(p2, new int[] {20, 20, 20}, new SplittableRandom(1));
        PinnLoss l = m.loss();
        double[] th = m.parameters();
        double[] r = new double[l.residualCount()];
        DMatrixRMaj j = new DMatrixRMaj(r.length, th.length);
        double[] g = new double[th.length];
        int reps = 40;
        double[] tj = new double[reps];
        double[] tr = new double[reps];
        double[] tg = new double[reps];
        for (int w = 0; w < 10; w++) {
            l.evaluate(th, r, j);
            l.evaluate(th, g);
        }
        for (int k = 0; k < reps; k++) {
            long t0 = System.nanoTime();
            l.evaluate(th, r, j);
            tj[k] = ms(t0);
            t0 = System.nanoTime();
            l.evaluate(th, r, null);
            tr[k] = ms(t0);
            t0 = System.nanoTime();
            l.evaluate(th, g);
            tg[k] = ms(t0);
        }
        System.out.println("2D 1024pts 2-20-20-20-1: J " + stats(tj) + " | r " + stats(tr) + " | loss+grad " + stats(tg));
        Interval dom = Geometry.interval(0, 1);
        for (int n : new int[] {1000, 10000}) {
            PinnProblem p1 = PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) -> u.d2(0, 0).neg().minus(Math.sin(x[0]))))
                    .withCollocation(Samplers.random(), n).withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0)).build();
            PinnModel m1 = PinnModel.mlp(p1, new int[] {50, 50, 50}, new SplittableRandom(1));
            PinnLoss l1 = m1.loss();
            double[] t1 = m1.parameters();
            double[] g1 = new double[t1.length];
            int rr = n > 5000 ? 15 : 40;
            double[] tt = new double[rr];
            for (int w = 0; w < 8; w++) {
                l1.evaluate(t1, g1);
            }
            for (int k = 0; k < rr; k++) {
                long t0 = System.nanoTime();
                l1.evaluate(t1, g1);
                tt[k] = ms(t0);
            }
            System.out.println("1D 1-50-50-50-1 N=" + n + ": loss+grad " + stats(tt));
        }
        PinnProblem p3 = PinnProblem.builder(dom, Pde.scalar(2, (x, u, p) -> u.d2(0, 0).neg().minus(Math.sin(x[0]))))
                .withCollocation(Samplers.sobol(), 64).withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0))
                .withCondition(Conditions.dirichlet(dom.right(), 1, x -> 0)).build();
        PinnModel m3 = PinnModel.mlp(p3, new int[] {50, 50, 50}, new SplittableRandom(1));
        PinnLoss l3 = m3.loss();
        double[] t3 = m3.parameters();
        double[] r3 = new double[l3.residualCount()];
        DMatrixRMaj j3 = new DMatrixRMaj(r3.length, t3.length);
        double[] tj3 = new double[200];
        for (int w = 0; w < 50; w++) {
            l3.evaluate(t3, r3, j3);
        }
        for (int k = 0; k < tj3.length; k++) {
            long t0 = System.nanoTime();
            l3.evaluate(t3, r3, j3);
            tj3[k] = ms(t0);
        }
        System.out.println("1D 66pts 1-50-50-50-1: J " + stats(tj3));
    }
}
