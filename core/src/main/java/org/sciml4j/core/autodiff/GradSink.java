package org.sciml4j.core.autodiff;

/** Gradient accumulation buffers handed to {@link GradFn#backward}. Not thread safe. */
public interface GradSink {
    /**
     * The buffer (shape of {@code inputs()[i]}, zero on first request) into which the gradient
     * for input i is added, or null if that input needs no gradient.
     */
    double[] acc(int i);
}
