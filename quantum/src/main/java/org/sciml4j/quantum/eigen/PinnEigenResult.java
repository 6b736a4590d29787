package org.sciml4j.quantum.eigen;

import java.util.List;

/**
 * What {@link PinnEigensolver#solve} produced.
 *
 * @param states       the trained states, level 0 first
 * @param ritzEnergies the Rayleigh–Ritz energies used as starting guesses (copied)
 * @param histories    per-level training histories
 * @param ritzSeconds  wall time of the Rayleigh–Ritz initialisation, seconds
 * @param totalSeconds wall time of the whole solve, seconds
 */
public record PinnEigenResult(List<PinnEigenstate> states, double[] ritzEnergies, List<LevelHistory> histories,
                              double ritzSeconds, double totalSeconds) {
    public PinnEigenResult {
        states = List.copyOf(states);
        histories = List.copyOf(histories);
        ritzEnergies = ritzEnergies.clone();
    }
}
