package org.sciml4j.core.nn;

import java.util.Arrays;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.tensor.Tensor;

/**
 * A named trainable tensor. Its {@link #value()} is a leaf that requires gradients; optimizers
 * replace it with {@link #set} or {@link #assign} (which mutate this parameter, not any tensor:
 * graphs built from the old value keep the old value). Not thread safe: one trainer per parameter.
 */
public final class Parameter {
    private final String name;
    private final int[] shape;
    private Tensor value;

    /** @param initial initial value (copied into a new leaf) */
    public Parameter(String name, Tensor initial) {
        if (name == null || name.isEmpty()) {
            throw new ShapeException("Parameter: name is empty; give every parameter a unique name");
        }
        this.name = name;
        this.shape = initial.shape();
        this.value = Tensor.of(initial.toArray(), shape).withGrad();
    }

    /** Unique name within its {@link ParameterSet}, e.g. {@code layer0.weight}. */
    public String name() {
        return name;
    }

    /** Copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of scalars. */
    public int size() {
        return value.size();
    }

    /** The current value: a leaf tensor requiring gradients. */
    public Tensor value() {
        return value;
    }

    /** Replaces the value (modifies this parameter); shape must match. */
    public void set(Tensor v) {
        if (!Arrays.equals(v.shape(), shape)) {
            throw new ShapeException("Parameter.set: " + name + " has shape " + Arrays.toString(shape)
                    + ", new value " + Arrays.toString(v.shape()) + "; keep the shape");
        }
        value = Tensor.of(v.toArray(), shape).withGrad();
    }

    /** Replaces the value with {@code src[off .. off+size())} (copied; modifies this parameter). */
    public void assign(double[] src, int off) {
        if (off < 0 || off + size() > src.length) {
            throw new ShapeException("Parameter.assign: " + name + " needs " + size() + " values from offset " + off
                    + " but the array has " + src.length);
        }
        value = Tensor.of(Arrays.copyOfRange(src, off, off + size()), shape).withGrad();
    }

    @Override
    public String toString() {
        return "Parameter " + name + " " + Arrays.toString(shape);
    }
}
