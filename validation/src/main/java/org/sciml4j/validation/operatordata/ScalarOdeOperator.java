package org.sciml4j.validation.operatordata;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.DenseOutputModel;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * Operators defined by a scalar initial-value problem on [0, 1], s(0) = 0:
 * <ul>
 *   <li>{@link #antiderivative}: s′(x) = v(x), i.e. s(x) = ∫₀ˣ v;</li>
 *   <li>{@link #nonlinear}: s′(x) = −s(x)² + v(x) (the "nonlinear ODE" of the DeepONet paper).</li>
 * </ul>
 * Solved by Hipparchus {@link DormandPrince853Integrator} with relative and absolute tolerances
 * {@code tolerance} (default 1e-10 relative, 1e-12 absolute) and evaluated at the trunk points by its
 * seventh-order dense output. A {@link PolynomialSplineFunction} input (as drawn by the random
 * field) is integrated knot interval by knot interval, so that step-size control never crosses a
 * jump in a derivative. Cost: one adaptive integration over [0, 1] per input function.
 * Immutable and thread-safe (each solve builds its own integrator).
 */
public final class ScalarOdeOperator implements OperatorProblem {

    /** The right-hand side s′ = rhs(x, s, v(x)). */
    private enum Kind { ANTIDERIVATIVE, NONLINEAR }

    private final Kind kind;
    private final double relTol;
    private final double absTol;

    private ScalarOdeOperator(Kind kind, double relTol, double absTol) {
        if (!(relTol > 0) || !(absTol > 0) || relTol >= 1e-2) {
            throw new IllegalArgumentException("ScalarOdeOperator: tolerances must be positive, relative below 1e-2; got rtol="
                    + relTol + ", atol=" + absTol);
        }
        this.kind = kind;
        this.relTol = relTol;
        this.absTol = absTol;
    }

    /** G: v ↦ s with s′ = v, s(0) = 0, rtol 1e-10, atol 1e-12. */
    public static ScalarOdeOperator antiderivative() {
        return new ScalarOdeOperator(Kind.ANTIDERIVATIVE, 1e-10, 1e-12);
    }

    /** G: v ↦ s with s′ = −s² + v, s(0) = 0, rtol 1e-10, atol 1e-12. */
    public static ScalarOdeOperator nonlinear() {
        return new ScalarOdeOperator(Kind.NONLINEAR, 1e-10, 1e-12);
    }

    /** The same operator with other integrator tolerances. */
    public ScalarOdeOperator withTolerances(double relativeTolerance, double absoluteTolerance) {
        return new ScalarOdeOperator(kind, relativeTolerance, absoluteTolerance);
    }

    @Override
    public int trunkDimension() {
        return 1;
    }

    @Override
    public String description() {
        return (kind == Kind.ANTIDERIVATIVE ? "antiderivative s' = v(x)" : "nonlinear ODE s' = -s^2 + v(x)")
                + ", s(0) = 0 on [0, 1], DormandPrince853 rtol " + relTol + " atol " + absTol;
    }

    @Override
    public double[] solve(UnivariateFunction input, double[][] points) {
        OperatorProblem.checkPoints("ScalarOdeOperator.solve", points, 1);
        // A spline input is smooth only between knots: integrate knot interval by knot interval so
        // that the error control never steps across a jump in a derivative.
        PolynomialSplineFunction spline = input instanceof PolynomialSplineFunction f ? f : null;
        double[] breaks = spline != null ? spline.getKnots() : new double[] {0, 1};
        Integer[] idx = new Integer[points.length];
        for (int k = 0; k < points.length; k++) {
            idx[k] = k;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(points[a][0], points[b][0]));
        double[] out = new double[points.length];
        double state = 0;
        int next = 0;
        while (next < idx.length && points[idx[next]][0] == breaks[0]) {
            out[idx[next++]] = 0;
        }
        for (int seg = 0; seg + 1 < breaks.length && next < idx.length; seg++) {
            double a = breaks[seg];
            double b = breaks[seg + 1];
            // on a knot interval the input is its polynomial piece, evaluated (smoothly extended) even
            // where the integrator probes slightly past the interval's end
            UnivariateFunction piece = spline != null ? localPiece(spline.getPolynomials()[seg], a)
                    : x -> input.value(Math.min(1, Math.max(0, x)));
            OrdinaryDifferentialEquation ode = equation(piece);
            DenseOutputModel model = new DenseOutputModel();
            DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-14, b - a, absTol, relTol);
            integrator.addStepHandler(model);
            try {
                state = integrator.integrate(ode, new ODEState(a, new double[] {state}), b).getPrimaryState()[0];
            } catch (MathRuntimeException e) {
                throw new IllegalStateException("ScalarOdeOperator: integration failed on [" + a + ", " + b + "] ("
                        + e.getMessage() + "); the nonlinear ODE blows up for large inputs", e);
            }
            while (next < idx.length && points[idx[next]][0] <= b) {
                double x = points[idx[next]][0];
                out[idx[next++]] = x == b ? state : model.getInterpolatedState(x).getPrimaryState()[0];
            }
        }
        for (int k = 0; k < out.length; k++) {
            if (!Double.isFinite(out[k])) {
                throw new IllegalStateException("ScalarOdeOperator: solution is not finite at x = " + points[k][0]
                        + " (blow-up of the nonlinear ODE for a large input?)");
            }
        }
        return out;
    }

    private static UnivariateFunction localPiece(org.hipparchus.analysis.polynomials.PolynomialFunction p, double knot) {
        return x -> p.value(x - knot);
    }

    private OrdinaryDifferentialEquation equation(UnivariateFunction input) {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double x, double[] s) {
                double v = input.value(x);
                return new double[] {kind == Kind.ANTIDERIVATIVE ? v : -s[0] * s[0] + v};
            }
        };
    }

    @Override
    public String toString() {
        return description();
    }
}
