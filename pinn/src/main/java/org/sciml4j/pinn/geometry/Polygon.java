package org.sciml4j.pinn.geometry;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.sciml4j.pinn.sampling.Sampler;

/**
 * A simple polygon given by its vertices in order (either orientation). Membership by the
 * even–odd rule (edges count as inside); boundary points by arc length over the edges.
 */
public final class Polygon implements Geometry {

    private final double[][] v;
    private final double[] cum;
    private final double sign;

    Polygon(double[][] vertices) {
        if (vertices.length < 3) {
            throw new IllegalArgumentException("Geometry.polygon: need at least 3 vertices, got " + vertices.length);
        }
        v = new double[vertices.length][];
        double area2 = 0;
        for (int i = 0; i < vertices.length; i++) {
            if (vertices[i].length != 2) {
                throw new IllegalArgumentException("Geometry.polygon: vertex " + i + " has " + vertices[i].length
                        + " coordinates, expected 2");
            }
            v[i] = vertices[i].clone();
        }
        cum = new double[v.length + 1];
        for (int i = 0; i < v.length; i++) {
            double[] a = v[i];
            double[] b = v[(i + 1) % v.length];
            cum[i + 1] = cum[i] + Math.hypot(b[0] - a[0], b[1] - a[1]);
            area2 += a[0] * b[1] - b[0] * a[1];
        }
        if (Math.abs(area2) == 0) {
            throw new IllegalArgumentException("Geometry.polygon: vertices enclose zero area (collinear?); the domain is empty");
        }
        sign = Math.signum(area2);
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double[] lower() {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (double[] p : v) {
            lo[0] = Math.min(lo[0], p[0]);
            lo[1] = Math.min(lo[1], p[1]);
        }
        return lo;
    }

    @Override
    public double[] upper() {
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] p : v) {
            hi[0] = Math.max(hi[0], p[0]);
            hi[1] = Math.max(hi[1], p[1]);
        }
        return hi;
    }

    private double distanceToEdges(double[] x) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            double[] a = v[i];
            double[] b = v[(i + 1) % v.length];
            double ex = b[0] - a[0];
            double ey = b[1] - a[1];
            double t = Math.max(0, Math.min(1, ((x[0] - a[0]) * ex + (x[1] - a[1]) * ey) / (ex * ex + ey * ey)));
            best = Math.min(best, Math.hypot(x[0] - a[0] - t * ex, x[1] - a[1] - t * ey));
        }
        return best;
    }

    @Override
    public boolean contains(double[] x) {
        if (distanceToEdges(x) <= Geometry.tolerance(lower(), upper())) {
            return true;
        }
        boolean in = false;
        for (int i = 0, j = v.length - 1; i < v.length; j = i++) {
            if ((v[i][1] > x[1]) != (v[j][1] > x[1])
                    && x[0] < (v[j][0] - v[i][0]) * (x[1] - v[i][1]) / (v[j][1] - v[i][1]) + v[i][0]) {
                in = !in;
            }
        }
        return in;
    }

    @Override
    public BoundaryPart boundary() {
        return new BoundaryPart() {
            @Override
            public String name() {
                return "polygon boundary";
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double[][] sample(int n, Sampler sampler, SplittableRandom rng) {
                double[][] u = sampler.unitCube(n, 1, rng);
                double[][] out = new double[u.length][];
                for (int k = 0; k < u.length; k++) {
                    double s = u[k][0] * cum[v.length];
                    int i = 0;
                    while (i < v.length - 1 && cum[i + 1] < s) {
                        i++;
                    }
                    double[] a = v[i];
                    double[] b = v[(i + 1) % v.length];
                    double t = (s - cum[i]) / (cum[i + 1] - cum[i]);
                    out[k] = new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])};
                }
                return out;
            }

            @Override
            public double[] normal(double[] x) {
                int best = 0;
                double bd = Double.POSITIVE_INFINITY;
                for (int i = 0; i < v.length; i++) {
                    double[] a = v[i];
                    double[] b = v[(i + 1) % v.length];
                    double ex = b[0] - a[0];
                    double ey = b[1] - a[1];
                    double t = Math.max(0, Math.min(1, ((x[0] - a[0]) * ex + (x[1] - a[1]) * ey) / (ex * ex + ey * ey)));
                    double dd = Math.hypot(x[0] - a[0] - t * ex, x[1] - a[1] - t * ey);
                    if (dd < bd) {
                        bd = dd;
                        best = i;
                    }
                }
                double[] a = v[best];
                double[] b = v[(best + 1) % v.length];
                double ex = b[0] - a[0];
                double ey = b[1] - a[1];
                double len = Math.hypot(ex, ey);
                // counter-clockwise polygon: outward normal is (ey, -ex)
                return new double[] {sign * ey / len, -sign * ex / len};
            }
        };
    }

    @Override
    public String toString() {
        return "Polygon" + Arrays.deepToString(v);
    }
}
