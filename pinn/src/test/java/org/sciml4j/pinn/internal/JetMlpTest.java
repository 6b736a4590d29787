package org.sciml4j.pinn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JetMlpTest {

    private static final double H = 1e-4;
    private static final double TOL_FIRST = 1e-7;
    private static final double TOL_SECOND = 1e-5;

    private static double value(JetMlp net, double[] th, double[] x, int o) {
        JetMlp.Workspace ws = net.new Workspace();
        net.forward(th, x, ws);
        return ws.output(o, 0);
    }

    @Test
    void jetsMatchCentralDifferencesInTheInput() {
        JetMlp net = new JetMlp(new int[] {3, 7, 6, 2}, 2);
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
