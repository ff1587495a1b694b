package dev.jeemcp.mcp.test.internal;

import static dev.jeemcp.mcp.test.internal.WireNames.*;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.test.McpViolation;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The protocol's rules that a strict client checks on every answer; each broken rule is a {@link McpViolation} that
 * names the rule and shows the answer. Rules the specification leaves open (the HTTP status of a dispatched error,
 * say) are not checked.
 */
public final class Rules {

    private static final Set<String> RESULT_TYPES = Set.of(COMPLETE, INPUT_REQUIRED, TASK);
    private static final Set<String> NOTIFICATIONS_BEFORE_RESPONSE = Set.of(PROGRESS, LOG_MESSAGE);
    /** Errors whose HTTP status the Streamable HTTP transport fixes (2026-07-28). */
    private static final Map<Integer, Integer> FIXED_STATUS = Map.of(
            McpErrorCodes.HEADER_MISMATCH, 400,
            McpErrorCodes.MISSING_CLIENT_CAPABILITY, 400,
            McpErrorCodes.UNSUPPORTED_PROTOCOL_VERSION, 400,
            McpErrorCodes.METHOD_NOT_FOUND, 404);

    private Rules() {
    }

    /**
     * The JSON-RPC envelope of the answer to {@code request}: one response with the request's id and exactly one of
     * result and error; in the 2026-07-28 era also no session and, on a stream, only this request's progress and log
     * notifications before the response. Returns the response.
     */
    public static JsonObject envelope(Exchange exchange, JsonObject request, boolean modern) {
        String where = request.getString(METHOD) + " answered " + exchange.status() + " " + Transport.abbreviate(exchange.body());
        if (modern) {
            // 2025-11-25 allows a session id and server-to-client requests on the response stream; 2026-07-28 has neither.
            check(exchange.headers().firstValue(H_SESSION).isEmpty(), "a stateless server mints no Mcp-Session-Id", where);
        }
        check(!exchange.messages().isEmpty(), "a request is answered with a JSON-RPC response", where);
        List<JsonObject> messages = exchange.messages();
        for (JsonObject before : messages.subList(0, messages.size() - 1)) {
            check(!modern || !before.containsKey(ID) && NOTIFICATIONS_BEFORE_RESPONSE.contains(before.getString(METHOD, "")),
                    "only progress and log notifications may precede the response on its stream (no server requests)", where);
            check(JSONRPC_VERSION.equals(before.getString(JSONRPC, null)), "every message says \"jsonrpc\":\"2.0\"", where);
        }
        JsonObject response = exchange.last();
        check(JSONRPC_VERSION.equals(response.getString(JSONRPC, null)), "every message says \"jsonrpc\":\"2.0\"", where);
        check(request.get(ID).equals(response.get(ID)), "the response carries the request's id", where);
        check(response.containsKey(RESULT) != response.containsKey(ERROR), "a response has exactly one of result and error", where);
        if (response.containsKey(ERROR)) {
            check(response.get(ERROR).getValueType() == JsonValue.ValueType.OBJECT, "error is an object", where);
            JsonObject error = response.getJsonObject(ERROR);
            check(error.get(CODE) instanceof JsonNumber number && number.isIntegral(), "error.code is an integer", where);
            check(error.get(MESSAGE) != null && error.get(MESSAGE).getValueType() == JsonValue.ValueType.STRING,
                    "error.message is a string", where);
            int code = error.getInt(CODE);
            if (modern && code == McpErrorCodes.UNSUPPORTED_PROTOCOL_VERSION) {
                check(error.get(DATA) instanceof JsonObject data && data.get("supported") instanceof jakarta.json.JsonArray
                        && data.containsKey("requested"), "error -32022 carries data.supported and data.requested", where);
            }
            if (modern && code == McpErrorCodes.MISSING_CLIENT_CAPABILITY) {
                check(error.get(DATA) instanceof JsonObject data && data.containsKey("requiredCapabilities"),
                        "error -32021 carries data.requiredCapabilities", where);
            }
            Integer fixed = FIXED_STATUS.get(code);
            if (modern && fixed != null) {
                check(exchange.status() == fixed, "error " + error.getInt(CODE) + " is answered with HTTP " + fixed, where);
            }
        } else {
            check(exchange.status() == 200, "a result is answered with HTTP 200", where);
            check(response.get(RESULT).getValueType() == JsonValue.ValueType.OBJECT, "result is an object", where);
        }
        return response;
    }

    /**
     * The fields the 2026-07-28 revision requires of a result: its {@code resultType}, the cache fields of a
     * cacheable one, and input requests only where allowed and only of kinds the client declared.
     */
    public static void modernResult(String method, JsonObject result, JsonObject clientCapabilities) {
        String where = method + " result " + Transport.abbreviate(result.toString());
        check(result.get(RESULT_TYPE) instanceof jakarta.json.JsonString type && RESULT_TYPES.contains(type.getString()),
                "every result carries resultType complete, input_required or task", where);
        String type = result.getString(RESULT_TYPE);
        if (COMPLETE.equals(type) && CACHEABLE.contains(method)) {
            check(result.get(TTL_MS) instanceof JsonNumber ttl && ttl.isIntegral() && ttl.longValue() >= 0,
                    "a cacheable result carries ttlMs, an integer >= 0", where);
            check(Set.of("public", "private").contains(result.getString(CACHE_SCOPE, "")),
                    "a cacheable result carries cacheScope public or private", where);
        }
        if (INPUT_REQUIRED.equals(type)) {
            check(MAY_ASK_FOR_INPUT.contains(method), "only tools/call, prompts/get and resources/read ask for input", where);
            inputRequests(result, clientCapabilities, where);
        }
        if (TASK.equals(type)) {
            check(TOOLS_CALL.equals(method), "only tools/call creates a task", where);
            check(clientCapabilities.getJsonObject(EXTENSIONS) != null
                    && clientCapabilities.getJsonObject(EXTENSIONS).containsKey(TASKS_EXTENSION),
                    "a task is created only for a client that declared the tasks extension", where);
            task(result, where);
        }
    }

