package org.sciml4j.pinn.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.sciml4j.pinn.sampling.Sampler;

/**
 * A closed domain Ω ⊂ ℝᵈ with a bounding box, a membership test and a boundary. Interior points
 * are placed by mapping a {@link Sampler}'s unit-cube points into the bounding box and keeping
 * those in Ω (rejection; for a box nothing is rejected). Factories: {@link #interval},
 * {@link #rectangle}, {@link #box}, {@link #disk}, {@link #polygon}, {@link #spaceTime}; CSG
 * {@link #union} and {@link #minus}. Implementations are immutable and thread-safe.
 */
public interface Geometry {

    int dimension();

    /** Lower corner of the bounding box (copy). */
    double[] lower();

    /** Upper corner of the bounding box (copy). */
    double[] upper();

    /** True when x ∈ Ω (closed, with a relative tolerance of 1e-12 on the box size). */
    boolean contains(double[] x);

    /** The whole boundary ∂Ω. */
    BoundaryPart boundary();

    /**
     * About n points in Ω (exactly n unless the sampler is a grid).
     *
     * @throws IllegalArgumentException when no sampled point falls in Ω (an empty domain)
     */
    default double[][] sampleInterior(int n, Sampler sampler, SplittableRandom rng) {
        int d = dimension();
        double[] lo = lower();
        double[] hi = upper();
        List<double[]> kept = new ArrayList<>();
        int ask = n;
        for (int attempt = 0; attempt < 6 && kept.size() < n; attempt++) {
            kept.clear();
            double[][] u = sampler.unitCube(ask, d, rng);
            for (double[] p : u) {
                double[] x = new double[d];
                for (int a = 0; a < d; a++) {
                    x[a] = lo[a] + (hi[a] - lo[a]) * p[a];
                }
                if (contains(x)) {
                    kept.add(x);
                }
            }
            if (!sampler.exactCount()) {
                break;
            }
            ask *= 2;
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("Geometry.sampleInterior: no point of " + ask + " sampled in the bounding box "
                    + Arrays.toString(lo) + " - " + Arrays.toString(hi) + " lies in the domain " + this
                    + "; the domain is empty or degenerate: check its bounds");
        }
        int m = sampler.exactCount() ? Math.min(n, kept.size()) : kept.size();
        return kept.subList(0, m).toArray(new double[0][]);
    }

    static Interval interval(double a, double b) {
        return new Interval(a, b);
    }

    static Box rectangle(double x0, double x1, double y0, double y1) {
        return new Box(new double[] {x0, y0}, new double[] {x1, y1});
    }

    static Box box(double[] lower, double[] upper) {
        return new Box(lower, upper);
    }

    static Disk disk(double cx, double cy, double radius) {
        return new Disk(cx, cy, radius);
    }

    static Polygon polygon(double[][] vertices) {
        return new Polygon(vertices);
    }

    static SpaceTime spaceTime(Geometry space, double t0, double t1) {
        return new SpaceTime(space, t0, t1);
    }

    /** Ω ∪ other (boundary: the parts of both boundaries outside the other set's interior). */
    default Geometry union(Geometry other) {
        return new Csg(this, other, true);
    }

    /** Ω \ other. */
    default Geometry minus(Geometry other) {
        return new Csg(this, other, false);
    }

    /** Tolerance used by {@link #contains}. */
    static double tolerance(double[] lo, double[] hi) {
        double s = 0;
        for (int i = 0; i < lo.length; i++) {
            s = Math.max(s, hi[i] - lo[i]);
        }
        return 1e-12 * Math.max(1, s);
    }
}
