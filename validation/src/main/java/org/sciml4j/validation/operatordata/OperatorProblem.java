package org.sciml4j.validation.operatordata;

import org.hipparchus.analysis.UnivariateFunction;

/**
 * An operator G: v ↦ G(v) whose input is a function v on [0, 1] and whose output is evaluated at
 * trunk points y ∈ [0,1]^d (d = 1: y = x; d = 2: y = (x, t)).
 */
public interface OperatorProblem {

    /** Dimension d of a trunk point. */
    int trunkDimension();

    /**
     * Evaluates G(v) at the given points.
     *
     * @param input  the input function v on [0, 1]
     * @param points trunk points, each of length d with coordinates in [0, 1]; not modified
     * @return G(v)(y_k) for each point
     */
    double[] solve(UnivariateFunction input, double[][] points);

    /** One line naming the operator and its setup. */
    String description();

    /** Checks that every point has length d and coordinates in [0, 1]. */
    static void checkPoints(String op, double[][] points, int d) {
        for (int k = 0; k < points.length; k++) {
            if (points[k].length != d) {
                throw new IllegalArgumentException(op + ": trunk point " + k + " has " + points[k].length
                        + " coordinates, expected " + d);
            }
            for (double c : points[k]) {
                if (!(c >= 0 && c <= 1)) {
                    throw new IllegalArgumentException(op + ": trunk point " + k + " has coordinate " + c
                            + " outside [0, 1]");
                }
            }
        }
    }
}