    /** An {@code input_required} result (or task): something to answer, and only kinds the client declared. */
    public static void inputRequests(JsonObject result, JsonObject clientCapabilities, String where) {
        check(result.containsKey(INPUT_REQUESTS) || result.containsKey(REQUEST_STATE),
                "input_required carries inputRequests or requestState", where);
        check(!result.containsKey(INPUT_REQUESTS) || result.get(INPUT_REQUESTS) instanceof JsonObject,
                "inputRequests is an object", where);
        JsonObject requests = result.containsKey(INPUT_REQUESTS) ? result.getJsonObject(INPUT_REQUESTS) : JsonValue.EMPTY_JSON_OBJECT;
        for (Map.Entry<String, JsonValue> request : requests.entrySet()) {
            check(request.getValue() instanceof JsonObject, "each input request is an object", where);
            JsonObject asked = request.getValue().asJsonObject();
            String kind = asked.getString(METHOD, "");
            check(Set.of(ELICIT, SAMPLE, ROOTS).contains(kind), "an input request is elicitation, sampling or roots", where);
            check(!asked.containsKey(JSONRPC) && !asked.containsKey(ID), "an input request is {method, params} without jsonrpc or id", where);
            String capability = ELICIT.equals(kind) ? ELICITATION : SAMPLE.equals(kind) ? "sampling" : "roots";
            check(clientCapabilities.containsKey(capability),
                    "an input request of kind " + kind + " only to a client that declared " + capability, where);
        }
    }

    /** A {@code server/discover} result: the versions the server speaks, this one among them, and its capabilities. */
    public static void discovery(JsonObject result, String version) {
        String where = "server/discover result " + Transport.abbreviate(result.toString());
        check(result.get(SUPPORTED_VERSIONS) instanceof jakarta.json.JsonArray versions
                && versions.contains(jakarta.json.Json.createValue(version)),
                "server/discover carries supportedVersions, " + version + " among them", where);
        check(result.get(CAPABILITIES) instanceof JsonObject, "server/discover carries capabilities", where);
    }

    /** A task as {@code tasks/get} or the creating call shows it. */
    public static void task(JsonObject task, String where) {
        check(task.get(TASK_ID) instanceof jakarta.json.JsonString, "a task has a taskId", where);
        check(TASK_STATUSES.contains(task.getString(STATUS, "")), "a task's status is one of " + TASK_STATUSES, where);
    }

    /** A listing: names (or URIs) unique; a tool's input schema an object schema, its schemas valid 2020-12. */
    public static void listing(String method, List<JsonObject> items, String key) {
        Set<String> seen = new HashSet<>();
        for (JsonObject item : items) {
            String where = method + " entry " + Transport.abbreviate(item.toString());
            check(item.get(key) instanceof jakarta.json.JsonString, "each entry has a string " + key, where);
            check(seen.add(item.getString(key)), "each " + key + " is listed once", where);
            if (TOOLS_LIST.equals(method)) {
                check(item.get(INPUT_SCHEMA) instanceof JsonObject input && "object".equals(input.getString(TYPE, null)),
                        "a tool's inputSchema is an object schema (type: object)", where);
                Schemas.compile(item.getString(NAME) + ".inputSchema", item.get(INPUT_SCHEMA));
                List<String> headers = HeaderValues.annotationProblems(item.getJsonObject(INPUT_SCHEMA));
                check(headers.isEmpty(), "x-mcp-header annotations follow SEP-2243: " + headers, where);
                if (item.containsKey(OUTPUT_SCHEMA)) {
                    Schemas.compile(item.getString(NAME) + ".outputSchema", item.get(OUTPUT_SCHEMA));
                }
            }
        }
    }

    /**
     * A complete {@code CallToolResult}: its content blocks, and structured content valid against the tool's output
     * schema (required and checked unless the result is an error).
     */
    public static void toolResult(String tool, JsonObject result, JsonObject definition) {
        String where = "tools/call " + tool + " result " + Transport.abbreviate(result.toString());
        check(result.get(CONTENT) instanceof jakarta.json.JsonArray, "a tool result has a content array", where);
        for (JsonValue block : result.getJsonArray(CONTENT)) {
            check(block instanceof JsonObject object && CONTENT_TYPES.contains(object.getString(TYPE, "")),
                    "each content block has a type among " + CONTENT_TYPES, where);
        }
        boolean error = result.get(IS_ERROR) == JsonValue.TRUE;
        if (definition != null && definition.containsKey(OUTPUT_SCHEMA)) {
            check(error || result.containsKey(STRUCTURED), "a tool with an outputSchema returns structuredContent", where);
            // An error result need not match the schema: validating clients (the TypeScript SDK, the Inspector) skip it.
            if (!error && result.containsKey(STRUCTURED)) {
                List<String> problems = Schemas.problems(Schemas.compile(tool + ".outputSchema", definition.get(OUTPUT_SCHEMA)),
                        result.get(STRUCTURED));
                check(problems.isEmpty(), "structuredContent is valid against the tool's outputSchema: " + problems, where);
            }
        }
    }

    private static void check(boolean holds, String rule, String where) {
        if (!holds) {
            throw new McpViolation(rule + " -- but " + where);
        }
    }
}
