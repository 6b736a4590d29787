package org.sciml4j.validation.analytic;

/**
 * One bound state of the dimensionless 1-D Schrödinger equation −ψ″ + V(x) ψ = E ψ
 * (units with ħ²/2m = 1; energies and x are dimensionless; for the infinite well on [0, 1] the
 * ground state has E = π²). The state is real and normalised, ∫ψ² dx = 1.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Eigenstate1D {

    /** The energy E of this state. */
    double energy();

    /** ψ(x). */
    double value(double x);

    /** ψ′(x). */
    double derivative(double x);

    /** ψ″(x); equals (V(x) − E) ψ(x) wherever V is continuous. */
    double secondDerivative(double x);
}
