package org.sciml4j.quantum.eigen;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * A real potential V(x) of the dimensionless Schrödinger equation −ψ″ + V(x) ψ = E ψ (units
 * ħ²/2m = 1), together with the points where V jumps. Between two jumps V must be smooth: the
 * eigenfunction is then smooth on each piece, while at a jump ψ and ψ′ are continuous and ψ″ jumps
 * by (V₊ − V₋) ψ. Solvers split the domain at {@link #jumps()} so that no collocation or quadrature
 * node straddles a jump.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface Potential {

    /** V(x). */
    double value(double x);

    /** Abscissae where V is discontinuous, strictly increasing (a new array; empty when V is smooth). */
    default double[] jumps() {
        return new double[0];
    }

    /**
     * A user potential: V given by {@code v}, discontinuous at {@code jumps} (copied, sorted; may be empty).
     */
    static Potential of(DoubleUnaryOperator v, double... jumps) {
        Objects.requireNonNull(v, "potential function");
        double[] j = jumps.clone();
        Arrays.sort(j);
        for (int i = 0; i < j.length; i++) {
            if (!Double.isFinite(j[i]) || (i > 0 && j[i] == j[i - 1])) {
                throw new QuantumException("potential: jump abscissae must be finite and distinct, got "
                        + Arrays.toString(jumps));
            }
        }
        return new Potential() {
            @Override
            public double value(double x) {
                return v.applyAsDouble(x);
            }

            @Override
            public double[] jumps() {
                return j.clone();
            }
        };
    }

    /** V = 0 (infinite square well once walls are put at the ends of the domain). */
    static Potential zero() {
        return of(x -> 0.0);
    }

    /**
     * Finite square well: V = 0 on [left, right], V = depth outside; jumps at left and right.
     * At a jump the value of the outer (right-hand for left, left-hand for right) side is not special:
     * the solvers never evaluate V exactly at a jump from the wrong piece.
     */
    static Potential squareWell(double depth, double left, double right) {
        checkInterval("square well", left, right, depth);
        return of(x -> (x >= left && x <= right) ? 0.0 : depth, left, right);
    }

    /** A barrier of height {@code height} on [left, right], V = 0 elsewhere; jumps at left and right. */
    static Potential barrier(double height, double left, double right) {
        checkInterval("barrier", left, right, height);
        return of(x -> (x >= left && x <= right) ? height : 0.0, left, right);
    }

    /** Harmonic oscillator V = ω² x² (so E_n = ω(2n + 1) on the whole line). */
    static Potential harmonic(double omega) {
        if (!(omega > 0) || Double.isInfinite(omega)) {
            throw new QuantumException("harmonic potential: omega must be positive and finite, got " + omega);
        }
        return of(x -> omega * omega * x * x);
    }

    private static void checkInterval(String what, double left, double right, double height) {
        if (!(right > left) || !Double.isFinite(left) || !Double.isFinite(right)) {
            throw new QuantumException(what + ": need finite left < right, got [" + left + ", " + right + "]");
        }
        if (!Double.isFinite(height)) {
            throw new QuantumException(what + ": height must be finite, got " + height);
        }
    }
}
