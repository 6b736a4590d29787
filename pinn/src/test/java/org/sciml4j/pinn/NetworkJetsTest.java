package org.sciml4j.pinn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.tensor.Tensor;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.sampling.Samplers;

/**
 * The core-jet path of the PINN loss: jet layout against finite differences in x, the row-wise
 * Jacobian and the reverse pass against central differences in θ, and the loss gradient of order-0
 * and order-1 problems against central differences.
 */
class NetworkJetsTest {

    private static final double X_STEP = 1e-4;
    /** Central differences of first/second input derivatives with h = 1e-4 (error ~h² · u‴). */
    private static final double X_TOL = 1e-6;
    private static final double TH_STEP = 1e-6;
    private static final double TH_TOL = 1e-7;

    private static double[] randomTheta(NetworkJets net, SplittableRandom rng) {
        double[] th = new double[net.parameterCount()];
        for (int k = 0; k < th.length; k++) {
            th[k] = rng.nextDouble(-0.8, 0.8);
        }
        return th;
    }

    private static double[][] randomPoints(int n, int d, SplittableRandom rng) {
        double[][] p = new double[n][d];
        for (double[] x : p) {
            for (int i = 0; i < d; i++) {
                x[i] = rng.nextDouble(-1, 1);
            }
        }
        return p;
    }

    private static double valueAt(NetworkJets net, double[] x, int o) {
        return net.mlp().forward(NetworkJets.points(new double[][] {x})).rawData()[o];
    }

    @Test
    void jetComponentsMatchFiniteDifferencesInTheInput() {
        SplittableRandom rng = new SplittableRandom(11);
        int d = 2;
        NetworkJets net = new NetworkJets(new int[] {d, 6, 5, 2}, Activation.SIN, 2);
        net.assign(randomTheta(net, rng));
        double[][] pts = randomPoints(3, d, rng);
        double[] data = net.forward(NetworkJets.points(pts)).rawData();
        int comps = net.components();
        double[] out = new double[2 * comps];
        for (int i = 0; i < pts.length; i++) {
            net.gather(data, pts.length, i, out, 0);
            for (int o = 0; o < 2; o++) {
                double[] x = pts[i];
                assertEquals(valueAt(net, x, o), out[o * comps], 1e-14, "value");
                for (int a = 0; a < d; a++) {
                    double[] xp = x.clone();
                    double[] xm = x.clone();
                    xp[a] += X_STEP;
                    xm[a] -= X_STEP;
                    double fd = (valueAt(net, xp, o) - valueAt(net, xm, o)) / (2 * X_STEP);
                    assertEquals(fd, out[o * comps + 1 + a], X_TOL, "d/dx" + a);
                    for (int b = a; b < d; b++) {
                        double[] pp = shift(x, a, X_STEP, b, X_STEP);
                        double[] pm = shift(x, a, X_STEP, b, -X_STEP);
                        double[] mp = shift(x, a, -X_STEP, b, X_STEP);
                        double[] mm = shift(x, a, -X_STEP, b, -X_STEP);
                        double fd2 = (valueAt(net, pp, o) - valueAt(net, pm, o) - valueAt(net, mp, o)
                                + valueAt(net, mm, o)) / (4 * X_STEP * X_STEP);
                        assertEquals(fd2, out[o * comps + PinnProblem.pair(d, a, b)], 1e3 * X_TOL, "d2/dx" + a + "dx" + b);
                    }
                }
            }
        }
    }

    private static double[] shift(double[] x, int a, double ha, int b, double hb) {
        double[] y = x.clone();
        y[a] += ha;
        y[b] += hb;
        return y;
    }

    /** ρ_i = Σ coef ⊙ jets over the rows of point i (and its partner row n + i when m = 2n). */
    private static double[] rho(NetworkJets net, double[] theta, Tensor x, double[] coef, int n, int m) {
        net.assign(theta);
        double[] data = net.forward(x).rawData();
        int rowsPerStream = m;
        int width = data.length / (net.components() * rowsPerStream);
        double[] out = new double[n];
        for (int c = 0; c < net.components(); c++) {
            for (int r = 0; r < m; r++) {
                for (int o = 0; o < width; o++) {
                    int e = (c * m + r) * width + o;
                    out[r % n] += coef[e] * data[e];
                }
            }
        }
        return out;
    }

