package dev.jeemcp.mcp.handles;

import dev.jeemcp.mcp.McpToolException;

/**
 * A handle was not stored because it would exceed a limit: its value is larger than {@code mcp.handleMaxBytes}
 * (64 KiB by default), or its tenant already keeps {@code mcp.handleQuota} live handles. Nothing was written. As an
 * {@link McpToolException}, it reaches the model as an error result that says which limit, and by how much.
 */
public class HandleLimitException extends McpToolException {

    private static final long serialVersionUID = 1L;

    /** @param message which limit, sent to the client as is */
    public HandleLimitException(String message) {
        super(message);
    }
}
