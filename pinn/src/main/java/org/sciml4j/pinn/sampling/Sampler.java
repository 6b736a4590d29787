package org.sciml4j.pinn.sampling;

import java.util.SplittableRandom;

/**
 * A way to place n points in the unit cube [0,1]ᵈ: a grid, pseudo-random, Latin hypercube or a
 * low-discrepancy sequence. Geometries map these points into their domain. Implementations are
 * immutable and thread-safe; randomness comes only from the {@code rng} passed in, so the same
 * seed gives the same points.
 */
public interface Sampler {

    /**
     * @param n   number of points wanted (positive); a grid may round it (see {@link Samplers#grid()})
     * @param dim dimension (positive)
     * @param rng random source (not used by deterministic samplers)
     * @return points, each of length dim, in [0,1]ᵈ
     */
    double[][] unitCube(int n, int dim, SplittableRandom rng);

    /** Short name for logs. */
    String name();

    /**
     * True when {@link #unitCube} returns exactly n points and can be asked for more to replace
     * rejected ones (false for a grid, whose point count is rounded and fixed).
     */
    default boolean exactCount() {
        return true;
    }
}
