package org.sciml4j.core.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * A nonlinear least-squares problem: residuals r(x) ∈ ℝᴹ of parameters x ∈ ℝᴾ, with cost
 * F(x) = ½ ‖r(x)‖² = ½ Σᵢ rᵢ², gradient ∇F = Jᵀr and Jacobian J_ij = ∂rᵢ/∂xⱼ (M×P).
 *
 * <p>For a PINN, r stacks the weighted residuals of all conditions, e.g. r = [√(2w/N) (𝒩u − f)ᵢ;
 * √(2w_b/N_b) (u − g)ⱼ], so that F equals the usual weighted mean-squared loss; the optimizers
 * only see r and J. {@link #components()} names
 * consecutive blocks of r so that the loss can be logged per part (½ Σ over the block).
 * Implementations must be deterministic and need not be thread-safe.
 */
public interface LeastSquaresProblem {

    /** M, the number of residuals. */
    int residualCount();

    /** P, the number of parameters. */
    int parameterCount();

    /**
     * Evaluates the residuals and, when {@code jacobianOrNull} is not null, the Jacobian.
     *
     * @param x              parameters, length P, not modified
     * @param r              receives r(x), length M, overwritten
     * @param jacobianOrNull receives J (M×P, row-major, reshaped by the caller), overwritten; null
     *                       when only residuals are needed
     */
    void evaluate(double[] x, double[] r, DMatrixRMaj jacobianOrNull);

    /**
     * Named consecutive blocks of the residual vector, in order, name → number of residuals; the
     * sizes must sum to M. Empty (the default) when the problem has no parts.
     */
    default Map<String, Integer> components() {
        return Map.of();
    }

    /**
     * The cost ½‖r‖² with its per-block components.
     *
     * @param r residual vector of length M, not modified
     */
    default LossValue cost(double[] r) {
        return LeastSquaresSupport.cost(this, r);
    }

    /**
     * This problem as an {@link Objective}: f = ½‖r‖², ∇f = Jᵀr (one residual and Jacobian
     * evaluation per call). Lets first-order optimizers (Adam, L-BFGS) run on the same loss.
     */
    default Objective asObjective() {
        return new LeastSquaresSupport.AsObjective(this);
    }

    /** Checks that the component sizes sum to M; returns them (ordered). */
    static Map<String, Integer> checkedComponents(LeastSquaresProblem p) {
        Map<String, Integer> c = new LinkedHashMap<>(p.components());
        if (!c.isEmpty()) {
            long sum = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                if (e.getValue() < 0) {
                    throw new IllegalArgumentException("least squares components: block '" + e.getKey()
                            + "' has negative size " + e.getValue());
                }
                sum += e.getValue();
            }
            if (sum != p.residualCount()) {
                throw new IllegalArgumentException("least squares components: block sizes " + c + " sum to " + sum
                        + " but residualCount() is " + p.residualCount() + "; make them agree");
            }
        }
        return c;
    }
}
