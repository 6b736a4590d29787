package org.sciml4j.core;

/** Thrown by finiteness checks when a tensor holds NaN or infinite values. */
public class NonFiniteException extends SciMLException {
    private static final long serialVersionUID = 1L;

    /** @param message where the first non-finite value sits and what to check */
    public NonFiniteException(String message) {
        super(message);
    }
}
