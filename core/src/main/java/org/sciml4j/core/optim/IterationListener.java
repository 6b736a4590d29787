package org.sciml4j.core.optim;

/**
 * Receives one {@link IterationInfo} per optimizer iteration, on the optimizer's thread. Must not
 * modify the optimizer's arrays. {@link #NONE} ignores everything.
 */
@FunctionalInterface
public interface IterationListener {

    /** A listener that does nothing. */
    IterationListener NONE = info -> { };

    /** Called after each iteration. */
    void iteration(IterationInfo info);
}
