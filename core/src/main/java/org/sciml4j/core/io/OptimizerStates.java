package org.sciml4j.core.io;

import java.util.ArrayList;
import java.util.List;
import org.sciml4j.core.optim.AdamState;
import org.sciml4j.core.optim.LbfgsState;
import org.sciml4j.core.optim.LmState;

/**
 * Encodes optimizer states into a {@link Checkpoint} under a name prefix and decodes them back,
 * bit-exactly. Layout (prefix p):
 * <ul>
 * <li>Adam: arrays {@code p.m}, {@code p.v} [n]; attribute {@code p.step}.</li>
 * <li>L-BFGS: arrays {@code p.s}, {@code p.y} [k, n] (oldest pair first); attributes
 *     {@code p.iteration}, {@code p.evaluations}, {@code p.dimension}.</li>
 * <li>Levenberg–Marquardt: array {@code p.scaling} [n or 0]; attributes {@code p.iteration},
 *     {@code p.evaluations}, {@code p.jacobians}, {@code p.lambda}, {@code p.nu}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class OptimizerStates {

    private OptimizerStates() {
    }

    public static void putAdam(Checkpoint.Builder b, String prefix, AdamState s) {
        b.withState(prefix + ".m", NdArray.vector(s.firstMoment()));
        b.withState(prefix + ".v", NdArray.vector(s.secondMoment()));
        b.withAttribute(prefix + ".step", s.step());
    }

    public static AdamState adam(Checkpoint c, String prefix) {
        return new AdamState(c.attributeLong(prefix + ".step"), c.stateArray(prefix + ".m").data(),
                c.stateArray(prefix + ".v").data());
    }

    public static void putLbfgs(Checkpoint.Builder b, String prefix, LbfgsState s, int dimension) {
        List<double[]> sl = s.s();
        List<double[]> yl = s.y();
        int k = sl.size();
        double[] sf = new double[k * dimension];
        double[] yf = new double[k * dimension];
        for (int i = 0; i < k; i++) {
            System.arraycopy(sl.get(i), 0, sf, i * dimension, dimension);
            System.arraycopy(yl.get(i), 0, yf, i * dimension, dimension);
        }
        b.withState(prefix + ".s", new NdArray(sf, new int[] {k, dimension}));
        b.withState(prefix + ".y", new NdArray(yf, new int[] {k, dimension}));
        b.withAttribute(prefix + ".iteration", s.iteration());
        b.withAttribute(prefix + ".evaluations", s.evaluations());
    }

    public static LbfgsState lbfgs(Checkpoint c, String prefix) {
        NdArray s = c.stateArray(prefix + ".s");
        NdArray y = c.stateArray(prefix + ".y");
        if (s.rank() != 2 || !java.util.Arrays.equals(s.shape(), y.shape())) {
            throw new IllegalArgumentException("checkpoint: L-BFGS history arrays have shapes "
                    + java.util.Arrays.toString(s.shape()) + " and " + java.util.Arrays.toString(y.shape())
                    + "; expected two equal [k, n] shapes");
        }
        int k = s.shape(0);
        int n = s.shape(1);
        double[] sd = s.data();
        double[] yd = y.data();
        List<double[]> sl = new ArrayList<>();
        List<double[]> yl = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            sl.add(java.util.Arrays.copyOfRange(sd, i * n, (i + 1) * n));
            yl.add(java.util.Arrays.copyOfRange(yd, i * n, (i + 1) * n));
        }
        return new LbfgsState(c.attributeLong(prefix + ".iteration"), c.attributeLong(prefix + ".evaluations"), sl, yl);
    }

    public static void putLevenbergMarquardt(Checkpoint.Builder b, String prefix, LmState s) {
        b.withState(prefix + ".scaling", NdArray.vector(s.scaling()));
        b.withAttribute(prefix + ".iteration", s.iteration());
        b.withAttribute(prefix + ".evaluations", s.evaluations());
        b.withAttribute(prefix + ".jacobians", s.jacobians());
        b.withAttribute(prefix + ".lambda", s.lambda());
        b.withAttribute(prefix + ".nu", s.nu());
    }

    public static LmState levenbergMarquardt(Checkpoint c, String prefix) {
        return new LmState(c.attributeLong(prefix + ".iteration"), c.attributeLong(prefix + ".evaluations"),
                c.attributeLong(prefix + ".jacobians"), c.attributeDouble(prefix + ".lambda"),
                c.attributeDouble(prefix + ".nu"), c.stateArray(prefix + ".scaling").data());
    }
}
