package org.sciml4j.quantum.eigen;

import org.sciml4j.core.SciMLException;

/**
 * The unchecked exception of the quantum module (part of the {@link SciMLException} family): its message quotes the operation, the offending
 * values and how to fix them.
 */
public class QuantumException extends SciMLException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, with the values involved and the fix */
    public QuantumException(String message) {
        super(message);
    }
}
