package org.sciml4j.core;

/**
 * Root of SciML4J's unchecked exception family. Messages quote the operation, the offending
 * shapes or values, and the fix, e.g. {@code matmul: [32, 3] x [4, 8]: inner dimensions 3 and 4
 * differ}.
 */
public class SciMLException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message operation, offending values and the fix */
    public SciMLException(String message) {
        super(message);
    }

    /** @param message operation, offending values and the fix; @param cause underlying error */
    public SciMLException(String message, Throwable cause) {
        super(message, cause);
    }
}
