package org.sciml4j.pinn.geometry;

import java.util.SplittableRandom;
import org.sciml4j.pinn.sampling.Sampler;

/**
 * A named piece of a domain's boundary (the left wall, the initial slice) on which a condition
 * is imposed. Immutable and thread-safe.
 */
public interface BoundaryPart {

    /** Label, e.g. "x=0" or "t=0". */
    String name();

    /** Dimension of the ambient space. */
    int dimension();

    /**
     * About n points on this part (a single point part returns that point once).
     *
     * @return points of length {@link #dimension()}
     */
    double[][] sample(int n, Sampler sampler, SplittableRandom rng);

    /** Outward unit normal at a point of this part. */
    double[] normal(double[] x);
}
