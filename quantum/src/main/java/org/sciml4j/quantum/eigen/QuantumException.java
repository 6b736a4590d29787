package org.sciml4j.quantum.eigen;

/**
 * The unchecked exception of the quantum module: its message quotes the operation, the offending
 * values and how to fix them.
 */
public class QuantumException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, with the values involved and the fix */
    public QuantumException(String message) {
        super(message);
    }
}
