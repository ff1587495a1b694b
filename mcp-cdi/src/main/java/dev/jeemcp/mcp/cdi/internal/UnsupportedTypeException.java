package dev.jeemcp.mcp.cdi.internal;

/** A Java type that has no JSON form this library can describe, validate and bind. */
final class UnsupportedTypeException extends Exception {

    private static final long serialVersionUID = 1L;

    UnsupportedTypeException(String message) {
        super(message, null, false, false);
    }
}
