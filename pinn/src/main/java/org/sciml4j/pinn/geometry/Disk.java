package org.sciml4j.pinn.geometry;

import java.util.SplittableRandom;
import org.sciml4j.pinn.sampling.Sampler;

/** The closed disk |x − c| ≤ R in the plane; boundary: the circle, sampled by angle. */
public final class Disk implements Geometry {

    private final double cx;
    private final double cy;
    private final double r;

    Disk(double cx, double cy, double r) {
        if (!(r > 0) || !Double.isFinite(r)) {
            throw new IllegalArgumentException("Geometry.disk: radius must be positive and finite, got " + r);
        }
        this.cx = cx;
        this.cy = cy;
        this.r = r;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double[] lower() {
        return new double[] {cx - r, cy - r};
    }

    @Override
    public double[] upper() {
        return new double[] {cx + r, cy + r};
    }

    @Override
    public boolean contains(double[] x) {
        double dx = x[0] - cx;
        double dy = x[1] - cy;
        return Math.sqrt(dx * dx + dy * dy) <= r * (1 + 1e-12);
    }

    @Override
    public BoundaryPart boundary() {
        return new BoundaryPart() {
            @Override
            public String name() {
                return "circle";
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double[][] sample(int n, Sampler sampler, SplittableRandom rng) {
                double[][] u = sampler.unitCube(n, 1, rng);
                double[][] out = new double[u.length][];
                for (int i = 0; i < u.length; i++) {
                    double a = 2 * Math.PI * u[i][0];
                    out[i] = new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a)};
                }
                return out;
            }

            @Override
            public double[] normal(double[] x) {
                double dx = x[0] - cx;
                double dy = x[1] - cy;
                double n = Math.hypot(dx, dy);
                return new double[] {dx / n, dy / n};
            }
        };
    }

    @Override
    public String toString() {
        return "Disk[(" + cx + ", " + cy + "), " + r + "]";
    }
}
