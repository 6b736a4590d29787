package org.sciml4j.core.nn;

import java.util.SplittableRandom;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.jet.Jet;
import org.sciml4j.core.tensor.Tensor;

/**
 * Affine layer y = x W + b with W of shape [in, out] and b of shape [out]; rows of x are
 * samples. Parameters are named {@code prefix.weight} and {@code prefix.bias}. Not thread safe
 * while being trained (parameters mutate), otherwise read-only.
 */
public final class Linear {
    private final Parameter weight;
    private final Parameter bias;
    private final int in;
    private final int out;

    /** A layer with the given parameters (W [in, out], b [out]). */
    public Linear(Parameter weight, Parameter bias) {
        int[] ws = weight.shape();
        int[] bs = bias.shape();
        if (ws.length != 2 || bs.length != 1 || bs[0] != ws[1]) {
            throw new ShapeException("Linear: weight " + java.util.Arrays.toString(ws) + " and bias "
                    + java.util.Arrays.toString(bs) + ": need weight [in, out] and bias [out]");
        }
        this.weight = weight;
        this.bias = bias;
        this.in = ws[0];
        this.out = ws[1];
    }

    /** W drawn by {@code init} from {@code rng}, b = 0. */
    public static Linear init(String prefix, int in, int out, Init init, SplittableRandom rng) {
        if (in < 1 || out < 1) {
            throw new ShapeException("Linear.init: " + prefix + " widths " + in + " -> " + out + " must be positive");
        }
        Parameter w = new Parameter(prefix + ".weight", Tensor.of(init.sample(in, out, rng), in, out));
        Parameter b = new Parameter(prefix + ".bias", Tensor.zeros(out));
        return new Linear(w, b);
    }

    /** x [N, in] → x W + b [N, out]. */
    public Tensor forward(Tensor x) {
        return x.matmul(weight.value()).add(bias.value());
    }

    /** Jet through the layer: one GEMM over all streams, bias on the value stream only. */
    public Jet forward(Jet x) {
        return x.linear(weight.value(), bias.value());
    }

    /** The weight parameter [in, out]. */
    public Parameter weight() {
        return weight;
    }

    /** The bias parameter [out]. */
    public Parameter bias() {
        return bias;
    }

    /** Input width. */
    public int in() {
        return in;
    }

    /** Output width. */
    public int out() {
        return out;
    }
}
