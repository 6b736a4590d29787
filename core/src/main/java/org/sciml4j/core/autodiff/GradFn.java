package org.sciml4j.core.autodiff;

import org.sciml4j.core.tensor.Tensor;

/**
 * The backward rule of one differentiable operation: the node of the reverse-mode graph that
 * produced a tensor. Given ḡ = ∂L/∂out it adds the vector–Jacobian products
 * ḡ·∂out/∂inputs[i] into the sink's buffers. Implementations hold only what the rule needs
 * (inputs, saved outputs) and are immutable, so a graph may be walked by several threads.
 *
 * <p>Kernel authors (fused ops) implement this interface and build the output with
 * {@link Tensor#wrap(double[], int[], GradFn)}.
 */
public interface GradFn {

    /** Operation name used in messages, e.g. {@code matmul}. */
    String name();

    /** The inputs this node differentiates with respect to (some may not require gradients). */
    Tensor[] inputs();

    /**
     * Adds ḡ·∂out/∂input_i into {@code sink.acc(i)} for every input whose buffer is non-null.
     *
     * @param gradOut ∂L/∂out, row-major, not modified
     * @param sink    accumulation buffers for the inputs (modified)
     */
    void backward(double[] gradOut, GradSink sink);

    /**
     * Whether output row r depends only on input rows with the same point index
     * (see {@link Autodiff#jacobianRowwise}). Elementwise ops, column-wise ops and right
     * multiplication by a parameter are row-local; reductions over rows, reshapes and
     * transposes are not. Row r belongs to point {@code r % points}. Default false.
     *
     * @param points number of residual points M
     */
    default boolean rowLocal(int points) {
        return false;
    }

    /**
     * Row-wise Jacobian rule for a leaf input that is broadcast over rows (a weight matrix
     * multiplying from the right, a bias vector, a scalar): instead of summing over rows, adds the
     * contribution of each output row r to {@code jac[(r % points) * cols + colOffset + e]}
     * for each element e of the leaf. Return false if unsupported (the generic path is used).
     *
     * @param gradOut   ∂(Σ residuals)/∂out, row-major
     * @param input     which input (index into {@link #inputs()})
     * @param jac       row-major Jacobian [points, cols] (modified)
     * @param points    number of residual points M
     * @param cols      row stride of jac
     * @param colOffset first column of this leaf
     * @return true if handled
     */
    default boolean rowwiseLeaf(double[] gradOut, int input, double[] jac, int points, int cols, int colOffset) {
        return false;
    }
}
