package org.sciml4j.pinn.dev;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.sciml4j.pinn.HardConstraint;
import org.sciml4j.pinn.Pde;
import org.sciml4j.pinn.PinnLoss;
import org.sciml4j.pinn.PinnModel;
import org.sciml4j.pinn.PinnProblem;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.sampling.Samplers;

/** Developer timing (not a test). */
public final class JacobianTiming {
    public static void main(String[] a) {
        PinnProblem problem = PinnProblem.builder(Geometry.rectangle(0, 1, 0, 1),
                        Pde.scalar(2, (x, u, p) -> u.laplacian().neg().minus(Math.sin(x[0]))))
                .withCollocation(Samplers.sobol(), 1024)
                .withHardConstraint(HardConstraint.zeroOnBox(new double[] {0, 0}, new double[] {1, 1})).build();
        PinnModel m = PinnModel.mlp(problem, new int[] {20, 20, 20}, new SplittableRandom(1));
        PinnLoss l = m.loss();
        double[] th = m.parameters();
        double[] r = new double[l.residualCount()];
        DMatrixRMaj j = new DMatrixRMaj(r.length, th.length);
        DMatrixRMaj g = new DMatrixRMaj(th.length, th.length);
        double[] grad = new double[th.length];
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            l.evaluate(th, r, j);
            long t1 = System.nanoTime();
            l.evaluate(th, r, null);
            long t2 = System.nanoTime();
            l.evaluate(th, grad);
            long t3 = System.nanoTime();
            CommonOps_DDRM.multInner(j, g);
            long t4 = System.nanoTime();
            System.out.printf("J %.3f s, r %.3f s, grad %.3f s, ejml JtJ %.3f s%n", (t1 - t0) * 1e-9, (t2 - t1) * 1e-9,
                    (t3 - t2) * 1e-9, (t4 - t3) * 1e-9);
        }
    }
}
