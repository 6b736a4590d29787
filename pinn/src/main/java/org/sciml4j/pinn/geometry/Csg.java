package org.sciml4j.pinn.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sciml4j.pinn.sampling.Sampler;

/** Union or difference of two geometries of the same dimension, by membership tests. */
final class Csg implements Geometry {

    private final Geometry a;
    private final Geometry b;
    private final boolean union;

    Csg(Geometry a, Geometry b, boolean union) {
        if (a.dimension() != b.dimension()) {
            throw new IllegalArgumentException("Geometry " + (union ? "union" : "minus") + ": dimensions "
                    + a.dimension() + " and " + b.dimension() + " differ");
        }
        this.a = a;
        this.b = b;
        this.union = union;
    }

    @Override
    public int dimension() {
        return a.dimension();
    }

    @Override
    public double[] lower() {
        if (!union) {
            return a.lower();
        }
        double[] l = a.lower();
        double[] m = b.lower();
        for (int i = 0; i < l.length; i++) {
            l[i] = Math.min(l[i], m[i]);
        }
        return l;
    }

    @Override
    public double[] upper() {
        if (!union) {
            return a.upper();
        }
        double[] l = a.upper();
        double[] m = b.upper();
        for (int i = 0; i < l.length; i++) {
            l[i] = Math.max(l[i], m[i]);
        }
        return l;
    }

    @Override
    public boolean contains(double[] x) {
        return union ? a.contains(x) || b.contains(x) : a.contains(x) && !strictlyInside(b, x);
    }

    /** Inside b and not on its boundary (tested by small probes along the axes). */
    private static boolean strictlyInside(Geometry g, double[] x) {
        if (!g.contains(x)) {
            return false;
        }
        double eps = 1e-9 * Math.max(1, span(g));
        for (int i = 0; i < x.length; i++) {
            for (int s = -1; s <= 1; s += 2) {
                double[] y = x.clone();
                y[i] += s * eps;
                if (!g.contains(y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double span(Geometry g) {
        double[] lo = g.lower();
        double[] hi = g.upper();
        double s = 0;
        for (int i = 0; i < lo.length; i++) {
            s = Math.max(s, hi[i] - lo[i]);
        }
        return s;
    }

    @Override
    public BoundaryPart boundary() {
        Csg self = this;
        return new BoundaryPart() {
            @Override
            public String name() {
                return "boundary of " + self;
            }

            @Override
            public int dimension() {
                return a.dimension();
            }

            @Override
            public double[][] sample(int n, Sampler sampler, SplittableRandom rng) {
                List<double[]> out = new ArrayList<>();
                for (double[] x : a.boundary().sample(n, sampler, rng)) {
                    if (!strictlyInside(b, x)) {
                        out.add(x);
                    }
                }
                for (double[] x : b.boundary().sample(n, sampler, rng)) {
                    if (union ? !strictlyInside(a, x) : a.contains(x)) {
                        out.add(x);
                    }
                }
                return out.toArray(new double[0][]);
            }

            @Override
            public double[] normal(double[] x) {
                BoundaryPart pa = a.boundary();
                BoundaryPart pb = b.boundary();
                boolean onB = !union && b.contains(x) && !strictlyInside(b, x) && strictlyInside(a, x);
                if (onB) {
                    double[] n = pb.normal(x);
                    for (int i = 0; i < n.length; i++) {
                        n[i] = -n[i];
                    }
                    return n;
                }
                return a.contains(x) && !strictlyInside(a, x) ? pa.normal(x) : pb.normal(x);
            }
        };
    }

    @Override
    public String toString() {
        return "(" + a + (union ? " ∪ " : " \\ ") + b + ")";
    }
}
