package org.sciml4j.quantum.eigen;

import org.sciml4j.validation.analytic.Eigenstate1D;

/**
 * One eigenstate found by {@link PinnEigensolver}: the trained energy E and the trial wavefunction
 * ψ(x) = M(x) N_p(x), where M is the {@link TrialEnvelope} and N_p the network of the piece p of
 * [a, b] containing x (one network for the whole domain when the solver does not split at jumps).
 * ψ vanishes exactly at both walls; outside [a, b] it is 0. At a break point the left piece is used.
 *
 * <p>Immutable (parameters copied), thread-safe.
 */
public final class PinnEigenstate implements Eigenstate1D {

    private final int level;
    private final double energy;
    private final TanhNetwork network;
    private final TrialEnvelope envelope;
    private final double[] breaks;
    private final int[] blockOfPiece;
    private final double[] theta;

    PinnEigenstate(int level, double energy, TanhNetwork network, TrialEnvelope envelope, double[] breaks,
                   int[] blockOfPiece, double[] theta) {
        this.level = level;
        this.energy = energy;
        this.network = network;
        this.envelope = envelope;
        this.breaks = breaks.clone();
        this.blockOfPiece = blockOfPiece.clone();
        this.theta = theta.clone();
    }

    /** The level index n ≥ 0 (the state has n interior nodes). */
    public int level() {
        return level;
    }

    @Override
    public double energy() {
        return energy;
    }

    /**
     * A copy of all trained parameters: the network blocks, then (when E was trained) the energy
     * coordinate s with E = lo + (hi − lo)σ(s) (see {@link PinnEigensolver}).
     */
    public double[] parameters() {
        return theta.clone();
    }

    @Override
    public double value(double x) {
        return eval(x, 0);
    }

    @Override
    public double derivative(double x) {
        return eval(x, 1);
    }

    @Override
    public double secondDerivative(double x) {
        return eval(x, 2);
    }

    private double eval(double x, int order) {
        if (!(x >= breaks[0] && x <= breaks[breaks.length - 1])) {
            return 0;
        }
        int p = 0;
        while (p < breaks.length - 2 && x > breaks[p + 1]) {
            p++;
        }
        int off = blockOfPiece[p] * network.parameterCount();
        double[] n = new double[3];
        double[] m = new double[3];
        network.evaluate(theta, off, x, n, null, null, null);
        envelope.evaluate(x, m);
        return switch (order) {
            case 0 -> m[0] * n[0];
            case 1 -> m[1] * n[0] + m[0] * n[1];
            default -> m[2] * n[0] + 2 * m[1] * n[1] + m[0] * n[2];
        };
    }
}
