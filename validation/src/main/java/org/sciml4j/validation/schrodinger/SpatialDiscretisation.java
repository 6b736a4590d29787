package org.sciml4j.validation.schrodinger;

/** How {@link MethodOfLinesSchrodinger} approximates h_xx on the periodic grid. */
public enum SpatialDiscretisation {
    /** Fourier differentiation: spectral accuracy, O(n log n). */
    SPECTRAL,
    /** Three-point central difference (h_{j−1} − 2h_j + h_{j+1})/Δx²: second order. */
    CENTRAL_2,
    /** Five-point central difference (−h_{j−2} + 16h_{j−1} − 30h_j + 16h_{j+1} − h_{j+2})/(12Δx²): fourth order. */
    CENTRAL_4
}
