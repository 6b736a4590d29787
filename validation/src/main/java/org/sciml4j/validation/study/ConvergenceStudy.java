package org.sciml4j.validation.study;

/**
 * A refinement study of one reference solver against an exact solution: the solver is run at a
 * sequence of resolutions and its error, wall time and observed order are recorded.
 *
 * <p>Implementations are registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/org.sciml4j.validation.study.ConvergenceStudy}; the validation report
 * (docs/VALIDATION.md) runs every registered study. A study should finish in under 30 s on two
 * cores.
 */
public interface ConvergenceStudy {

    /** Unique kebab-case name, e.g. {@code eigen-fd-infinite-well}. */
    String name();

    /** One line: solver, problem, exact solution compared against. */
    String description();

    /** Runs the refinement sequence. */
    ConvergenceResult run();
}
