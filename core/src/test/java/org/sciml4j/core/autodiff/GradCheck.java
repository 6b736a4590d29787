package org.sciml4j.core.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.sciml4j.core.tensor.Tensor;

/**
 * Reusable gradient check: compares reverse-mode gradients of L = Σ w ⊙ f(inputs) (fixed random
 * weights w, so every output element matters) with central differences of step h.
 */
public final class GradCheck {
    /** Central-difference step. */
    public static final double STEP = 1e-6;
    /** Tolerance on |ad − fd| / max(1, |fd|) for smooth functions with O(1) curvature. */
    public static final double TOL = 1e-6;

    private GradCheck() {
    }

    /** Asserts agreement for every element of every input. */
    public static void check(String what, Function<List<Tensor>, Tensor> f, List<Tensor> inputs) {
        check(what, f, inputs, TOL);
    }

    /** As {@link #check(String, Function, List)} with an explicit tolerance. */
    public static void check(String what, Function<List<Tensor>, Tensor> f, List<Tensor> inputs, double tol) {
        List<Tensor> vars = new ArrayList<>();
        for (Tensor t : inputs) {
            vars.add(t.detach().withGrad());
        }
        Tensor out = f.apply(vars);
        SplittableRandom rng = new SplittableRandom(99);
        double[] w = new double[out.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextDouble() - 0.5;
        }
        Tensor wt = Tensor.of(w, out.shape());
        Tensor loss = out.mul(wt).sum();
        double[][] ad = Autodiff.gradientArrays(loss, vars);
        for (int v = 0; v < vars.size(); v++) {
            double[] base = inputs.get(v).toArray();
            for (int e = 0; e < base.length; e++) {
                double fd = (eval(f, inputs, v, base, e, STEP, wt) - eval(f, inputs, v, base, e, -STEP, wt)) / (2 * STEP);
                double err = Math.abs(ad[v][e] - fd) / Math.max(1.0, Math.abs(fd));
                assertEquals(0.0, err, tol, what + ": input " + v + " element " + e + " ad=" + ad[v][e] + " fd=" + fd);
            }
        }
    }

    private static double eval(Function<List<Tensor>, Tensor> f, List<Tensor> inputs, int v, double[] base, int e,
                               double h, Tensor wt) {
        List<Tensor> xs = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            if (i == v) {
                double[] d = base.clone();
                d[e] += h;
                xs.add(Tensor.of(d, inputs.get(i).shape()));
            } else {
                xs.add(inputs.get(i).detach());
            }
        }
        return f.apply(xs).mul(wt).sum().item();
    }
}