    @Test
    void rowJacobianAndReversePassMatchCentralDifferences() {
        SplittableRandom rng = new SplittableRandom(12);
        NetworkJets net = new NetworkJets(new int[] {2, 5, 4, 2}, Activation.TANH, 2);
        double[] th = randomTheta(net, rng);
        int n = 4;
        int m = 2 * n; // paired points: rows i and n + i belong to residual i
        Tensor x = NetworkJets.points(randomPoints(n, 2, rng), randomPoints(n, 2, rng));
        net.assign(th);
        Tensor stacked = net.forward(x);
        double[] coef = new double[stacked.size()];
        for (int e = 0; e < coef.length; e++) {
            coef[e] = rng.nextDouble(-1, 1);
        }
        double[] jac = net.rowJacobian(stacked, coef, n, m);
        double[] grad = new double[th.length];
        net.vjp(stacked, coef, grad, 0);
        int p = th.length;
        for (int k = 0; k < p; k++) {
            double[] tp = th.clone();
            double[] tm = th.clone();
            tp[k] += TH_STEP;
            tm[k] -= TH_STEP;
            double[] rp = rho(net, tp, x, coef, n, m);
            double[] rm = rho(net, tm, x, coef, n, m);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double fd = (rp[i] - rm[i]) / (2 * TH_STEP);
                assertEquals(fd, jac[i * p + k], TH_TOL * Math.max(1, Math.abs(fd)), "J[" + i + "," + k + "]");
                sum += fd;
            }
            assertEquals(sum, grad[k], TH_TOL * Math.max(1, Math.abs(sum)), "vjp[" + k + "]");
        }
    }

    private static void checkLossDerivatives(PinnModel m) {
        PinnLoss loss = m.loss();
        double[] th = m.parameters();
        int rows = loss.residualCount();
        double[] r = new double[rows];
        DMatrixRMaj jac = new DMatrixRMaj(rows, th.length);
        loss.evaluate(th, r, jac);
        double[] g = new double[th.length];
        loss.evaluate(th, g);
        double[] rp = new double[rows];
        double[] rm = new double[rows];
        for (int k = 0; k < th.length; k++) {
            double[] tp = th.clone();
            double[] tm = th.clone();
            tp[k] += TH_STEP;
            tm[k] -= TH_STEP;
            double lp = loss.evaluate(tp, new double[th.length]);
            double lm = loss.evaluate(tm, new double[th.length]);
            double fdL = (lp - lm) / (2 * TH_STEP);
            assertEquals(fdL, g[k], 1e-6 * Math.max(1, Math.abs(fdL)), "dL/dθ" + k);
            loss.evaluate(tp, rp, null);
            loss.evaluate(tm, rm, null);
            for (int i = 0; i < rows; i++) {
                double fd = (rp[i] - rm[i]) / (2 * TH_STEP);
                assertEquals(fd, jac.get(i, k), 1e-6 * Math.max(1, Math.abs(fd)), "J[" + i + "," + k + "]");
            }
        }
    }

    @Test
    void orderZeroAndOrderOneLossesMatchCentralDifferences() {
        TrainableScalar a = new TrainableScalar("a", 0.4);
        // order 0: u·a − sin x (plain forward of core's Mlp, no jets)
        PinnProblem p0 = PinnProblem.builder(Geometry.interval(0, 1),
                        Pde.scalar(0, (x, u, p) -> u.value().times(p.get(a)).minus(Math.sin(x[0]))))
                .withCollocation(Samplers.halton(), 6).withParameter(a).build();
        checkLossDerivatives(PinnModel.mlp(p0, new int[] {5, 4}, new SplittableRandom(7)));
        // order 1 in 2-D with two fields and a Dirichlet condition
        PinnProblem p1 = PinnProblem.builder(Geometry.rectangle(0, 1, 0, 1), Pde.system(1, 2, (x, u, p) -> new org.sciml4j.pinn.Dual[] {
            u.d(0).plus(u.field(1).d(1)).minus(x[1]), u.field(1).value().times(u.d(1)).plus(p.get(a))}))
                .withOutputs(2).withCollocation(Samplers.sobol(), 5).withParameter(a)
                .withCondition(Conditions.dirichlet(Geometry.rectangle(0, 1, 0, 1).boundary(), 4, x -> x[0])).build();
        checkLossDerivatives(PinnModel.mlp(p1, new int[] {4, 3}, Activation.SIN, new SplittableRandom(8)));
    }

    @Test
    void jacobianOverParallelPointRangesMatchesCentralDifferences() {
        // 130 interior points and 70 paired periodic points: the Jacobian is built over several point
        // ranges (each its own graph and row-wise sweep); a second field through a hard constraint.
        TrainableScalar k = new TrainableScalar("k", 1.3);
        PinnProblem p = PinnProblem.builder(Geometry.rectangle(0, 1, 0, 1), Pde.system(2, 2, (x, u, q) -> new org.sciml4j.pinn.Dual[] {
            u.laplacian().plus(u.field(1).value().times(q.get(k))).minus(x[0]), u.field(1).d2(0, 1).minus(u.d(1))}))
                .withOutputs(2).withCollocation(Samplers.halton(), 130).withParameter(k)
                .withHardConstraint(1, HardConstraint.zeroOnBox(new double[] {0, 0}, new double[] {1, 1}))
                .withCondition(Conditions.periodic(new double[] {0, 0}, new double[] {1, 1}, 0, 70, 0, 1, Samplers.sobol(),
                        new SplittableRandom(2)))
                .withCondition(Conditions.dirichlet(Geometry.rectangle(0, 1, 0, 1).boundary(), 6, x -> 0)).build();
        checkLossDerivatives(PinnModel.mlp(p, new int[] {3}, new SplittableRandom(9)));
    }
}
