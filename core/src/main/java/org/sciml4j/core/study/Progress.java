package org.sciml4j.core.study;

/**
 * Receives progress of a long computation. Every method has a no-op default, so an implementation
 * overrides only what it shows. Implementations must tolerate calls from one thread at a time.
 */
public interface Progress {

    /** A progress sink that shows nothing. */
    Progress NONE = new Progress() { };

    /** A new phase begins (e.g. "adam", "lbfgs"); {@code totalSteps} is -1 when unknown. */
    default void phase(String name, long totalSteps) { }

    /** Step {@code step} of the current phase finished; {@code message} is a short status. */
    default void step(long step, String message) { }

    /** A line worth keeping in the log (e.g. the error reached after a phase). */
    default void log(String line) { }
}
