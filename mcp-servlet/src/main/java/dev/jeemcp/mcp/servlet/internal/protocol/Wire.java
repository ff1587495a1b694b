package dev.jeemcp.mcp.servlet.internal.protocol;

import java.util.List;

/**
 * The protocol's names that several classes of the servlet share: revisions, headers, {@code _meta} keys, the fields
 * of a task and those the 2026-07-28 revision adds to results. Methods are {@link McpMethod}; error codes are
 * {@code McpErrorCodes}, their HTTP statuses {@link Fault}; a name only one class writes (the fields of a {@code Tool}
 * or {@code CallToolResult}, say) stays in that class.
 */
public final class Wire {

    private Wire() {
    }

    /** Protocol revisions, newest first. */
    public static final class Version {
        static final String V2026_07_28 = "2026-07-28";
        static final String V2025_11_25 = "2025-11-25";
        static final String V2025_06_18 = "2025-06-18";
        static final String V2025_03_26 = "2025-03-26";

        /** Revisions with per-request {@code _meta} and no {@code initialize}. */
        public static final List<String> MODERN = List.of(V2026_07_28);
        /** Revisions negotiated by {@code initialize}; served here without the session they used to imply. */
        public static final List<String> LEGACY = List.of(V2025_11_25, V2025_06_18, V2025_03_26);
        public static final List<String> ALL = List.of(V2026_07_28, V2025_11_25, V2025_06_18, V2025_03_26);

        /** Whether a revision knows elicitation's {@code mode} (form or URL); older ones know forms only, unnamed. */
        public static boolean namesElicitationModes(String version) {
            return V2026_07_28.equals(version) || V2025_11_25.equals(version);
        }

        /** Whether a revision lets a sampling request offer the model tools ({@code tools}, {@code toolChoice}): 2025-11-25 on. */
        public static boolean knowsSamplingTools(String version) {
            return namesElicitationModes(version);
        }

        /** Whether a revision knows elicitation at all: 2025-03-26 has sampling only. */
        public static boolean knowsElicitation(String version) {
            return !V2025_03_26.equals(version);
        }

        /** What a request without any version is taken to speak (Streamable HTTP, "Protocol Version Header"). */
        public static final String ASSUMED_WITHOUT_HEADER = V2025_03_26;

        private Version() {
        }
    }

    /** HTTP header names. Servlet header lookup is case-insensitive, as HTTP requires. */
    public static final class Header {
        public static final String PROTOCOL_VERSION = "MCP-Protocol-Version";
        public static final String METHOD = "Mcp-Method";
        public static final String NAME = "Mcp-Name";
        public static final String ORIGIN = "Origin";
        public static final String ALLOW = "Allow";
        static final String RETRY_AFTER = "Retry-After";
        public static final String WWW_AUTHENTICATE = "WWW-Authenticate";
        /**
         * W3C trace context, read by the application's OpenTelemetry propagator (which knows these names itself)
         * when {@code _meta} carries none; named here for the tests and the documentation.
         */
        public static final String TRACEPARENT = "traceparent";
        public static final String TRACESTATE = "tracestate";

        private Header() {
        }
    }

    /** {@code _meta} keys. */
    public static final class Meta {
        public static final String KEY = "_meta";
        public static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
        public static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
        public static final String SERVER_INFO = "io.modelcontextprotocol/serverInfo";
        public static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";
        public static final String PROGRESS_TOKEN = "progressToken";
        /**
         * W3C trace context in {@code params._meta}, as the OpenTelemetry conventions for MCP carry it; it wins over
         * the headers'. Read by the application's propagator; named here for the tests and the documentation.
         */
        public static final String TRACEPARENT = "traceparent";
        public static final String TRACESTATE = "tracestate";

        private Meta() {
        }
    }

    /** The {@code io.modelcontextprotocol/tasks} extension: its key, and the fields of a {@code Task}. */
    public static final class Tasks {
        public static final String EXTENSION = "io.modelcontextprotocol/tasks";
        public static final String EXTENSIONS = "extensions";
        public static final String RESULT_TYPE_TASK = "task";
        public static final String TASK_ID = "taskId";
        public static final String STATUS = "status";
        public static final String STATUS_MESSAGE = "statusMessage";
        public static final String CREATED_AT = "createdAt";
        public static final String LAST_UPDATED_AT = "lastUpdatedAt";
        public static final String TTL_MS = "ttlMs";
        public static final String POLL_INTERVAL_MS = "pollIntervalMs";
        public static final String INPUT_REQUESTS = "inputRequests";
        public static final String INPUT_RESPONSES = "inputResponses";
        public static final String RESULT = "result";
        public static final String ERROR = "error";

        private Tasks() {
        }

        /** The wire name of a status: {@code working}, {@code input_required}, {@code completed}, ... */
        public static String status(dev.jeemcp.mcp.spi.TaskInfo.Status status) {
            return status.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Result fields added by the 2026-07-28 revision. */
    public static final class Result {
        public static final String RESULT_TYPE = "resultType";
        public static final String COMPLETE = "complete";
        public static final String TTL_MS = "ttlMs";
        public static final String CACHE_SCOPE = "cacheScope";
        public static final String NEXT_CURSOR = "nextCursor";

        private Result() {
        }
    }
}
