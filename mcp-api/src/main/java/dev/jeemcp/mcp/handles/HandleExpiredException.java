package dev.jeemcp.mcp.handles;

import dev.jeemcp.mcp.McpToolException;

/** The handle existed for the caller's tenant but has expired; start over with a new one. */
public class HandleExpiredException extends McpToolException {

    private static final long serialVersionUID = 1L;

    public HandleExpiredException(String id) {
        super(id + " has expired; create a new one");
    }
}
