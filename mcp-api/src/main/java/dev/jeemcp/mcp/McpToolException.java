package dev.jeemcp.mcp;

/**
 * A failure of a tool that the model should read: its message becomes the text of a result with
 * {@code isError: true}, so the model can correct itself ("the quote is already bound").
 *
 * <p>Throw it for business failures. Any other exception also yields an error result, but with a generic message, so
 * that stack traces, SQL and internal names never reach the client.
 */
public class McpToolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the text the client sees; it must not contain secrets */
    public McpToolException(String message) {
        super(message);
    }

    /**
     * @param message the text the client sees; it must not contain secrets
     * @param cause the underlying failure, logged but never sent
     */
    public McpToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
