package org.sciml4j.validation.analytic;

/**
 * Infinite square well on [0, L]: V = 0 inside, ψ(0) = ψ(L) = 0, in units ħ²/2m = 1.
 * Level n ≥ 1 has E_n = (nπ/L)² and ψ_n(x) = √(2/L) sin(nπx/L) (zero outside [0, L]).
 *
 * <p>Immutable, thread-safe.
 */
public final class InfiniteSquareWell {

    private final double length;

    /** @param length width L &gt; 0 of the well */
    public InfiniteSquareWell(double length) {
        if (!(length > 0) || Double.isInfinite(length)) {
            throw new IllegalArgumentException("infinite square well: width must be positive and finite, got " + length);
        }
        this.length = length;
    }

    public double length() {
        return length;
    }

    /** E_n = (nπ/L)², n ≥ 1. */
    public double energy(int n) {
        checkLevel(n);
        double k = n * Math.PI / length;
        return k * k;
    }

    /** The normalised state of level n ≥ 1 (n − 1 interior nodes). */
    public Eigenstate1D state(int n) {
        checkLevel(n);
        double k = n * Math.PI / length;
        double amp = Math.sqrt(2.0 / length);
        double e = k * k;
        return new Eigenstate1D() {
            @Override
            public double energy() {
                return e;
            }

            @Override
            public double value(double x) {
                return inside(x) ? amp * Math.sin(k * x) : 0.0;
            }

            @Override
            public double derivative(double x) {
                return inside(x) ? amp * k * Math.cos(k * x) : 0.0;
            }

            @Override
            public double secondDerivative(double x) {
                return inside(x) ? -e * amp * Math.sin(k * x) : 0.0;
            }
        };
    }

    private boolean inside(double x) {
        return x >= 0 && x <= length;
    }

    private static void checkLevel(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("infinite square well: levels are numbered from 1, got n=" + n);
        }
    }
}
