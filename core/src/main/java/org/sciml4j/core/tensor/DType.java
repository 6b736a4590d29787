package org.sciml4j.core.tensor;

/** Element type of tensor storage. Only FLOAT64 is implemented; FLOAT32 is reserved. */
public enum DType {
    /** IEEE 754 binary64, the default (PINN accuracy goals of 1e-6 and below need it). */
    FLOAT64
}
