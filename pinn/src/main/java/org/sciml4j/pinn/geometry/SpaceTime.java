package org.sciml4j.pinn.geometry;

import java.util.SplittableRandom;
import org.sciml4j.pinn.sampling.Sampler;

/**
 * Ω × [t₀, t₁]: points are (x, t) with time last. Named parts: {@link #initial()} (the slice
 * t = t₀, normal −e_t) and {@link #spatialBoundary()} (∂Ω × [t₀, t₁]).
 */
public final class SpaceTime implements Geometry {

    private final Geometry space;
    private final double t0;
    private final double t1;

    SpaceTime(Geometry space, double t0, double t1) {
        if (!(t0 < t1)) {
            throw new IllegalArgumentException("Geometry.spaceTime: need t0 < t1, got [" + t0 + ", " + t1 + "]");
        }
        this.space = space;
        this.t0 = t0;
        this.t1 = t1;
    }

    public Geometry space() {
        return space;
    }

    @Override
    public int dimension() {
        return space.dimension() + 1;
    }

    @Override
    public double[] lower() {
        return append(space.lower(), t0);
    }

    @Override
    public double[] upper() {
        return append(space.upper(), t1);
    }

    private static double[] append(double[] x, double t) {
        double[] out = java.util.Arrays.copyOf(x, x.length + 1);
        out[x.length] = t;
        return out;
    }

    @Override
    public boolean contains(double[] x) {
        double tol = 1e-12 * Math.max(1, t1 - t0);
        double t = x[x.length - 1];
        return t >= t0 - tol && t <= t1 + tol && space.contains(java.util.Arrays.copyOf(x, x.length - 1));
    }

    /** The slice t = t₀. */
    public BoundaryPart initial() {
        int d = dimension();
        return new BoundaryPart() {
            @Override
            public String name() {
                return "t=" + t0;
            }

            @Override
            public int dimension() {
                return d;
            }

            @Override
            public double[][] sample(int n, Sampler sampler, SplittableRandom rng) {
                double[][] s = space.sampleInterior(n, sampler, rng);
                double[][] out = new double[s.length][];
                for (int i = 0; i < s.length; i++) {
                    out[i] = append(s[i], t0);
                }
                return out;
            }

            @Override
            public double[] normal(double[] x) {
                double[] n = new double[d];
                n[d - 1] = -1;
                return n;
            }
        };
    }

    /** ∂Ω × [t₀, t₁]; times are drawn uniformly at random from {@code rng}. */
    public BoundaryPart spatialBoundary() {
        int d = dimension();
        BoundaryPart b = space.boundary();
        return new BoundaryPart() {
            @Override
            public String name() {
                return "spatial boundary";
            }

            @Override
            public int dimension() {
                return d;
            }

            @Override
            public double[][] sample(int n, Sampler sampler, SplittableRandom rng) {
                double[][] s = b.sample(n, sampler, rng);
                int reps = Math.max(1, n / s.length);
                double[][] out = new double[s.length * reps][];
                double[][] tu = sampler.unitCube(out.length, 1, rng);
                for (int i = 0; i < out.length; i++) {
                    out[i] = append(s[i % s.length], t0 + (t1 - t0) * tu[i][0]);
                }
                return out;
            }

            @Override
            public double[] normal(double[] x) {
                return append(b.normal(java.util.Arrays.copyOf(x, x.length - 1)), 0);
            }
        };
    }

    @Override
    public BoundaryPart boundary() {
        return spatialBoundary();
    }

    @Override
    public String toString() {
        return space + " x [" + t0 + ", " + t1 + "]";
    }
}
