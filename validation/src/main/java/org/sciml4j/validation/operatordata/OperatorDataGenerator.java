package org.sciml4j.validation.operatordata;

import java.util.SplittableRandom;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;
import org.sciml4j.validation.random.GaussianRandomField1D;

/**
 * DeepONet data: input functions v drawn from a 1-D Gaussian random field (natural cubic spline
 * through the field's grid values, {@link GaussianRandomField1D#sample}), sampled at m sensors
 * x_j = j/(m−1) (m = 100 by default), and mapped by an {@link OperatorProblem}. The DeepONet paper's
 * setups: RBF field with length scale 0.2 (antiderivative, nonlinear ODE, diffusion–reaction), m =
 * 100, 1000-point field grid with cubic interpolation.
 *
 * <p>Same seed, same data. Cost: one field sample (O(N²), N the field grid) and one operator solve
 * per input function. Thread-safe if the problem is (all provided problems are).
 */
public final class OperatorDataGenerator {

    private final OperatorProblem problem;
    private final GaussianRandomField1D field;
    private final int sensors;

    private OperatorDataGenerator(OperatorProblem problem, GaussianRandomField1D field, int sensors) {
        this.problem = problem;
        this.field = field;
        this.sensors = sensors;
    }

    /** Starts a builder; default 100 sensors. */
    public static Builder builder(OperatorProblem problem, GaussianRandomField1D field) {
        return new Builder(problem, field);
    }

    /** The sensor locations x_j = j/(m−1). */
    public double[] sensorLocations() {
        double[] x = new double[sensors];
        for (int j = 0; j < sensors; j++) {
            x[j] = (double) j / (sensors - 1);
        }
        return x;
    }

    /**
     * The default trunk points: the sensors for d = 1 (as in the DeepXDE antiderivative set), the
     * m×m grid (x_i, t_j) of sensor locations, x major, for d = 2.
     */
    public double[][] defaultTrunk() {
        double[] x = sensorLocations();
        if (problem.trunkDimension() == 1) {
            double[][] y = new double[sensors][];
            for (int j = 0; j < sensors; j++) {
                y[j] = new double[] {x[j]};
            }
            return y;
        }
        double[][] y = new double[sensors * sensors][];
        for (int i = 0; i < sensors; i++) {
            for (int j = 0; j < sensors; j++) {
                y[i * sensors + j] = new double[] {x[i], x[j]};
            }
        }
        return y;
    }

    /** n aligned samples at the {@link #defaultTrunk()} points. */
    public AlignedData aligned(int n, SplittableRandom rng) {
        return aligned(n, defaultTrunk(), rng);
    }

    /** n aligned samples at the given trunk points (each of length d, coordinates in [0, 1]). */
    public AlignedData aligned(int n, double[][] trunk, SplittableRandom rng) {
        checkCount("aligned", n);
        OperatorProblem.checkPoints("OperatorDataGenerator.aligned", trunk, problem.trunkDimension());
        double[] xs = sensorLocations();
        double[][] v = new double[n][];
        double[][] u = new double[n][];
        for (int s = 0; s < n; s++) {
            PolynomialSplineFunction f = field.sample(rng);
            v[s] = evaluate(f, xs);
            u[s] = problem.solve(f, trunk);
        }
        return new AlignedData(v, trunk, u);
    }

    /**
     * n input functions with {@code pointsPerFunction} trunk points each, drawn uniformly in
     * [0, 1]^d, as n·pointsPerFunction triples.
     */
    public UnalignedData unaligned(int n, int pointsPerFunction, SplittableRandom rng) {
        checkCount("unaligned", n);
        checkCount("unaligned (points per function)", pointsPerFunction);
        int d = problem.trunkDimension();
        double[] xs = sensorLocations();
        int total = n * pointsPerFunction;
        double[][] branch = new double[total][];
        double[][] trunk = new double[total][];
        double[][] target = new double[total][];
        for (int s = 0; s < n; s++) {
            PolynomialSplineFunction f = field.sample(rng);
            double[] v = evaluate(f, xs);
            double[][] y = new double[pointsPerFunction][d];
            for (int p = 0; p < pointsPerFunction; p++) {
                for (int c = 0; c < d; c++) {
                    y[p][c] = rng.nextDouble();
                }
            }
            double[] g = problem.solve(f, y);
            for (int p = 0; p < pointsPerFunction; p++) {
                int row = s * pointsPerFunction + p;
                branch[row] = v;
                trunk[row] = y[p];
                target[row] = new double[] {g[p]};
            }
        }
        return new UnalignedData(branch, trunk, target);
    }

    public OperatorProblem problem() {
        return problem;
    }

    public int sensors() {
        return sensors;
    }

    private static double[] evaluate(PolynomialSplineFunction f, double[] xs) {
        double[] v = new double[xs.length];
        for (int j = 0; j < xs.length; j++) {
            v[j] = f.value(xs[j]);
        }
        return v;
    }

    private static void checkCount(String op, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("OperatorDataGenerator." + op + ": count must be >= 1, got " + n);
        }
    }

    /** Builder. */
    public static final class Builder {
        private final OperatorProblem problem;
        private final GaussianRandomField1D field;
        private int sensors = 100;

        private Builder(OperatorProblem problem, GaussianRandomField1D field) {
            this.problem = problem;
            this.field = field;
        }

        /** Number m ≥ 2 of sensors. */
        public Builder withSensors(int sensors) {
            this.sensors = sensors;
            return this;
        }

        public OperatorDataGenerator build() {
            if (problem == null || field == null) {
                throw new IllegalArgumentException("OperatorDataGenerator: problem and field must not be null");
            }
            if (sensors < 2) {
                throw new IllegalArgumentException("OperatorDataGenerator: need at least 2 sensors, got " + sensors);
            }
            return new OperatorDataGenerator(problem, field, sensors);
        }
    }
}
