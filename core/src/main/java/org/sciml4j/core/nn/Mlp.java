package org.sciml4j.core.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.jet.Jet;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.tensor.Tensor;

/**
 * Multilayer perceptron u(x) = L_n ∘ σ ∘ L_{n−1} ∘ … ∘ σ ∘ L_1 (x): affine layers
 * {@link Linear} with widths w_0 → w_1 → … → w_n, the activation σ after every layer but the
 * last. Parameters are named {@code layer<i>.weight} / {@code layer<i>.bias}. The same seed
 * gives the same parameters.
 */
public final class Mlp {
    /** Default activation of {@link #init(int[], SplittableRandom)}. */
    public static final Activation DEFAULT_ACTIVATION = Activation.TANH;
    /** Default initialisation of {@link #init(int[], SplittableRandom)}. */
    public static final Init DEFAULT_INIT = Init.GLOROT_NORMAL;

    private final List<Linear> layers;
    private final Activation activation;
    private final int[] widths;
    private final ParameterSet parameters;

    private Mlp(List<Linear> layers, Activation activation, int[] widths) {
        this.layers = Collections.unmodifiableList(layers);
        this.activation = activation;
        this.widths = widths;
        List<Parameter> ps = new ArrayList<>();
        for (Linear l : layers) {
            ps.add(l.weight());
            ps.add(l.bias());
        }
        this.parameters = ParameterSet.of(ps);
    }

    /**
     * A new MLP with weights drawn layer by layer from {@code rng} (advances it) and zero biases.
     *
     * @param widths at least two positive widths, input first
     */
    public static Mlp init(int[] widths, Activation activation, Init init, SplittableRandom rng) {
        if (widths.length < 2) {
            throw new ShapeException("Mlp.init: widths " + java.util.Arrays.toString(widths)
                    + ": give at least input and output widths");
        }
        List<Linear> layers = new ArrayList<>();
        for (int i = 0; i + 1 < widths.length; i++) {
            layers.add(Linear.init("layer" + i, widths[i], widths[i + 1], init, rng));
        }
        return new Mlp(layers, activation, widths.clone());
    }

    /** {@link #init(int[], Activation, Init, SplittableRandom)} with tanh and Glorot normal. */
    public static Mlp init(int[] widths, SplittableRandom rng) {
        return init(widths, DEFAULT_ACTIVATION, DEFAULT_INIT, rng);
    }

    /** x [N, w_0] → u [N, w_n]. */
    public Tensor forward(Tensor x) {
        return forward(x, Gemm.defaultGemm());
    }

    /** As {@link #forward(Tensor)} with the layers' products through {@code gemm}. */
    public Tensor forward(Tensor x, Gemm gemm) {
        Tensor h = x;
        for (int i = 0; i < layers.size(); i++) {
            Linear l = layers.get(i);
            h = h.matmul(l.weight().value(), gemm).add(l.bias().value());
            if (i + 1 < layers.size()) {
                h = activation.apply(h);
            }
        }
        return h;
    }

    /** The jet of u: value and requested input derivatives, through fused jet ops. */
    public Jet forward(Jet x) {
        return forward(x, Gemm.defaultGemm());
    }

    /**
     * As {@link #forward(Jet)} with the layers' products through {@code gemm} (e.g. a
     * single-threaded OpenBLAS backend when the caller runs its own threads).
     */
    public Jet forward(Jet x, Gemm gemm) {
        Jet h = x;
        for (int i = 0; i < layers.size(); i++) {
            Linear l = layers.get(i);
            h = h.linear(l.weight().value(), l.bias().value(), gemm);
            if (i + 1 < layers.size()) {
                h = h.map(activation);
            }
        }
        return h;
    }

    /** All parameters in layer order (weight, bias, weight, bias, …). */
    public ParameterSet parameters() {
        return parameters;
    }

    /** The layers (unmodifiable). */
    public List<Linear> layers() {
        return layers;
    }

    /** The activation. */
    public Activation activation() {
        return activation;
    }

    /** Copy of the widths. */
    public int[] widths() {
        return widths.clone();
    }
}
