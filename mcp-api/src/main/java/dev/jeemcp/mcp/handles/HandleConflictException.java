package dev.jeemcp.mcp.handles;

import dev.jeemcp.mcp.McpToolException;

/**
 * Another request changed the handle after it was read, so this update was not applied (nothing is lost silently).
 * Retryable: read the handle again and repeat the change.
 */
public class HandleConflictException extends McpToolException {

    private static final long serialVersionUID = 1L;

    public HandleConflictException(String id) {
        super(id + " was changed by another request; read it again and retry");
    }
}
