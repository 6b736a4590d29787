package org.sciml4j.validation.schrodinger;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Fourier differentiation of periodic complex fields: ∂ᵖh = F⁻¹[(ik)ᵖ F h]. For odd p the Nyquist
 * mode is dropped. Not thread-safe (holds the FFT plan); inputs are not modified.
 */
final class SpectralDerivative {

    private final PeriodicGrid grid;
    private final DoubleFFT_1D fft;

    SpectralDerivative(PeriodicGrid grid) {
        this.grid = grid;
        this.fft = new DoubleFFT_1D(grid.points());
    }

    /** Returns a new interleaved array with the p-th derivative (p = 1 or 2). */
    double[] derivative(double[] field, int p) {
        int n = grid.points();
        double[] w = field.clone();
        fft.complexForward(w);
        for (int j = 0; j < n; j++) {
            double k = grid.wavenumber(j);
            double re = w[2 * j];
            double im = w[2 * j + 1];
            if (p == 1) {
                if (j == n / 2) {
                    w[2 * j] = 0;
                    w[2 * j + 1] = 0;
                } else {
                    w[2 * j] = -k * im;
                    w[2 * j + 1] = k * re;
                }
            } else {
                w[2 * j] = -k * k * re;
                w[2 * j + 1] = -k * k * im;
            }
        }
        fft.complexInverse(w, true);
        return w;
    }
}
