package dev.jeemcp.mcp.handles;

import dev.jeemcp.mcp.McpToolException;

/**
 * No handle with that id exists for the caller's tenant. A handle of another tenant gives exactly this error, so an
 * id reveals nothing about other tenants. As an {@link McpToolException}, it reaches the model as an error result.
 */
public class HandleNotFoundException extends McpToolException {

    private static final long serialVersionUID = 1L;

    public HandleNotFoundException(String id) {
        super(id + " was not found");
    }
}
