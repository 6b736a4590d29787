package org.sciml4j.cli;

import org.sciml4j.core.SciMLException;

/** Bad input to the {@code sciml} command; its message is the one line shown, naming the problem and the fix. */
public final class CliException extends SciMLException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it, on one line */
    public CliException(String message) {
        super(message);
    }

    /** @param message what is wrong and how to fix it; @param cause underlying error */
    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
