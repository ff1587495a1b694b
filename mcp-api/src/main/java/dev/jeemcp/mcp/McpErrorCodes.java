package dev.jeemcp.mcp;

/**
 * The JSON-RPC error codes this server answers with, by name: the five of JSON-RPC 2.0 and the three the 2026-07-28
 * revision adds. An application needs them to throw an {@link McpProtocolException}, and tests to assert on an
 * answer without repeating numbers.
 *
 * <p>Failures of a tool's own work and arguments a tool refuses are not errors but results with
 * {@code isError: true} (SEP-1303); see {@link McpToolException}.
 */
public final class McpErrorCodes {

    /** The body is not JSON (or holds a key twice). HTTP 400. */
    public static final int PARSE_ERROR = -32700;

    /** The body is JSON but not one valid JSON-RPC request. HTTP 400. */
    public static final int INVALID_REQUEST = -32600;

    /** No such method. HTTP 404 in 2026-07-28, which clients use to tell the eras apart. */
    public static final int METHOD_NOT_FOUND = -32601;

    /** The params are wrong: an unknown tool, prompt, resource or task, a bad cursor. HTTP 200. */
    public static final int INVALID_PARAMS = -32602;

    /** The server failed, or (with {@code data.retryable}) cannot answer now; HTTP 500 or 503. */
    public static final int INTERNAL_ERROR = -32603;

    /** An {@code Mcp-Method}/{@code Mcp-Name} or {@code Mcp-Param-*} header disagrees with the body. HTTP 400. */
    public static final int HEADER_MISMATCH = -32020;

    /** The request needs a client capability it did not declare (tasks, elicitation, sampling). HTTP 400. */
    public static final int MISSING_CLIENT_CAPABILITY = -32021;

    /** The requested protocol revision is not served; {@code data.supported} lists those that are. HTTP 400. */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private McpErrorCodes() {
    }
}
