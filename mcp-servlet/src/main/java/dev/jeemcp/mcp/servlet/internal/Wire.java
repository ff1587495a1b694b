package dev.jeemcp.mcp.servlet.internal;

import java.util.List;

/**
 * The protocol's names that several classes of the servlet share: revisions, headers, {@code _meta} keys, the fields
 * of a task and those the 2026-07-28 revision adds to results. Methods are {@link McpMethod}; error codes are
 * {@code McpErrorCodes}, their HTTP statuses {@link Fault}; a name only one class writes (the fields of a {@code Tool}
 * or {@code CallToolResult}, say) stays in that class.
 */
final class Wire {

    private Wire() {
    }

    /** Protocol revisions, newest first. */
    static final class Version {
        static final String V2026_07_28 = "2026-07-28";
        static final String V2025_11_25 = "2025-11-25";
        static final String V2025_06_18 = "2025-06-18";
        static final String V2025_03_26 = "2025-03-26";

        /** Revisions with per-request {@code _meta} and no {@code initialize}. */
        static final List<String> MODERN = List.of(V2026_07_28);
        /** Revisions negotiated by {@code initialize}; served here without the session they used to imply. */
        static final List<String> LEGACY = List.of(V2025_11_25, V2025_06_18, V2025_03_26);
        static final List<String> ALL = List.of(V2026_07_28, V2025_11_25, V2025_06_18, V2025_03_26);

        /** What a request without any version is taken to speak (Streamable HTTP, "Protocol Version Header"). */
        static final String ASSUMED_WITHOUT_HEADER = V2025_03_26;

        private Version() {
        }
    }

    /** HTTP header names. Servlet header lookup is case-insensitive, as HTTP requires. */
    static final class Header {
        static final String PROTOCOL_VERSION = "MCP-Protocol-Version";
        static final String METHOD = "Mcp-Method";
        static final String NAME = "Mcp-Name";
        static final String ORIGIN = "Origin";
        static final String ALLOW = "Allow";
        static final String RETRY_AFTER = "Retry-After";
        static final String WWW_AUTHENTICATE = "WWW-Authenticate";

        private Header() {
        }
    }

    /** {@code _meta} keys. */
    static final class Meta {
        static final String KEY = "_meta";
        static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
        static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
        static final String SERVER_INFO = "io.modelcontextprotocol/serverInfo";
        static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";
        static final String PROGRESS_TOKEN = "progressToken";

        private Meta() {
        }
    }

    /** The {@code io.modelcontextprotocol/tasks} extension: its key, and the fields of a {@code Task}. */
    static final class Tasks {
        static final String EXTENSION = "io.modelcontextprotocol/tasks";
        static final String EXTENSIONS = "extensions";
        static final String RESULT_TYPE_TASK = "task";
        static final String TASK_ID = "taskId";
        static final String STATUS = "status";
        static final String STATUS_MESSAGE = "statusMessage";
        static final String CREATED_AT = "createdAt";
        static final String LAST_UPDATED_AT = "lastUpdatedAt";
        static final String TTL_MS = "ttlMs";
        static final String POLL_INTERVAL_MS = "pollIntervalMs";
        static final String INPUT_REQUESTS = "inputRequests";
        static final String INPUT_RESPONSES = "inputResponses";
        static final String RESULT = "result";
        static final String ERROR = "error";

        private Tasks() {
        }

        /** The wire name of a status: {@code working}, {@code input_required}, {@code completed}, ... */
        static String status(dev.jeemcp.mcp.spi.TaskInfo.Status status) {
            return status.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Result fields added by the 2026-07-28 revision. */
    static final class Result {
        static final String RESULT_TYPE = "resultType";
        static final String COMPLETE = "complete";
        static final String TTL_MS = "ttlMs";
        static final String CACHE_SCOPE = "cacheScope";
        static final String NEXT_CURSOR = "nextCursor";

        private Result() {
        }
    }
}
