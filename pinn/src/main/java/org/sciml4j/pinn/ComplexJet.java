package org.sciml4j.pinn;

/**
 * A complex field ψ = u_re + i u_im built from two real output fields, with derivatives.
 * Not thread-safe; valid inside one residual call.
 */
public final class ComplexJet {

    private final FieldJet re;
    private final FieldJet im;

    ComplexJet(FieldJet re, FieldJet im) {
        this.re = re;
        this.im = im;
    }

    public ComplexDual value() {
        return new ComplexDual(re.value(), im.value());
    }

    public ComplexDual d(int i) {
        return new ComplexDual(re.d(i), im.d(i));
    }

    public ComplexDual d2(int i, int j) {
        return new ComplexDual(re.d2(i, j), im.d2(i, j));
    }

    public ComplexDual laplacian(int spatialDims) {
        return new ComplexDual(re.laplacian(spatialDims), im.laplacian(spatialDims));
    }
}
