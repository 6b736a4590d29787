/**
 * The quantum module's studies for the {@code sciml} command: {@code quantum-infinite-well},
 * {@code quantum-finite-well}, {@code quantum-barrier}, {@code harmonic-oscillator} and
 * {@code quantum-double-well}, registered by {@link org.sciml4j.quantum.study.QuantumStudyProvider}.
 */
package org.sciml4j.quantum.study;
