package org.sciml4j.validation.eigen;

import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.DenseOutputModel;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.sciml4j.validation.analytic.Eigenstate1D;

/**
 * Eigenpairs of −ψ″ + V(x) ψ = E ψ on [a, b] with ψ(a) = ψ(b) = 0 (units ħ²/2m = 1) by shooting
 * with Hipparchus' DormandPrince853 integrator.
 *
 * <p>Method. Writing ψ′ = ρ cos θ, s ψ = ρ sin θ (scaled Prüfer variables, s = max(√|E − V_min|,
 * π/(b − a))), the phase obeys θ′ = s cos²θ + (E − V)/s sin²θ and θ passes each multiple of π
 * upward exactly where ψ has a node. θ_L is integrated from a (θ_L(a) = 0) and θ_R backward from b
 * (θ_R(b) = 0) to a matching point x_m (the minimum of V, kept 10 % inside the interval). The
 * mismatch Φ(E) = θ_L(x_m) − θ_R(x_m) is continuous and strictly increasing in E, and level n
 * (n nodes) is the unique root of Φ(E) = (n + 1)π: the node count brackets level n, and the root
 * is found by Hipparchus' bracketing Brent solver. Shooting from both sides keeps the decaying
 * tails of bound states accurate. The eigenfunction is then integrated as a linear ODE (ψ, ψ′,
 * ∫ψ²) from both ends, the right piece scaled to match at x_m, and normalised with the integrated
 * ∫ψ²; the dense output of the integrator gives ψ anywhere (8th-order interpolant).
 *
 * <p>Accuracy: energies to about max(10 · tolerance, 1e-14 |E|) for smooth V (integrator relative
 * and absolute tolerance {@code tolerance}, default 1e-12). Potentials with jumps are handled, but
 * the integrator loses its order across a jump unless the jump lies on x_m.
 *
 * <p>Cost: about 20–40 pairs of ODE solves per level, each O(steps) with steps growing like
 * √E (b − a); a few milliseconds to tens of milliseconds per level. Immutable and thread-safe if V is;
 * returned states are thread-safe.
 */
public final class ShootingEigensolver {

    private final double a;
    private final double b;
    private final DoubleUnaryOperator potential;
    private final double tolerance;
    private final double vMin;
    private final double vMax;
    private final double xMatch;

