package org.sciml4j.pinn.sampling;

import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.hipparchus.random.HaltonSequenceGenerator;
import org.hipparchus.random.RandomVectorGenerator;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * The collocation samplers. {@link #grid()}: m = round(n^{1/d}) equispaced values per axis
 * including both ends (m^d points); {@link #random()}: i.i.d. uniform; {@link #latinHypercube()}:
 * one point in each of n strata per axis, strata randomly permuted; {@link #sobol()} and
 * {@link #halton()}: the low-discrepancy sequences of Hipparchus, skipping the origin, deterministic.
 */
public final class Samplers {

    private Samplers() {
    }

    private static void check(int n, int dim) {
        if (n <= 0 || dim <= 0) {
            throw new IllegalArgumentException("sampler: need a positive number of points and dimension, got n=" + n
                    + ", dim=" + dim);
        }
    }

    public static Sampler grid() {
        return new Sampler() {
            @Override
            public double[][] unitCube(int n, int dim, SplittableRandom rng) {
                check(n, dim);
                int m = Math.max(2, (int) Math.round(Math.pow(n, 1.0 / dim)));
                if (n == 1) {
                    m = 1;
                }
                int total = (int) Math.pow(m, dim);
                double[][] out = new double[total][dim];
                for (int p = 0; p < total; p++) {
                    int r = p;
                    for (int a = 0; a < dim; a++) {
                        int idx = r % m;
                        r /= m;
                        out[p][a] = m == 1 ? 0.5 : idx / (double) (m - 1);
                    }
                }
                return out;
            }

            @Override
            public String name() {
                return "grid";
            }

            @Override
            public boolean exactCount() {
                return false;
            }
        };
    }

    public static Sampler random() {
        return new Sampler() {
            @Override
            public double[][] unitCube(int n, int dim, SplittableRandom rng) {
                check(n, dim);
                double[][] out = new double[n][dim];
                for (double[] p : out) {
                    for (int a = 0; a < dim; a++) {
                        p[a] = rng.nextDouble();
                    }
                }
                return out;
            }

            @Override
            public String name() {
                return "random";
            }
        };
    }

    public static Sampler latinHypercube() {
        return new Sampler() {
            @Override
            public double[][] unitCube(int n, int dim, SplittableRandom rng) {
                check(n, dim);
                double[][] out = new double[n][dim];
                for (int a = 0; a < dim; a++) {
                    int[] perm = new int[n];
                    for (int i = 0; i < n; i++) {
                        perm[i] = i;
                    }
                    for (int i = n - 1; i > 0; i--) {
                        int j = rng.nextInt(i + 1);
                        int t = perm[i];
                        perm[i] = perm[j];
                        perm[j] = t;
                    }
                    for (int i = 0; i < n; i++) {
                        out[i][a] = (perm[i] + rng.nextDouble()) / n;
                    }
                }
                return out;
            }

            @Override
            public String name() {
                return "latin-hypercube";
            }
        };
    }

    /** Sobol points (Hipparchus), starting after the origin. */
    public static Sampler sobol() {
        return sequence("sobol", dim -> {
            SobolSequenceGenerator g = new SobolSequenceGenerator(dim);
            g.skipTo(1);
            return g;
        });
    }

    /** Halton points (Hipparchus), starting after the origin. */
    public static Sampler halton() {
        return sequence("halton", dim -> {
            HaltonSequenceGenerator g = new HaltonSequenceGenerator(dim);
            g.skipTo(1);
            return g;
        });
    }

    /** A deterministic low-discrepancy sequence; the random source is not used. */
    private static Sampler sequence(String name, IntFunction<RandomVectorGenerator> start) {
        return new Sampler() {
            @Override
            public double[][] unitCube(int n, int dim, SplittableRandom rng) {
                check(n, dim);
                RandomVectorGenerator g = start.apply(dim);
                double[][] out = new double[n][];
                for (int i = 0; i < n; i++) {
                    out[i] = g.nextVector();
                }
                return out;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}
