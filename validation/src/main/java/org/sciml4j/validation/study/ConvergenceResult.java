package org.sciml4j.validation.study;

import org.sciml4j.validation.metrics.ConvergenceOrder;

/**
 * The outcome of a {@link ConvergenceStudy}: for each resolution, the mesh size (or time step) h,
 * the error against the exact solution and the wall time in seconds; the design order and the
 * order observed (least-squares slope of log error against log h).
 *
 * @param name          the study's name
 * @param description   what was solved and measured
 * @param resolutionLabel what {@code resolution} counts, e.g. "N (grid points)" or "steps"
 * @param resolution    the resolution of each run
 * @param h             mesh size or step of each run (positive, decreasing)
 * @param errors        error of each run (positive)
 * @param seconds       wall time of each run
 * @param errorLabel    what the error is, e.g. "|E_h − E|" or "relative L2 of ω at t=1"
 * @param designOrder   the order the method is designed to reach
 */
public record ConvergenceResult(String name, String description, String resolutionLabel, int[] resolution,
                                double[] h, double[] errors, double[] seconds, String errorLabel,
                                double designOrder) {

    public ConvergenceResult {
        int n = resolution.length;
        if (h.length != n || errors.length != n || seconds.length != n || n < 2) {
            throw new IllegalArgumentException("convergence result " + name + ": need at least two runs and equal "
                    + "array lengths, got resolution " + n + ", h " + h.length + ", errors " + errors.length
                    + ", seconds " + seconds.length);
        }
        resolution = resolution.clone();
        h = h.clone();
        errors = errors.clone();
        seconds = seconds.clone();
    }

    /** Least-squares slope of log(error) against log(h). */
    public double observedOrder() {
        return ConvergenceOrder.fitted(h, errors);
    }

    /** Observed order between consecutive runs. */
    public double[] pairwiseOrders() {
        return ConvergenceOrder.pairwise(h, errors);
    }
}
