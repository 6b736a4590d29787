package org.sciml4j.pinn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sciml4j.core.nn.Activation;

class JetMlpTest {

    private static final double H = 1e-4;
    private static final double TOL_FIRST = 1e-7;
    private static final double TOL_SECOND = 1e-5;

    private static double value(JetMlp net, double[] th, double[] x, int o) {
        JetMlp.Workspace ws = net.new Workspace();
        net.forward(th, x, ws);
        return ws.output(o, 0);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH", "SIN"})
    void parameterGradientsMatchCentralDifferences(Activation act) {
        JetMlp net = new JetMlp(new int[] {2, 5, 4, 2}, 2, act);
        SplittableRandom rng = new SplittableRandom(12);
        double[] th = net.initGlorot(rng);
        double[] x = {0.4, -0.7};
        double[] seed = new double[2 * net.components()];
        for (int k = 0; k < seed.length; k++) {
            seed[k] = rng.nextDouble() - 0.5;
        }
        JetMlp.Workspace ws = net.new Workspace();
        net.forward(th, x, ws);
        double[] grad = new double[th.length];
        net.backward(th, ws, seed, grad, 0);
        JetMlp.BatchWorkspace bw = net.new BatchWorkspace(1);
        double[] gradBatch = new double[th.length];
        net.forwardBatch(th, new double[][] {x}, 0, 1, bw, org.sciml4j.core.linalg.Gemm.defaultGemm());
        net.backwardBatch(th, bw, seed, gradBatch, org.sciml4j.core.linalg.Gemm.defaultGemm());
        for (int k = 0; k < th.length; k++) {
            double[] tp = th.clone();
            double[] tm = th.clone();
            tp[k] += H;
            tm[k] -= H;
            double fd = (functional(net, tp, x, seed) - functional(net, tm, x, seed)) / (2 * H);
            assertEquals(fd, grad[k], TOL_FIRST * Math.max(1, Math.abs(fd)), act + " dL/dtheta_" + k);
            assertEquals(grad[k], gradBatch[k], 1e-12 * Math.max(1, Math.abs(grad[k])), "batched " + act);
        }
    }

    private static double functional(JetMlp net, double[] th, double[] x, double[] seed) {
        JetMlp.Workspace ws = net.new Workspace();
        net.forward(th, x, ws);
        double s = 0;
        for (int o = 0; o < 2; o++) {
            for (int c = 0; c < net.components(); c++) {
                s += seed[o * net.components() + c] * ws.output(o, c);
            }
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH", "SIN"})
    void jetsMatchCentralDifferencesInTheInput(Activation act) {
        JetMlp net = new JetMlp(new int[] {3, 7, 6, 2}, 2, act);
        double[] th = net.initGlorot(new SplittableRandom(11));
        double[] x = {0.3, -0.2, 0.5};
        JetMlp.Workspace ws = net.new Workspace();
        net.forward(th, x, ws);
        for (int o = 0; o < 2; o++) {
            for (int i = 0; i < 3; i++) {
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[i] += H;
                xm[i] -= H;
                double fd = (value(net, th, xp, o) - value(net, th, xm, o)) / (2 * H);
                assertEquals(fd, ws.output(o, 1 + i), TOL_FIRST, "du/dx" + i);
                for (int j = 0; j < 3; j++) {
                    double[] a = x.clone();
                    double[] b = x.clone();
                    double[] c = x.clone();
                    double[] d = x.clone();
                    a[i] += H;
                    a[j] += H;
                    b[i] += H;
                    b[j] -= H;
                    c[i] -= H;
                    c[j] += H;
                    d[i] -= H;
                    d[j] -= H;
                    double fd2 = (value(net, th, a, o) - value(net, th, b, o) - value(net, th, c, o)
                            + value(net, th, d, o)) / (4 * H * H);
                    assertEquals(fd2, ws.output(o, net.pairComponent(i, j)), TOL_SECOND, "d2u/dx" + i + "dx" + j);
                }
            }
        }
    }
}
