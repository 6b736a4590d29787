package org.sciml4j.validation.analytic;

import java.util.Arrays;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * A box with infinite walls at 0 and L (ψ(0) = ψ(L) = 0) and a piecewise-constant potential inside,
 * in units ħ²/2m = 1: −ψ″ + V ψ = E ψ. The classic case is {@link #barrierInBox}: a barrier of
 * height V0 on [a, b].
 *
 * <p>Method (exact up to root finding): the solution u with u(0) = 0, u′(0) = 1 is propagated
 * through each segment in closed form (cos/sin for E &gt; V, cosh/sinh for E &lt; V, linear for
 * E = V), so both E below and above the barrier are handled. Levels are the roots of u(L; E) = 0.
 * Level n ≥ 0 is bracketed by Sturm oscillation: the number of zeros of u(·; E) in (0, L), counted
 * exactly per segment from the phase, equals the number of levels below E. Bisection on that count
 * isolates the single root, which Hipparchus' bracketing Brent solver then finds to 1e-13 relative
 * (well below 1e-12). Nearly degenerate tunnelling doublets are separated correctly because the
 * count, not a sign scan, brackets them. The state is normalised with the exact segment integrals.
 *
 * <p>Cost: O(segments × 100) per level. Immutable, thread-safe.
 */
public final class PiecewiseConstantBox {

    private static final double REL_ACCURACY = 1e-15;

    private final double[] edges;
    private final double[] values;

    /**
     * @param edges  breakpoints 0 = x_0 &lt; x_1 &lt; … &lt; x_m = L (copied)
     * @param values the potential on each of the m segments (copied), all ≥ 0
     */
    public PiecewiseConstantBox(double[] edges, double[] values) {
        if (edges.length < 2 || values.length != edges.length - 1) {
            throw new IllegalArgumentException("piecewise-constant box: need m+1 edges for m segment values, got "
                    + edges.length + " edges and " + values.length + " values");
        }
        if (edges[0] != 0) {
            throw new IllegalArgumentException("piecewise-constant box: the first edge must be 0 (left wall), got " + edges[0]);
        }
        for (int i = 0; i + 1 < edges.length; i++) {
            if (!(edges[i + 1] > edges[i]) || Double.isInfinite(edges[i + 1])) {
                throw new IllegalArgumentException("piecewise-constant box: edges must be finite and strictly increasing, got "
                        + Arrays.toString(edges));
            }
        }
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("piecewise-constant box: potential values must be finite and >= 0, got "
                        + Arrays.toString(values));
            }
        }
        this.edges = edges.clone();
        this.values = values.clone();
    }

    /**
     * Box [0, L] with a barrier of height V0 ≥ 0 on [a, b], 0 ≤ a &lt; b ≤ L, and V = 0 elsewhere.
     */
    public static PiecewiseConstantBox barrierInBox(double length, double a, double b, double height) {
        if (!(length > 0)) {
            throw new IllegalArgumentException("barrier in box: box length must be positive, got " + length);
        }
        if (!(a >= 0 && a < b && b <= length)) {
            throw new IllegalArgumentException("barrier in box: need 0 <= a < b <= L, got a=" + a + ", b=" + b + ", L=" + length);
        }
        double[] e = {0, a, b, length};
        double[] v = {0, height, 0};
        if (a == 0 && b == length) {
            return new PiecewiseConstantBox(new double[] {0, length}, new double[] {height});
        }
        if (a == 0) {
            return new PiecewiseConstantBox(new double[] {0, b, length}, new double[] {height, 0});
        }
        if (b == length) {
            return new PiecewiseConstantBox(new double[] {0, a, length}, new double[] {0, height});
        }
        return new PiecewiseConstantBox(e, v);
    }

    public double length() {
        return edges[edges.length - 1];
    }

    /** V(x) on [0, L]; at an interior edge the value of the segment to the right. */
    public double potential(double x) {
        return values[segment(x)];
    }

    /** Energy of level n ≥ 0 (n interior nodes). */
    public double energy(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("piecewise-constant box: levels are numbered from 0, got n=" + n);
        }
        double vMin = Arrays.stream(values).min().orElseThrow();
        double vMax = Arrays.stream(values).max().orElseThrow();
        double kn = (n + 1) * Math.PI / length();
        double lo = vMin + kn * kn * (1 - 1e-9) - 1e-300;
        double hi = vMax + kn * kn * (1 + 1e-9) + 1e-12;
        lo = Math.max(lo, Math.nextUp(vMin));
        // lo has at most n levels below, hi at least n+1; bisect until exactly n and n+1
        for (int it = 0; it < 200; it++) {
            int cLo = zeroCount(lo);
            int cHi = zeroCount(hi);
            if (cLo == n && cHi == n + 1) {
                break;
            }
            double mid = 0.5 * (lo + hi);
            if (zeroCount(mid) <= n) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        UnivariateFunction f = e -> propagate(e, length())[0];
        double fLo = f.value(lo);
        double fHi = f.value(hi);
        if (fLo == 0) {
            return lo;
        }
        if (fHi == 0) {
            return hi;
        }
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(REL_ACCURACY, 1e-14 * Math.max(1, hi), 0, 5);
        return solver.solve(10_000, f, lo, hi, AllowedSolution.ANY_SIDE);
    }

    /** The normalised state of level n ≥ 0, sign fixed by ψ′(0) &gt; 0. */
    public Eigenstate1D state(int n) {
        double e = energy(n);
        int m = values.length;
        double[] u0 = new double[m];
        double[] du0 = new double[m];
        double u = 0;
        double du = 1;
        double norm2 = 0;
        for (int s = 0; s < m; s++) {
            u0[s] = u;
            du0[s] = du;
            double w = edges[s + 1] - edges[s];
            norm2 += segmentSquareIntegral(e - values[s], u, du, w);
            double[] next = step(e - values[s], u, du, w);
            u = next[0];
            du = next[1];
        }
        double amp = 1.0 / Math.sqrt(norm2);
        return new Eigenstate1D() {
            @Override
            public double energy() {
                return e;
            }

            @Override
            public double value(double x) {
                if (x < 0 || x > length()) {
                    return 0.0;
                }
                int s = segment(x);
                return amp * step(e - values[s], u0[s], du0[s], x - edges[s])[0];
            }

            @Override
            public double derivative(double x) {
                if (x < 0 || x > length()) {
                    return 0.0;
                }
                int s = segment(x);
                return amp * step(e - values[s], u0[s], du0[s], x - edges[s])[1];
            }

            @Override
            public double secondDerivative(double x) {
                if (x < 0 || x > length()) {
                    return 0.0;
                }
                return (potential(x) - e) * value(x);
            }
        };
    }

    /** Number of zeros of u(·; E) in the open interval (0, L) = number of levels strictly below E. */
    int zeroCount(double e) {
        double u = 0;
        double du = 1;
        int count = 0;
        int m = values.length;
        for (int s = 0; s < m; s++) {
            double w = edges[s + 1] - edges[s];
            double q2 = e - values[s];
            count += zerosInSegment(q2, u, du, w);
            double[] next = step(q2, u, du, w);
            u = next[0];
            du = next[1];
        }
        // a zero exactly at L is not interior; zerosInSegment counts (0, w]
        if (u == 0) {
            count--;
        }
        return count;
    }

    /** Zeros of the segment solution in (0, w]. */
    private static int zerosInSegment(double q2, double u, double du, double w) {
        if (q2 > 0) {
            double q = Math.sqrt(q2);
            // u(t) = R sin(q t + φ) with R sin φ = u, R cos φ = du/q
            double phi = Math.atan2(u, du / q);
            return (int) (Math.floor((phi + q * w) / Math.PI) - Math.floor(phi / Math.PI));
        }
        if (q2 < 0) {
            if (du == 0) {
                return 0;
            }
            double kappa = Math.sqrt(-q2);
            double r = -u * kappa / du; // zero where tanh(κ t) = r
            return r > 0 && r <= Math.tanh(kappa * w) ? 1 : 0;
        }
        if (du == 0) {
            return 0;
        }
        double t = -u / du;
        return t > 0 && t <= w ? 1 : 0;
    }

    /** (u, u′) at distance t into a segment with E − V = q2, starting from (u, du). */
    private static double[] step(double q2, double u, double du, double t) {
        if (q2 > 0) {
            double q = Math.sqrt(q2);
            double c = Math.cos(q * t);
            double s = Math.sin(q * t);
            return new double[] {u * c + du * s / q, -u * q * s + du * c};
        }
        if (q2 < 0) {
            double k = Math.sqrt(-q2);
            double c = Math.cosh(k * t);
            double s = Math.sinh(k * t);
            return new double[] {u * c + du * s / k, u * k * s + du * c};
        }
        return new double[] {u + du * t, du};
    }

    /** ∫_0^w u(t)² dt for the segment solution. */
    private static double segmentSquareIntegral(double q2, double u, double du, double w) {
        if (q2 > 0) {
            double q = Math.sqrt(q2);
            double alpha = u;
            double beta = du / q;
            double s2 = Math.sin(2 * q * w) / (4 * q);
            return alpha * alpha * (w / 2 + s2) + beta * beta * (w / 2 - s2)
                    + alpha * beta * (1 - Math.cos(2 * q * w)) / (2 * q);
        }
        if (q2 < 0) {
            double k = Math.sqrt(-q2);
            double alpha = u;
            double beta = du / k;
            double sh2 = Math.sinh(2 * k * w) / (4 * k);
            return alpha * alpha * (w / 2 + sh2) + beta * beta * (sh2 - w / 2)
                    + alpha * beta * (Math.cosh(2 * k * w) - 1) / (2 * k);
        }
        return u * u * w + u * du * w * w + du * du * w * w * w / 3;
    }

    private double[] propagate(double e, double x) {
        double u = 0;
        double du = 1;
        for (int s = 0; s < values.length; s++) {
            if (x <= edges[s + 1]) {
                return step(e - values[s], u, du, x - edges[s]);
            }
            double[] next = step(e - values[s], u, du, edges[s + 1] - edges[s]);
            u = next[0];
            du = next[1];
        }
        return new double[] {u, du};
    }

    private int segment(double x) {
        int s = 0;
        while (s + 1 < values.length && x >= edges[s + 1]) {
            s++;
        }
        return s;
    }
}
