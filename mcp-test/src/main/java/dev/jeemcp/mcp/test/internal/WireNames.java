package dev.jeemcp.mcp.test.internal;

import java.util.Set;

/**
 * The protocol's names as a client sends and reads them (methods, headers, {@code _meta} keys, result fields), in one
 * place, as the library's own {@code Wire} keeps the server's.
 */
public final class WireNames {

    private WireNames() {
    }

    public static final String MODERN = "2026-07-28";
    public static final String LEGACY = "2025-11-25";

    public static final String JSONRPC = "jsonrpc";
    public static final String JSONRPC_VERSION = "2.0";
    public static final String ID = "id";
    public static final String METHOD = "method";
    public static final String PARAMS = "params";
    public static final String RESULT = "result";
    public static final String ERROR = "error";
    public static final String CODE = "code";
    public static final String MESSAGE = "message";
    public static final String DATA = "data";

    public static final String DISCOVER = "server/discover";
    public static final String INITIALIZE = "initialize";
    public static final String INITIALIZED = "notifications/initialized";
    public static final String TOOLS_LIST = "tools/list";
    public static final String TOOLS_CALL = "tools/call";
    public static final String PROMPTS_LIST = "prompts/list";
    public static final String PROMPTS_GET = "prompts/get";
    public static final String RESOURCES_LIST = "resources/list";
    public static final String RESOURCES_READ = "resources/read";
    public static final String TASKS_GET = "tasks/get";
    public static final String TASKS_UPDATE = "tasks/update";
    public static final String TASKS_CANCEL = "tasks/cancel";
    public static final String PROGRESS = "notifications/progress";
    public static final String LOG_MESSAGE = "notifications/message";
    public static final String ELICIT = "elicitation/create";
    public static final String SAMPLE = "sampling/createMessage";
    public static final String ROOTS = "roots/list";

    /** Methods whose complete result is cacheable: {@code ttlMs} and {@code cacheScope} are required. */
    public static final Set<String> CACHEABLE = Set.of(DISCOVER, TOOLS_LIST, PROMPTS_LIST, RESOURCES_LIST,
            "resources/templates/list", RESOURCES_READ);
    /** The only methods that may answer {@code input_required} (MRTR). */
    public static final Set<String> MAY_ASK_FOR_INPUT = Set.of(TOOLS_CALL, PROMPTS_GET, RESOURCES_READ);
    /** The methods that carry {@code Mcp-Name}, and the param it repeats. */
    public static final java.util.Map<String, String> NAMED = java.util.Map.of(TOOLS_CALL, "name", PROMPTS_GET, "name",
            RESOURCES_READ, "uri", TASKS_GET, "taskId", TASKS_UPDATE, "taskId", TASKS_CANCEL, "taskId");

    public static final String H_PROTOCOL_VERSION = "MCP-Protocol-Version";
    public static final String H_METHOD = "Mcp-Method";
    public static final String H_NAME = "Mcp-Name";
    public static final String H_SESSION = "Mcp-Session-Id";
    public static final String H_AUTHORIZATION = "Authorization";

    public static final String META = "_meta";
    public static final String META_VERSION = "io.modelcontextprotocol/protocolVersion";
    public static final String META_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    public static final String META_CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
    public static final String META_PROGRESS_TOKEN = "progressToken";
    public static final String TASKS_EXTENSION = "io.modelcontextprotocol/tasks";
    public static final String EXTENSIONS = "extensions";
    public static final String ELICITATION = "elicitation";

    public static final String RESULT_TYPE = "resultType";
    public static final String COMPLETE = "complete";
    public static final String INPUT_REQUIRED = "input_required";
    public static final String TASK = "task";
    public static final String TTL_MS = "ttlMs";
    public static final String CACHE_SCOPE = "cacheScope";
    public static final String NEXT_CURSOR = "nextCursor";
    public static final String CURSOR = "cursor";
    public static final String INPUT_REQUESTS = "inputRequests";
    public static final String INPUT_RESPONSES = "inputResponses";
    public static final String REQUEST_STATE = "requestState";

    public static final String TOOLS = "tools";
    public static final String PROMPTS = "prompts";
    public static final String RESOURCES = "resources";
    public static final String NAME = "name";
    public static final String URI = "uri";
    public static final String ARGUMENTS = "arguments";
    public static final String INPUT_SCHEMA = "inputSchema";
    public static final String OUTPUT_SCHEMA = "outputSchema";
    public static final String CONTENT = "content";
    public static final String STRUCTURED = "structuredContent";
    public static final String IS_ERROR = "isError";
    public static final String TYPE = "type";
    public static final String TEXT = "text";
    public static final String BLOB = "blob";
    public static final String MESSAGES = "messages";
    public static final String ROLE = "role";
    public static final String CONTENTS = "contents";

    public static final String TASK_ID = "taskId";
    public static final String STATUS = "status";
    public static final String STATUS_MESSAGE = "statusMessage";
    public static final String POLL_INTERVAL_MS = "pollIntervalMs";
    public static final Set<String> TASK_STATUSES = Set.of("working", "input_required", "completed", "failed", "cancelled");
    public static final Set<String> TERMINAL = Set.of("completed", "failed", "cancelled");

    public static final String PROTOCOL_VERSION = "protocolVersion";
    public static final String CAPABILITIES = "capabilities";
    public static final String CLIENT_INFO = "clientInfo";
    public static final String SERVER_INFO = "serverInfo";
    public static final String SUPPORTED_VERSIONS = "supportedVersions";

    public static final String PROGRESS_VALUE = "progress";
    public static final String TOTAL = "total";

    public static final Set<String> CONTENT_TYPES = Set.of("text", "image", "audio", "resource_link", "resource");
}
