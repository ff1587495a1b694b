package dev.jeemcp.mcp.internal.telemetry;

/**
 * The names this library reports under: OpenTelemetry's semantic conventions for MCP (development status) where they
 * have one, {@code jeemcp.} otherwise. Documented in docs/operations/telemetry.md; a change here is a change there.
 */
final class Names {

    static final String INSTRUMENTATION_SCOPE = "dev.jeemcp.mcp";

    // Span and metric attributes of the MCP conventions.
    static final String MCP_METHOD_NAME = "mcp.method.name";
    static final String MCP_PROTOCOL_VERSION = "mcp.protocol.version";
    static final String MCP_RESOURCE_URI = "mcp.resource.uri";
    static final String GEN_AI_TOOL_NAME = "gen_ai.tool.name";
    static final String GEN_AI_PROMPT_NAME = "gen_ai.prompt.name";
    static final String GEN_AI_OPERATION_NAME = "gen_ai.operation.name";
    static final String EXECUTE_TOOL = "execute_tool";
    static final String JSONRPC_REQUEST_ID = "jsonrpc.request.id";
    static final String RPC_RESPONSE_STATUS_CODE = "rpc.response.status_code";
    static final String ERROR_TYPE = "error.type";
    /** {@code error.type} of a result with {@code isError: true}, as the conventions name it. */
    static final String TOOL_ERROR = Run.TOOL_ERROR;
    /** {@code error.type} of a request whose client left before its answer. */
    static final String CANCELLED = Run.CANCELLED;
    /** {@code mcp.method.name} of a method this server does not know: the client chose it, and must not choose names. */
    static final String OTHER = "_OTHER";
    static final String NETWORK_PROTOCOL_NAME = "network.protocol.name";
    static final String NETWORK_PROTOCOL_VERSION = "network.protocol.version";
    static final String NETWORK_TRANSPORT = "network.transport";
    static final String CLIENT_ADDRESS = "client.address";
    static final String CLIENT_PORT = "client.port";
    static final String HTTP_RESPONSE_STATUS_CODE = "http.response.status_code";
    static final String USER_ID = "user.id";

    // Ours.
    static final String TENANT = "jeemcp.tenant";
    static final String TASK_ID = "jeemcp.task.id";
    static final String TASK_STATUS = "jeemcp.task.status";

    // Metrics.
    static final String OPERATION_DURATION = "mcp.server.operation.duration";
    static final String TOOL_ERROR_RESULTS = "jeemcp.tool.error_results";
    static final String PROTOCOL_ERRORS = "jeemcp.protocol.errors";
    static final String UNAVAILABLE = "jeemcp.unavailable_answers";
    static final String TASK_TRANSITIONS = "jeemcp.task.transitions";
    static final String HANDLE_CONFLICTS = "jeemcp.handle.conflicts";
    static final String EVENT_STREAMS = "jeemcp.event_streams.active";

    // The members of a JSON-RPC response that the outcome is read from (written by JsonRpcErrors and the handlers).
    static final String ERROR = "error";
    static final String RESULT = "result";
    static final String CODE = "code";
    static final String MESSAGE = "message";
    static final String IS_ERROR = "isError";

    private Names() {
    }
}
