package org.sciml4j.core.optim;

/** Why an iterative optimizer stopped. */
public enum StopReason {
    /** The gradient norm fell to the gradient tolerance: converged. */
    GRADIENT_TOLERANCE(true),
    /** The relative decrease of the objective fell to the function tolerance: converged. */
    FUNCTION_TOLERANCE(true),
    /** The step fell to the step tolerance relative to ‖x‖: converged. */
    STEP_TOLERANCE(true),
    /** The cost fell to the absolute cost target (least squares). */
    COST_TOLERANCE(true),
    /** The iteration budget ran out. */
    MAX_ITERATIONS(false),
    /** The evaluation budget ran out. */
    MAX_EVALUATIONS(false),
    /** The line search found no acceptable point even along steepest descent. */
    LINE_SEARCH_FAILED(false),
    /** The Levenberg–Marquardt damping grew beyond its limit: no step reduces the cost. */
    DAMPING_LIMIT(false),
    /** The objective or gradient at the current point is NaN or infinite. */
    NON_FINITE(false);

    private final boolean converged;

    StopReason(boolean converged) {
        this.converged = converged;
    }

    /** True when this reason means a tolerance was met. */
    public boolean converged() {
        return converged;
    }
}
