package org.sciml4j.validation.analytic;

import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * Finite square well centred at 0, in units ħ²/2m = 1: V(x) = 0 for |x| ≤ a = width/2 and V0 &gt; 0
 * for |x| &gt; a. Bound states have 0 &lt; E &lt; V0. With k = √E, κ = √(V0 − E), z = k a and
 * z0 = a √V0 the levels solve
 * <ul>
 *   <li>even states: k tan(k a) = κ, i.e. z sin z − √(z0² − z²) cos z = 0,</li>
 *   <li>odd states: −k cot(k a) = κ, i.e. z cos z + √(z0² − z²) sin z = 0,</li>
 * </ul>
 * level n ≥ 0 (n nodes; even for even n) lying in z ∈ [nπ/2, min((n+1)π/2, z0)). There are
 * ⌈2 z0/π⌉ bound states. The roots are found with Hipparchus' bracketing Brent solver to an absolute
 * accuracy of 1e-14 in z (E to about 1e-12 relative). The states are
 * ψ = A cos(kx) (even) or A sin(kx) (odd) inside and ψ(±a) e^{−κ(|x|−a)} outside, normalised.
 * ψ″ is taken from the inside formula at |x| = a exactly (it jumps there).
 *
 * <p>Construction solves all levels: cost O(number of levels). Immutable, thread-safe.
 */
public final class FiniteSquareWell {

    private static final double Z_ACCURACY = 1e-15;

    private final double depth;
    private final double halfWidth;
    private final double[] z;

    /**
     * @param depth V0 &gt; 0, the potential outside the well
     * @param width the well's width &gt; 0
     */
    public FiniteSquareWell(double depth, double width) {
        if (!(depth > 0) || Double.isInfinite(depth)) {
            throw new IllegalArgumentException("finite square well: depth V0 must be positive and finite, got " + depth);
        }
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("finite square well: width must be positive and finite, got " + width);
        }
        this.depth = depth;
        this.halfWidth = 0.5 * width;
        double z0 = halfWidth * Math.sqrt(depth);
        int count = (int) Math.ceil(2 * z0 / Math.PI);
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-16, Z_ACCURACY, 1e-300, 5);
        double[] roots = new double[count];
        int found = 0;
        for (int n = 0; n < count; n++) {
            double lo = n * Math.PI / 2;
            double hi = Math.min((n + 1) * Math.PI / 2, z0);
            if (!(hi > lo)) {
                break;
            }
            boolean even = n % 2 == 0;
            org.hipparchus.analysis.UnivariateFunction f = even
                    ? zz -> zz * Math.sin(zz) - Math.sqrt(Math.max(0, z0 * z0 - zz * zz)) * Math.cos(zz)
                    : zz -> zz * Math.cos(zz) + Math.sqrt(Math.max(0, z0 * z0 - zz * zz)) * Math.sin(zz);
            double flo = f.value(lo);
            double fhi = f.value(hi);
            if (flo == 0) {
                roots[found++] = lo;
                continue;
            }
            if (Math.signum(flo) == Math.signum(fhi)) {
                break;
            }
            roots[found++] = solver.solve(1000, f, lo, hi, AllowedSolution.ANY_SIDE);
        }
        this.z = java.util.Arrays.copyOf(roots, found);
    }

    public double depth() {
        return depth;
    }

    public double width() {
        return 2 * halfWidth;
    }

    /** V(x): 0 inside |x| ≤ width/2, V0 outside. */
    public double potential(double x) {
        return Math.abs(x) <= halfWidth ? 0.0 : depth;
    }

    /** Number of bound states, ⌈2 z0/π⌉ with z0 = (width/2) √V0. */
    public int boundStateCount() {
        return z.length;
    }

    /** Energy of bound level n ≥ 0 (n nodes). */
    public double energy(int n) {
        checkLevel(n);
        double k = z[n] / halfWidth;
        return k * k;
    }

    /**
     * Residual of the level's transcendental equation at E, scaled to be O(1): k tan(ka) − κ for
     * even levels, −k cot(ka) − κ for odd, each multiplied by cos(ka) resp. sin(ka) to stay finite.
     */
    public double transcendentalResidual(int n, double energy) {
        checkLevel(n);
        double k = Math.sqrt(energy);
        double kappa = Math.sqrt(depth - energy);
        double ka = k * halfWidth;
        return n % 2 == 0 ? k * Math.sin(ka) - kappa * Math.cos(ka) : k * Math.cos(ka) + kappa * Math.sin(ka);
    }

    /** The normalised bound state of level n ≥ 0. */
    public Eigenstate1D state(int n) {
        checkLevel(n);
        boolean even = n % 2 == 0;
        double a = halfWidth;
        double k = z[n] / a;
        double e = k * k;
        double kappa = Math.sqrt(depth - e);
        double ka = k * a;
        double norm2 = even
                ? a + Math.sin(2 * ka) / (2 * k) + Math.cos(ka) * Math.cos(ka) / kappa
                : a - Math.sin(2 * ka) / (2 * k) + Math.sin(ka) * Math.sin(ka) / kappa;
        double amp = 1.0 / Math.sqrt(norm2);
        double edge = even ? amp * Math.cos(ka) : amp * Math.sin(ka);
        return new Eigenstate1D() {
            @Override
            public double energy() {
                return e;
            }

            @Override
            public double value(double x) {
                if (Math.abs(x) <= a) {
                    return even ? amp * Math.cos(k * x) : amp * Math.sin(k * x);
                }
                double s = (even || x > 0) ? 1.0 : -1.0;
                return s * edge * Math.exp(-kappa * (Math.abs(x) - a));
            }

            @Override
            public double derivative(double x) {
                if (Math.abs(x) <= a) {
                    return even ? -amp * k * Math.sin(k * x) : amp * k * Math.cos(k * x);
                }
                double s = (even || x > 0) ? 1.0 : -1.0;
                return -Math.signum(x) * kappa * s * edge * Math.exp(-kappa * (Math.abs(x) - a));
            }

            @Override
            public double secondDerivative(double x) {
                return Math.abs(x) <= a ? -e * value(x) : kappa * kappa * value(x);
            }
        };
    }

    private void checkLevel(int n) {
        if (n < 0 || n >= z.length) {
            throw new IllegalArgumentException("finite square well: level " + n + " out of range; this well (V0="
                    + depth + ", width=" + 2 * halfWidth + ") has " + z.length + " bound states, levels 0.."
                    + (z.length - 1));
        }
    }
}
