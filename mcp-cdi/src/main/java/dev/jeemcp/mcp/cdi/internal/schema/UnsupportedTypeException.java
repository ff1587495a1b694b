package dev.jeemcp.mcp.cdi.internal.schema;

/** A Java type that has no JSON form this library can describe, validate and bind. */
public final class UnsupportedTypeException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnsupportedTypeException(String message) {
        super(message, null, false, false);
    }
}
