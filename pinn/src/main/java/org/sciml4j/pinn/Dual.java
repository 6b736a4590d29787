package org.sciml4j.pinn;

import java.util.Arrays;

/**
 * A real number with its first derivatives with respect to a fixed, small set of inputs (forward
 * mode): the value type in which users write residuals. At one collocation point the inputs are
 * the network's jet components (u, ∂u/∂xᵢ, ∂²u/∂xᵢ∂xⱼ of every output) and the trainable scalars;
 * the library then back-propagates ∂r/∂(inputs) through the network.
 *
 * <p>Rules: (a ± b)' = a' ± b', (ab)' = a'b + ab', (a/b)' = (a'b − ab')/b², f(a)' = f'(a) a'.
 * Immutable; every operation returns a new value. Thread-safe.
 */
public final class Dual {

    private final double value;
    private final double[] grad;

    Dual(double value, double[] grad) {
        this.value = value;
        this.grad = grad;
    }

    /** A constant with {@code slots} zero derivatives. */
    static Dual constant(double value, int slots) {
        return new Dual(value, new double[slots]);
    }

    /** The input number {@code slot} of {@code slots}: derivative 1 in its own slot. */
    static Dual variable(double value, int slot, int slots) {
        double[] g = new double[slots];
        g[slot] = 1;
        return new Dual(value, g);
    }

    /** The value. */
    public double value() {
        return value;
    }

    double[] gradRef() {
        return grad;
    }

    int slots() {
        return grad.length;
    }

    private static double[] combine(double a, double[] ga, double b, double[] gb) {
        double[] g = new double[ga.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = a * ga[i] + b * gb[i];
        }
        return g;
    }

    private Dual chain(double v, double dv) {
        double[] g = new double[grad.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = dv * grad[i];
        }
        return new Dual(v, g);
    }

    private void same(Dual o) {
        if (o.grad.length != grad.length) {
            throw new IllegalArgumentException("Dual: operands come from different residual evaluations ("
                    + grad.length + " vs " + o.grad.length + " slots); build constants with plus/times on a given Dual");
        }
    }

    public Dual plus(Dual o) {
        same(o);
        return new Dual(value + o.value, combine(1, grad, 1, o.grad));
    }

    public Dual plus(double c) {
        return new Dual(value + c, grad.clone());
    }

    public Dual minus(Dual o) {
        same(o);
        return new Dual(value - o.value, combine(1, grad, -1, o.grad));
    }

    public Dual minus(double c) {
        return new Dual(value - c, grad.clone());
    }

    /** c − this. */
    public Dual rminus(double c) {
        return chain(c - value, -1);
    }

    public Dual times(Dual o) {
        same(o);
        return new Dual(value * o.value, combine(o.value, grad, value, o.grad));
    }

    public Dual times(double c) {
        return chain(value * c, c);
    }

    public Dual div(Dual o) {
        same(o);
        double inv = 1 / o.value;
        return new Dual(value * inv, combine(inv, grad, -value * inv * inv, o.grad));
    }

    public Dual div(double c) {
        return chain(value / c, 1 / c);
    }

    public Dual neg() {
        return chain(-value, -1);
    }

    public Dual square() {
        return chain(value * value, 2 * value);
    }

    public Dual pow(double p) {
        return chain(Math.pow(value, p), p * Math.pow(value, p - 1));
    }

    public Dual sqrt() {
        double s = Math.sqrt(value);
        return chain(s, 0.5 / s);
    }

    public Dual exp() {
        double e = Math.exp(value);
        return chain(e, e);
    }

    public Dual log() {
        return chain(Math.log(value), 1 / value);
    }

    public Dual sin() {
        return chain(Math.sin(value), Math.cos(value));
    }

    public Dual cos() {
        return chain(Math.cos(value), -Math.sin(value));
    }

    public Dual tanh() {
        double t = Math.tanh(value);
        return chain(t, 1 - t * t);
    }

    /** A constant in the same evaluation (zero derivatives). */
    public Dual constantLike(double c) {
        return new Dual(c, new double[grad.length]);
    }

    @Override
    public String toString() {
        return "Dual[" + value + ", " + Arrays.toString(grad) + "]";
    }
}
