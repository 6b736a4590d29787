package org.sciml4j.validation.operatordata;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.DenseOutputModel;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * The diffusion–reaction operator of the DeepONet paper: G: v ↦ s with
 *
 * <pre>  s_t = D s_xx + k s² + v(x),   x ∈ [0,1], t ∈ [0,1],   s(0,t) = s(1,t) = 0,   s(x,0) = 0,</pre>
 *
 * D = 0.01, k = 0.01 by default. Method of lines: second-order central differences on N_x uniform
 * nodes x_i = i/(N_x−1) (walls included), the resulting ODE system integrated by Hipparchus
 * {@link DormandPrince853Integrator} (rtol 1e-10, atol 1e-12) with dense output in t. A trunk point
 * (x, t) is evaluated by linear interpolation in x between nodes (exact at nodes), so the operator
 * is O(h²) accurate in space and limited by the tolerance in time.
 *
 * <p>Cost per input: about max(1, 4D/h²·c) steps of 12 evaluations of O(N_x) (explicit integrator on
 * a mildly stiff system; D/h² = 100 at N_x = 101). Immutable and thread-safe.
 */
public final class DiffusionReactionOperator implements OperatorProblem {

    private final double diffusion;
    private final double reaction;
    private final int nodes;
    private final double relTol;
    private final double absTol;

    private DiffusionReactionOperator(Builder b) {
        diffusion = b.diffusion;
        reaction = b.reaction;
        nodes = b.nodes;
        relTol = b.relTol;
        absTol = b.absTol;
    }

    /** Builder with the DeepONet setup: D = 0.01, k = 0.01, N_x = 101, rtol 1e-10, atol 1e-12. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int trunkDimension() {
        return 2;
    }

    @Override
    public String description() {
        return "diffusion-reaction s_t = " + diffusion + " s_xx + " + reaction + " s^2 + v(x), zero BC/IC, x,t in [0,1]; "
                + "method of lines, " + nodes + " nodes, DormandPrince853 rtol " + relTol;
    }

    /** Nodes x_i = i/(N_x−1) of the spatial grid. */
    public double[] grid() {
        double[] x = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            x[i] = (double) i / (nodes - 1);
        }
        return x;
    }

    @Override
    public double[] solve(UnivariateFunction input, double[][] points) {
        OperatorProblem.checkPoints("DiffusionReactionOperator.solve", points, 2);
        int k = nodes - 2;
        double inv = (nodes - 1.0) * (nodes - 1.0);
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            v[i] = input.value((double) (i + 1) / (nodes - 1));
        }
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return k;
            }

            @Override
            public double[] computeDerivatives(double t, double[] s) {
                double[] d = new double[k];
                for (int i = 0; i < k; i++) {
                    double left = i > 0 ? s[i - 1] : 0;
                    double right = i < k - 1 ? s[i + 1] : 0;
                    d[i] = diffusion * (left - 2 * s[i] + right) * inv + reaction * s[i] * s[i] + v[i];
                }
                return d;
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, 0.1, absTol, relTol);
        DenseOutputModel model = new DenseOutputModel();
        integrator.addStepHandler(model);
        try {
            integrator.integrate(ode, new ODEState(0, new double[k]), 1);
        } catch (MathRuntimeException e) {
            throw new IllegalStateException("DiffusionReactionOperator: integration failed (" + e.getMessage()
                    + "); with k = " + reaction + " the solution may blow up before t = 1 for this input", e);
        }
        double[] out = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            double x = points[p][0];
            double t = points[p][1];
            if (t == 0) {
                continue;
            }
            double[] s = model.getInterpolatedState(t).getPrimaryState();
            double pos = x * (nodes - 1);
            int i0 = Math.min((int) Math.floor(pos), nodes - 2);
            double w = pos - i0;
            double s0 = i0 == 0 ? 0 : s[i0 - 1];
            double s1 = i0 + 1 == nodes - 1 ? 0 : s[i0];
            out[p] = (1 - w) * s0 + w * s1;
        }
        return out;
    }

    /** Builder. */
    public static final class Builder {
        private double diffusion = 0.01;
        private double reaction = 0.01;
        private int nodes = 101;
        private double relTol = 1e-10;
        private double absTol = 1e-12;

        private Builder() {
        }

        /** Diffusion coefficient D &gt; 0. */
        public Builder withDiffusion(double diffusion) {
            this.diffusion = diffusion;
            return this;
        }

        /** Reaction coefficient k (any finite sign; k = 0 makes the operator linear). */
        public Builder withReaction(double reaction) {
            this.reaction = reaction;
            return this;
        }

        /** Spatial nodes N_x ≥ 3, walls included. */
        public Builder withNodes(int nodes) {
            this.nodes = nodes;
            return this;
        }

        public Builder withTolerances(double relative, double absolute) {
            this.relTol = relative;
            this.absTol = absolute;
            return this;
        }

        public DiffusionReactionOperator build() {
            if (!(diffusion > 0) || !Double.isFinite(diffusion)) {
                throw new IllegalArgumentException("DiffusionReactionOperator: diffusion D must be positive and finite, got "
                        + diffusion);
            }
            if (!Double.isFinite(reaction)) {
                throw new IllegalArgumentException("DiffusionReactionOperator: reaction k must be finite, got " + reaction);
            }
            if (nodes < 3 || nodes > 100_000) {
                throw new IllegalArgumentException("DiffusionReactionOperator: grid too coarse or too large: need 3 <= N_x <= "
                        + "100000 nodes, got " + nodes);
            }
            if (!(relTol > 0) || !(absTol > 0) || relTol >= 1e-2) {
                throw new IllegalArgumentException("DiffusionReactionOperator: tolerances must be positive, relative below "
                        + "1e-2; got rtol=" + relTol + ", atol=" + absTol);
            }
            return new DiffusionReactionOperator(this);
        }
    }
}
