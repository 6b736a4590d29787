package org.sciml4j.quantum.eigen;

/**
 * The training history of one level: for each Levenberg–Marquardt trial step (iteration 0 is the
 * Rayleigh–Ritz starting point) the cost ½‖r‖², its PDE-residual part, and the energy E.
 *
 * @param level       level index n
 * @param iterations  0, 1, 2, … (copied)
 * @param loss        total cost per iteration (copied)
 * @param residual    PDE-residual part of the cost (copied)
 * @param energy      E per iteration (copied)
 * @param seconds     wall time of this level's training (Levenberg–Marquardt), seconds
 * @param stopReason  why Levenberg–Marquardt stopped
 */
public record LevelHistory(int level, double[] iterations, double[] loss, double[] residual, double[] energy,
                           double seconds, String stopReason) {
    public LevelHistory {
        int n = iterations.length;
        if (loss.length != n || residual.length != n || energy.length != n) {
            throw new QuantumException("level history: arrays differ in length (" + n + ", " + loss.length + ", "
                    + residual.length + ", " + energy.length + ")");
        }
        iterations = iterations.clone();
        loss = loss.clone();
        residual = residual.clone();
        energy = energy.clone();
    }
}