    private ShootingEigensolver(Builder builder) {
        this.a = builder.a;
        this.b = builder.b;
        this.potential = builder.potential;
        this.tolerance = builder.tolerance;
        int samples = 4001;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double argmin = 0.5 * (a + b);
        for (int i = 0; i < samples; i++) {
            double x = a + (b - a) * i / (samples - 1);
            double v = potential.applyAsDouble(x);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("shooting eigensolver: V(" + x + ") = " + v
                        + " is not finite; the potential must be finite on [a, b]");
            }
            if (v < min) {
                min = v;
                argmin = x;
            }
            max = Math.max(max, v);
        }
        this.vMin = min;
        this.vMax = max;
        double margin = 0.1 * (b - a);
        this.xMatch = builder.matchPoint != null ? builder.matchPoint
                : Math.min(b - margin, Math.max(a + margin, argmin));
    }

    /**
     * Starts a builder for the interval [a, b] and potential V.
     */
    public static Builder builder(double a, double b, DoubleUnaryOperator potential) {
        return new Builder(a, b, potential);
    }

    /** Builder: required interval and potential; optional tolerance and matching point. */
    public static final class Builder {
        private final double a;
        private final double b;
        private final DoubleUnaryOperator potential;
        private double tolerance = 1e-12;
        private Double matchPoint;

        private Builder(double a, double b, DoubleUnaryOperator potential) {
            if (!(b > a) || !Double.isFinite(a) || !Double.isFinite(b)) {
                throw new IllegalArgumentException("shooting eigensolver: need finite a < b, got [" + a + ", " + b + "]");
            }
            if (potential == null) {
                throw new IllegalArgumentException("shooting eigensolver: potential is null");
            }
            this.a = a;
            this.b = b;
            this.potential = potential;
        }

        /** Relative and absolute tolerance of the ODE integrator, in [1e-14, 1e-3]; default 1e-12. */
        public Builder withTolerance(double tol) {
            if (!(tol >= 1e-14 && tol <= 1e-3)) {
                throw new IllegalArgumentException("shooting eigensolver: tolerance must be in [1e-14, 1e-3], got " + tol);
            }
            this.tolerance = tol;
            return this;
        }

        /** Matching point strictly inside (a, b); default: the minimum of V, kept 10 % inside. */
        public Builder withMatchPoint(double xm) {
            if (!(xm > a && xm < b)) {
                throw new IllegalArgumentException("shooting eigensolver: match point " + xm + " must lie inside (" + a
                        + ", " + b + ")");
            }
            this.matchPoint = xm;
            return this;
        }

        public ShootingEigensolver build() {
            return new ShootingEigensolver(this);
        }
    }

    /** Energy of level n ≥ 0 (n interior nodes). */
    public double energy(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("shooting eigensolver: levels are numbered from 0, got n=" + n);
        }
        double target = (n + 1) * Math.PI;
        UnivariateFunction f = e -> mismatch(e) - target;
        double lo = vMin;
        double kn = (n + 1) * Math.PI / (b - a);
        double hi = vMax + 1.05 * kn * kn + 1.0;
        int expansions = 0;
        while (f.value(hi) < 0) {
            hi = lo + 2 * (hi - lo);
            if (++expansions > 60) {
                throw new IllegalStateException("shooting eigensolver: could not bracket level " + n);
            }
        }
        double flo = f.value(lo);
        if (flo >= 0) {
            throw new IllegalStateException("shooting eigensolver: phase mismatch at E = min V is already "
                    + (flo + target) + " >= " + target + " for level " + n
                    + "; the integration is not resolving V; tighten the tolerance or check V");
        }
        BracketingNthOrderBrentSolver solver =
                new BracketingNthOrderBrentSolver(1e-15, 1e-14 * Math.max(1.0, Math.abs(hi)), 0, 5);
        return solver.solve(10_000, f, lo, hi, AllowedSolution.ANY_SIDE);
    }

    /** The lowest {@code count} energies. */
    public double[] energies(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("shooting eigensolver: count must be >= 1, got " + count);
        }
        double[] e = new double[count];
        for (int n = 0; n < count; n++) {
            e[n] = energy(n);
        }
        return e;
    }

    /** Level n with its normalised eigenfunction (ψ′(a) &gt; 0). */
    public Eigenstate1D state(int n) {
        double e = energy(n);
        DenseOutputModel left = new DenseOutputModel();
        DenseOutputModel right = new DenseOutputModel();
        double[] yl = integrateLinear(e, a, new double[] {0, 1, 0}, xMatch, left);
        double[] yr = integrateLinear(e, b, new double[] {0, -1, 0}, xMatch, right);
        double s2 = scale(e) * scale(e);
        double c = (yl[0] * yr[0] + yl[1] * yr[1] / s2) / (yr[0] * yr[0] + yr[1] * yr[1] / s2);
        double norm2 = Math.abs(yl[2]) + c * c * Math.abs(yr[2]);
        double amp = 1 / Math.sqrt(norm2);
        double ampR = amp * c;
        DoubleUnaryOperator v = potential;
        return new Eigenstate1D() {
            @Override
            public double energy() {
                return e;
            }

            @Override
            public double value(double x) {
                return component(x, 0);
            }

            @Override
            public double derivative(double x) {
                return component(x, 1);
            }

            @Override
            public double secondDerivative(double x) {
                return (v.applyAsDouble(x) - e) * value(x);
            }

            private double component(double x, int i) {
                if (x < a || x > b) {
                    throw new IllegalArgumentException("shooting eigenstate: x=" + x + " outside [" + a + ", " + b + "]");
                }
                if (x <= xMatch) {
                    synchronized (left) {
                        return amp * left.getInterpolatedState(x).getPrimaryState()[i];
                    }
                }
                synchronized (right) {
                    return ampR * right.getInterpolatedState(x).getPrimaryState()[i];
                }
            }
        };
    }

    /** The lowest {@code count} eigenpairs sampled on a uniform grid of {@code gridPoints} ≥ 3 points including a and b. */
    public Eigenpairs solve(int count, int gridPoints) {
        if (gridPoints < 3) {
            throw new IllegalArgumentException("shooting eigensolver: need at least 3 grid points, got " + gridPoints);
        }
        double[] e = energies(count);
        double[] x = new double[gridPoints];
        for (int i = 0; i < gridPoints; i++) {
            x[i] = a + (b - a) * i / (gridPoints - 1);
        }
        x[gridPoints - 1] = b;
        double[][] psi = new double[count][gridPoints];
        for (int n = 0; n < count; n++) {
            Eigenstate1D s = state(n);
            for (int i = 0; i < gridPoints; i++) {
                psi[n][i] = s.value(x[i]);
            }
        }
        return new Eigenpairs(e, x, psi);
    }

    /** Φ(E) = θ_L(x_m) − θ_R(x_m). */
    double mismatch(double e) {
        double s = scale(e);
        OrdinaryDifferentialEquation pruefer = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double x, double[] y) {
                double sin = Math.sin(y[0]);
                double cos = Math.cos(y[0]);
                return new double[] {s * cos * cos + (e - potential.applyAsDouble(x)) / s * sin * sin};
            }
        };
        double thetaL = integrator().integrate(pruefer, new ODEState(a, new double[] {0}), xMatch).getPrimaryState()[0];
        double thetaR = integrator().integrate(pruefer, new ODEState(b, new double[] {0}), xMatch).getPrimaryState()[0];
        return thetaL - thetaR;
    }

    private double scale(double e) {
        return Math.max(Math.sqrt(Math.abs(e - vMin)), Math.PI / (b - a));
    }

    private double[] integrateLinear(double e, double x0, double[] y0, double x1, DenseOutputModel model) {
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 3;
            }

            @Override
            public double[] computeDerivatives(double x, double[] y) {
                return new double[] {y[1], (potential.applyAsDouble(x) - e) * y[0], y[0] * y[0]};
            }
        };
        DormandPrince853Integrator integrator = integrator();
        integrator.addStepHandler(model);
        ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(x0, y0), x1);
        return end.getPrimaryState();
    }

    private DormandPrince853Integrator integrator() {
        double len = b - a;
        return new DormandPrince853Integrator(1e-14 * len, len, tolerance, tolerance);
    }
}
