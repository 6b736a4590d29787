package org.sciml4j.pinn;

/**
 * A known function of the point x ∈ ℝᵈ carried with its gradient and Hessian (second-order
 * forward Taylor mode), used to write the fixed parts of trial functions u = g(x) + D(x)·N(x):
 * the user writes {@code x -> x[0].times(x[0].rminus(1))} and gets D, ∇D and ∇²D exactly.
 *
 * <p>Rules: (ab)ᵢ = aᵢb + abᵢ, (ab)ᵢⱼ = aᵢⱼb + aᵢbⱼ + aⱼbᵢ + abᵢⱼ; f(a)ᵢⱼ = f''(a)aᵢaⱼ + f'(a)aᵢⱼ.
 * Immutable; thread-safe.
 */
public final class SpaceJet {

    private final double v;
    private final double[] g;
    private final double[] h; // d×d row-major

    private SpaceJet(double v, double[] g, double[] h) {
        this.v = v;
        this.g = g;
        this.h = h;
    }

    /** The coordinates x₀…x_{d−1} of a point as jets (∂xᵢ/∂xⱼ = δᵢⱼ). */
    public static SpaceJet[] coordinates(double[] x) {
        int d = x.length;
        SpaceJet[] out = new SpaceJet[d];
        for (int i = 0; i < d; i++) {
            double[] g = new double[d];
            g[i] = 1;
            out[i] = new SpaceJet(x[i], g, new double[d * d]);
        }
        return out;
    }

    public double value() {
        return v;
    }

    /** ∂/∂xᵢ. */
    public double d(int i) {
        return g[i];
    }

    /** ∂²/∂xᵢ∂xⱼ. */
    public double d2(int i, int j) {
        return h[i * g.length + j];
    }

    public int dimension() {
        return g.length;
    }

    private SpaceJet unary(double f0, double f1, double f2) {
        int d = g.length;
        double[] ng = new double[d];
        double[] nh = new double[d * d];
        for (int i = 0; i < d; i++) {
            ng[i] = f1 * g[i];
            for (int j = 0; j < d; j++) {
                nh[i * d + j] = f2 * g[i] * g[j] + f1 * h[i * d + j];
            }
        }
        return new SpaceJet(f0, ng, nh);
    }

    public SpaceJet plus(SpaceJet o) {
        double[] ng = g.clone();
        double[] nh = h.clone();
        for (int i = 0; i < ng.length; i++) {
            ng[i] += o.g[i];
        }
        for (int i = 0; i < nh.length; i++) {
            nh[i] += o.h[i];
        }
        return new SpaceJet(v + o.v, ng, nh);
    }

    public SpaceJet plus(double c) {
        return new SpaceJet(v + c, g, h);
    }

    public SpaceJet minus(SpaceJet o) {
        return plus(o.neg());
    }

    public SpaceJet minus(double c) {
        return new SpaceJet(v - c, g, h);
    }

    /** c − this. */
    public SpaceJet rminus(double c) {
        return neg().plus(c);
    }

    public SpaceJet neg() {
        return unary(-v, -1, 0);
    }

    public SpaceJet times(double c) {
        return unary(c * v, c, 0);
    }

    public SpaceJet times(SpaceJet o) {
        int d = g.length;
        double[] ng = new double[d];
        double[] nh = new double[d * d];
        for (int i = 0; i < d; i++) {
            ng[i] = g[i] * o.v + v * o.g[i];
            for (int j = 0; j < d; j++) {
                nh[i * d + j] = h[i * d + j] * o.v + g[i] * o.g[j] + g[j] * o.g[i] + v * o.h[i * d + j];
            }
        }
        return new SpaceJet(v * o.v, ng, nh);
    }

    public SpaceJet square() {
        return times(this);
    }

    public SpaceJet sin() {
        return unary(Math.sin(v), Math.cos(v), -Math.sin(v));
    }

    public SpaceJet cos() {
        return unary(Math.cos(v), -Math.sin(v), -Math.cos(v));
    }

    public SpaceJet exp() {
        double e = Math.exp(v);
        return unary(e, e, e);
    }

    /** 1/this. */
    public SpaceJet reciprocal() {
        return unary(1 / v, -1 / (v * v), 2 / (v * v * v));
    }

    public SpaceJet div(SpaceJet o) {
        return times(o.reciprocal());
    }

    /** A function of the point written with jets, e.g. a distance function or a lift g(x). */
    @FunctionalInterface
    public interface Function {
        SpaceJet apply(SpaceJet[] x);
    }
}
