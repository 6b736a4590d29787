package org.sciml4j.validation.darcy;

import java.util.SplittableRandom;
import org.sciml4j.validation.random.NeumannGaussianRandomField2D;

/**
 * Generator of (a, u) pairs of the FNO/MgNO Darcy benchmark (Li et al. 2021, section 5.2): the
 * permeability is a = ψ(g) with g ~ N(0, (−Δ + 9I)^{−2}) with Neumann conditions
 * ({@link NeumannGaussianRandomField2D#fnoDarcy}) and ψ(g) = 12 where g ≥ 0, 3 where g &lt; 0; the
 * source is f = 1 and u = 0 on the walls; u is computed by {@link DarcyFlow2D}. The paper states
 * the values 12 and 3; the repository's {@code data_generation/darcy/demo.m} thresholds to 12 and 4
 * ({@link #of} takes any pair). What differs from the FNO MATLAB code: that code evaluates g at
 * cell centres by an inverse DCT, spline-interpolates the thresholded a to the nodes, solves with
 * arithmetic face averages and spline-interpolates u back to cell centres (so its arrays are not
 * zero on the edges); here g, a and u live on the s×s nodes, walls included, and the faces use
 * harmonic averages by default. Same benchmark law, not a replication of its files.
 *
 * <p>Cost per sample: one field O(s³) plus one Darcy solve (see {@link DarcyFlow2D}; multigrid for
 * s ≥ 49). Measured 2026-11-22 on the 2-core development machine under load: 0.010 s per sample at
 * s = 85, 0.24 s at s = 421 (about half of it the field). Not thread-safe (owns a solver); use one
 * instance per thread.
 */
public final class DarcyDataGenerator {

    /**
     * One pair; arrays are copied.
     *
     * @param a permeability at the s² nodes
     * @param u pressure at the s² nodes
     */
    public record Sample(double[] a, double[] u) {
        public Sample {
            a = a.clone();
            u = u.clone();
        }
    }

    private final NeumannGaussianRandomField2D field;
    private final DarcyFlow2D solver;
    private final double high;
    private final double low;

    private DarcyDataGenerator(NeumannGaussianRandomField2D field, DarcyFlow2D solver, double high, double low) {
        this.field = field;
        this.solver = solver;
        this.high = high;
        this.low = low;
    }

    /** The FNO law on s×s nodes: a ∈ {12, 3}. */
    public static DarcyDataGenerator fno(int points) {
        return of(points, 12, 3);
    }

    /** Thresholded GRF permeability with values {@code high} where g ≥ 0 and {@code low} elsewhere. */
    public static DarcyDataGenerator of(int points, double high, double low) {
        if (!(high > 0) || !(low > 0) || !Double.isFinite(high) || !Double.isFinite(low)) {
            throw new IllegalArgumentException("DarcyDataGenerator: permeability values must be positive and finite, got high="
                    + high + ", low=" + low);
        }
        return new DarcyDataGenerator(NeumannGaussianRandomField2D.fnoDarcy(points), DarcyFlow2D.of(points), high, low);
    }

    /**
     * The same law with u computed by {@code solver} (e.g. another linear solver, tolerance or
     * face average from {@link DarcyFlow2D#builder}); its grid must match. This generator is not
     * modified.
     */
    public DarcyDataGenerator withSolver(DarcyFlow2D solver) {
        if (solver.points() != points()) {
            throw new IllegalArgumentException("DarcyDataGenerator.withSolver: the solver has " + solver.points()
                    + " nodes per side, the generator " + points() + "; build it with DarcyFlow2D.builder("
                    + points() + ")");
        }
        return new DarcyDataGenerator(field, solver, high, low);
    }

    /** Draws one permeability field and solves for u; the random generator is advanced. */
    public Sample next(SplittableRandom rng) {
        double[] g = field.sample(rng);
        double[] a = new double[g.length];
        for (int p = 0; p < g.length; p++) {
            a[p] = g[p] >= 0 ? high : low;
        }
        return new Sample(a, solver.solve(a));
    }

    /** n samples drawn in sequence from the generator. */
    public Sample[] generate(int count, SplittableRandom rng) {
        if (count < 1) {
            throw new IllegalArgumentException("DarcyDataGenerator.generate: count must be >= 1, got " + count);
        }
        Sample[] out = new Sample[count];
        for (int k = 0; k < count; k++) {
            out[k] = next(rng);
        }
        return out;
    }

    /** Nodes per direction s. */
    public int points() {
        return solver.points();
    }
}
