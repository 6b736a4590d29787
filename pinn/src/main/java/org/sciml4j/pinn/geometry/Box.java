package org.sciml4j.pinn.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.sciml4j.pinn.sampling.Sampler;

/**
 * The axis-aligned box [lo₀, hi₀] × … × [lo_{d−1}, hi_{d−1}] (d ≥ 2; use {@link Interval} for
 * d = 1). Faces are named boundary parts: {@link #face(int, boolean)}, e.g. the left wall
 * {@code face(0, false)} (x₀ = lo₀).
 */
public final class Box implements Geometry {

    private final double[] lo;
    private final double[] hi;

    Box(double[] lower, double[] upper) {
        if (lower.length != upper.length || lower.length < 2) {
            throw new IllegalArgumentException("Geometry.box: corners " + Arrays.toString(lower) + " and "
                    + Arrays.toString(upper) + " must have the same length >= 2 (use Geometry.interval for 1-D)");
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] < upper[i]) || !Double.isFinite(lower[i]) || !Double.isFinite(upper[i])) {
                throw new IllegalArgumentException("Geometry.box: axis " + i + " has lower " + lower[i] + " >= upper "
                        + upper[i] + "; the box is empty: swap or fix the bounds");
            }
        }
        this.lo = lower.clone();
        this.hi = upper.clone();
    }

    @Override
    public int dimension() {
        return lo.length;
    }

    @Override
    public double[] lower() {
        return lo.clone();
    }

    @Override
    public double[] upper() {
        return hi.clone();
    }

    @Override
    public boolean contains(double[] x) {
        double tol = Geometry.tolerance(lo, hi);
        for (int i = 0; i < lo.length; i++) {
            if (x[i] < lo[i] - tol || x[i] > hi[i] + tol) {
                return false;
            }
        }
        return true;
    }

    /** The face x_axis = hi (high = true) or lo (high = false). */
    public BoundaryPart face(int axis, boolean high) {
        if (axis < 0 || axis >= lo.length) {
            throw new IllegalArgumentException("Box.face: axis " + axis + " out of range for dimension " + lo.length);
        }
        double c = high ? hi[axis] : lo[axis];
        String name = "x" + axis + "=" + c;
        return new BoundaryPart() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int dimension() {
                return lo.length;
            }

            @Override
            public double[][] sample(int n, Sampler sampler, SplittableRandom rng) {
                int d = lo.length;
                double[][] u = sampler.unitCube(n, d - 1, rng);
                double[][] out = new double[u.length][d];
                for (int p = 0; p < u.length; p++) {
                    int k = 0;
                    for (int a = 0; a < d; a++) {
                        out[p][a] = a == axis ? c : lo[a] + (hi[a] - lo[a]) * u[p][k++];
                    }
                }
                return out;
            }

            @Override
            public double[] normal(double[] x) {
                double[] nrm = new double[lo.length];
                nrm[axis] = high ? 1 : -1;
                return nrm;
            }
        };
    }

    /** Area (length in 2-D) of the face normal to {@code axis}. */
    private double faceMeasure(int axis) {
        double m = 1;
        for (int a = 0; a < lo.length; a++) {
            if (a != axis) {
                m *= hi[a] - lo[a];
            }
        }
        return m;
    }

    @Override
    public BoundaryPart boundary() {
        Box self = this;
        return new BoundaryPart() {
            @Override
            public String name() {
                return "boundary of " + self;
            }

            @Override
            public int dimension() {
                return lo.length;
            }

            @Override
            public double[][] sample(int n, Sampler sampler, SplittableRandom rng) {
                int d = lo.length;
                double total = 0;
                for (int a = 0; a < d; a++) {
                    total += 2 * faceMeasure(a);
                }
                List<double[]> out = new ArrayList<>();
                for (int a = 0; a < d; a++) {
                    int k = Math.max(1, (int) Math.round(n * faceMeasure(a) / total));
                    out.addAll(List.of(face(a, false).sample(k, sampler, rng)));
                    out.addAll(List.of(face(a, true).sample(k, sampler, rng)));
                }
                return out.toArray(new double[0][]);
            }

            @Override
            public double[] normal(double[] x) {
                int best = 0;
                boolean high = false;
                double dist = Double.POSITIVE_INFINITY;
                for (int a = 0; a < lo.length; a++) {
                    if (Math.abs(x[a] - lo[a]) < dist) {
                        dist = Math.abs(x[a] - lo[a]);
                        best = a;
                        high = false;
                    }
                    if (Math.abs(x[a] - hi[a]) < dist) {
                        dist = Math.abs(x[a] - hi[a]);
                        best = a;
                        high = true;
                    }
                }
                return face(best, high).normal(x);
            }
        };
    }

    @Override
    public String toString() {
        return "Box" + Arrays.toString(lo) + "-" + Arrays.toString(hi);
    }
}
