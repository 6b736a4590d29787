package org.sciml4j.core;

import java.util.Arrays;

/** Thrown when tensor shapes do not fit an operation; the message quotes operation and shapes. */
public class ShapeException extends SciMLException {
    private static final long serialVersionUID = 1L;

    /** @param message operation, shapes and the fix */
    public ShapeException(String message) {
        super(message);
    }

    /** Formats a shape as {@code [2, 3]}. */
    public static String fmt(int[] shape) {
        return Arrays.toString(shape);
    }
}
