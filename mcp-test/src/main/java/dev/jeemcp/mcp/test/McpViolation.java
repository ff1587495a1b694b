package dev.jeemcp.mcp.test;

/**
 * The server broke a rule of the protocol that a strict client checks: the message names the rule and shows the
 * answer. The kit throws it from any call, so a test fails the way a validating client (the TypeScript SDK with ajv,
 * say) would fail against the same server.
 */
public final class McpViolation extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** Made by the kit when it checks an answer; not for tests to construct. */
    public McpViolation(String message) {
        super(message);
    }
}
