package dev.jeemcp.mcp.test;

/**
 * The server broke a rule of the protocol that a strict client checks: the message names the rule and shows the
 * answer. The kit throws it from any call, so a test fails the way a validating client (the TypeScript SDK with ajv,
 * say) would fail against the same server.
 */
public class McpViolation extends AssertionError {

    private static final long serialVersionUID = 1L;

    public McpViolation(String message) {
        super(message);
    }
}
