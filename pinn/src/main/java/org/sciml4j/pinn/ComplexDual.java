package org.sciml4j.pinn;

/**
 * A complex number a + ib with {@link Dual} parts, for residuals of complex-valued fields (e.g.
 * Schrödinger): a complex residual becomes two real residuals (real and imaginary part).
 * Immutable.
 *
 * @param re real part
 * @param im imaginary part
 */
public record ComplexDual(Dual re, Dual im) {

    public ComplexDual plus(ComplexDual o) {
        return new ComplexDual(re.plus(o.re), im.plus(o.im));
    }

    public ComplexDual minus(ComplexDual o) {
        return new ComplexDual(re.minus(o.re), im.minus(o.im));
    }

    public ComplexDual times(ComplexDual o) {
        return new ComplexDual(re.times(o.re).minus(im.times(o.im)), re.times(o.im).plus(im.times(o.re)));
    }

    /** Multiplication by a real Dual. */
    public ComplexDual times(Dual s) {
        return new ComplexDual(re.times(s), im.times(s));
    }

    public ComplexDual times(double s) {
        return new ComplexDual(re.times(s), im.times(s));
    }

    /** Multiplication by i: i(a + ib) = −b + ia. */
    public ComplexDual timesI() {
        return new ComplexDual(im.neg(), re);
    }

    public ComplexDual conj() {
        return new ComplexDual(re, im.neg());
    }

    /** |z|² = a² + b². */
    public Dual abs2() {
        return re.square().plus(im.square());
    }

    /** The two real residuals (re, im). */
    public Dual[] parts() {
        return new Dual[] {re, im};
    }
}
