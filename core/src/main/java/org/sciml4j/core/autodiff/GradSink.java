package org.sciml4j.core.autodiff;

/** Gradient accumulation buffers handed to {@link GradFn#backward}. Not thread safe. */
public interface GradSink {
    /**
     * The buffer (shape of {@code inputs()[i]}, zero on first request) into which the gradient
     * for input i is added, or null if that input needs no gradient.
     */
    double[] acc(int i);

    /**
     * Whether the buffer {@link #acc(int)} will return for input i has not been written yet (all
     * zeros), so a kernel may overwrite it (e.g. GEMM with beta = 0) instead of adding. Ask before
     * calling {@code acc(i)}. Default false (always add).
     */
    default boolean fresh(int i) {
        return false;
    }
}
