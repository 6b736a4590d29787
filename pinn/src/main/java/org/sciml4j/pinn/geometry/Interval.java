package org.sciml4j.pinn.geometry;

import java.util.SplittableRandom;
import org.sciml4j.pinn.sampling.Sampler;

/** The interval [a, b]; boundary parts {@link #left()} (normal −1) and {@link #right()} (+1). */
public final class Interval implements Geometry {

    private final double a;
    private final double b;

    Interval(double a, double b) {
        if (!(a < b) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("Geometry.interval: need finite a < b, got [" + a + ", " + b
                    + "]; an empty interval has no collocation points");
        }
        this.a = a;
        this.b = b;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double[] lower() {
        return new double[] {a};
    }

    @Override
    public double[] upper() {
        return new double[] {b};
    }

    @Override
    public boolean contains(double[] x) {
        double tol = 1e-12 * Math.max(1, b - a);
        return x[0] >= a - tol && x[0] <= b + tol;
    }

    /** The point x = a. */
    public BoundaryPart left() {
        return point("x=" + a, a, -1);
    }

    /** The point x = b. */
    public BoundaryPart right() {
        return point("x=" + b, b, 1);
    }

    @Override
    public BoundaryPart boundary() {
        return new BoundaryPart() {
            @Override
            public String name() {
                return "{" + a + ", " + b + "}";
            }

            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double[][] sample(int n, Sampler sampler, SplittableRandom rng) {
                return new double[][] {{a}, {b}};
            }

            @Override
            public double[] normal(double[] x) {
                return new double[] {Math.abs(x[0] - a) < Math.abs(x[0] - b) ? -1 : 1};
            }
        };
    }

    private static BoundaryPart point(String name, double p, double n) {
        return new BoundaryPart() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double[][] sample(int count, Sampler sampler, SplittableRandom rng) {
                return new double[][] {{p}};
            }

            @Override
            public double[] normal(double[] x) {
                return new double[] {n};
            }
        };
    }

    @Override
    public String toString() {
        return "Interval[" + a + ", " + b + "]";
    }
}
