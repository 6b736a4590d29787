package org.sciml4j.validation.darcy;

import java.util.function.DoubleBinaryOperator;
import org.sciml4j.validation.metrics.Errors;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/**
 * {@link DarcyFlow2D} on the manufactured solution u = sin πx sin πy with smooth coefficient
 * a = 2 + sin 2πx cos πy and f = −∇·(a∇u): max nodal error vs h, design order 2.
 */
public final class DarcyManufacturedStudy implements ConvergenceStudy {

    static final DoubleBinaryOperator A = (x, y) -> 2 + Math.sin(2 * Math.PI * x) * Math.cos(Math.PI * y);
    static final DoubleBinaryOperator U = (x, y) -> Math.sin(Math.PI * x) * Math.sin(Math.PI * y);
    static final DoubleBinaryOperator F = (x, y) -> {
        double pi = Math.PI;
        double ux = pi * Math.cos(pi * x) * Math.sin(pi * y);
        double uy = pi * Math.sin(pi * x) * Math.cos(pi * y);
        double ax = 2 * pi * Math.cos(2 * pi * x) * Math.cos(pi * y);
        double ay = -pi * Math.sin(2 * pi * x) * Math.sin(pi * y);
        return -(ax * ux + ay * uy - 2 * pi * pi * A.applyAsDouble(x, y) * U.applyAsDouble(x, y));
    };

    @Override
    public String name() {
        return "darcy-fd-manufactured";
    }

    @Override
    public String description() {
        return "DarcyFlow2D five-point FD with harmonic face averages (band Cholesky below s = 49, multigrid-preconditioned "
                + "CG to relative residual 1e-10 above), a = 2 + sin(2 pi x) cos(pi y), "
                + "u = sin(pi x) sin(pi y): max nodal error vs h";
    }

    @Override
    public ConvergenceResult run() {
        int[] ss = {9, 17, 33, 65, 129};
        double[] h = new double[ss.length];
        double[] err = new double[ss.length];
        double[] sec = new double[ss.length];
        for (int k = 0; k < ss.length; k++) {
            int s = ss[k];
            h[k] = 1.0 / (s - 1);
            long t0 = System.nanoTime();
            double[] u = DarcyFlow2D.of(s, F).solve(nodes(s, A));
            sec[k] = (System.nanoTime() - t0) * 1e-9;
            err[k] = Errors.maxAbs(u, nodes(s, U));
        }
        return new ConvergenceResult(name(), description(), "nodes per side", ss, h, err, sec, "max |u - u_exact| at nodes", 2);
    }

    static double[] nodes(int s, DoubleBinaryOperator g) {
        double[] v = new double[s * s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                v[i * s + j] = g.applyAsDouble((double) i / (s - 1), (double) j / (s - 1));
            }
        }
        return v;
    }
}
