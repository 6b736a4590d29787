package org.sciml4j.quantum.eigen;

import java.util.SplittableRandom;

/**
 * A one-hidden-layer tanh network N(x) = Σₖ cₖ tanh(wₖ x + bₖ) + d with its first two input
 * derivatives and their exact parameter derivatives, in closed form. With tₖ = tanh(zₖ),
 * zₖ = wₖx + bₖ, sₖ = 1 − tₖ², uₖ = −2tₖsₖ (= s′), u′ₖ = −2sₖ² + 4tₖ²sₖ:
 * <pre>
 *   N = Σ cₖtₖ + d,   N′ = Σ cₖwₖsₖ,   N″ = Σ cₖwₖ²uₖ
 *   ∂/∂cₖ: tₖ, wₖsₖ, wₖ²uₖ
 *   ∂/∂wₖ: cₖsₖx, cₖ(sₖ + wₖxuₖ), cₖ(2wₖuₖ + wₖ²xu′ₖ)
 *   ∂/∂bₖ: cₖsₖ, cₖwₖuₖ, cₖwₖ²u′ₖ
 *   ∂/∂d:  1, 0, 0
 * </pre>
 * Parameter layout of one block (length 3H + 1): [w₀…w_{H−1}, b₀…b_{H−1}, c₀…c_{H−1}, d].
 *
 * <p>This is the quantum module's private stand-in for a general MLP with forward Taylor jets:
 * in one dimension a single wide tanh layer is a universal approximator and its closed-form
 * Jacobian makes a Levenberg–Marquardt step cost O(M·P). Immutable, thread-safe.
 */
public final class TanhNetwork {

    private final int width;

    /** @param width hidden width H ≥ 1 */
    public TanhNetwork(int width) {
        if (width < 1 || width > 10_000) {
            throw new QuantumException("tanh network: hidden width must be in [1, 10000], got " + width);
        }
        this.width = width;
    }

    /** H. */
    public int width() {
        return width;
    }

    /** 3H + 1. */
    public int parameterCount() {
        return 3 * width + 1;
    }

    /**
     * Initial parameters for inputs in [lo, hi]: centres −bₖ/wₖ uniform in [lo, hi], slopes |wₖ|
     * uniform in [1, 1 + H/4]·2/(hi − lo) with random sign, cₖ ~ U(−1, 1)/√H, d = 0.
     *
     * @param theta receives the block at {@code offset}, modified
     */
    public void initialize(double[] theta, int offset, double lo, double hi, SplittableRandom rng) {
        int h = width;
        double scale = 2.0 / (hi - lo);
        for (int k = 0; k < h; k++) {
            double centre = lo + (hi - lo) * rng.nextDouble();
            double slope = scale * (1 + 0.25 * h * rng.nextDouble()) * (rng.nextBoolean() ? 1 : -1);
            theta[offset + k] = slope;
            theta[offset + h + k] = -slope * centre;
            theta[offset + 2 * h + k] = (2 * rng.nextDouble() - 1) / Math.sqrt(h);
        }
        theta[offset + 3 * h] = 0;
    }

    /**
     * Evaluates N, N′, N″ at x and, when the gradient arrays are not null, their derivatives with
     * respect to the block's parameters.
     *
     * @param theta  parameters, not modified
     * @param offset start of this block in theta
     * @param out    receives {N, N′, N″} (length ≥ 3), modified
     * @param g0     receives ∂N/∂θ (length ≥ 3H + 1) or null
     * @param g1     receives ∂N′/∂θ or null
     * @param g2     receives ∂N″/∂θ or null
     */
    public void evaluate(double[] theta, int offset, double x, double[] out, double[] g0, double[] g1, double[] g2) {
        int h = width;
        double n0 = theta[offset + 3 * h];
        double n1 = 0;
        double n2 = 0;
        boolean grad = g0 != null;
        for (int k = 0; k < h; k++) {
            double w = theta[offset + k];
            double c = theta[offset + 2 * h + k];
            double t = Math.tanh(w * x + theta[offset + h + k]);
            double s = 1 - t * t;
            double u = -2 * t * s;
            n0 += c * t;
            n1 += c * w * s;
            n2 += c * w * w * u;
            if (grad) {
                double up = -2 * s * s + 4 * t * t * s;
                g0[k] = c * s * x;
                g1[k] = c * (s + w * x * u);
                g2[k] = c * (2 * w * u + w * w * x * up);
                g0[h + k] = c * s;
                g1[h + k] = c * w * u;
                g2[h + k] = c * w * w * up;
                g0[2 * h + k] = t;
                g1[2 * h + k] = w * s;
                g2[2 * h + k] = w * w * u;
            }
        }
        if (grad) {
            g0[3 * h] = 1;
            g1[3 * h] = 0;
            g2[3 * h] = 0;
        }
        out[0] = n0;
        out[1] = n1;
        out[2] = n2;
    }
}
