package dev.jeemcp.bench.bare;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The floor of the benchmark: what the container plus JSON-P cost for the same requests and the same answers, with
 * no MCP library at all. It parses each body as a JSON-RPC request and answers {@code initialize}, notifications,
 * {@code tools/list}, {@code tools/call echo} and, on Payara, the database floor {@code tools/call bump} and
 * {@code new_counter} ({@link BareCounters}) with the JSON jeemcp returns, and the task floors ({@link BareTasks}):
 * {@code tools/call report} that creates a task (the client declares the tasks extension) and the poll
 * {@code tasks/get}. A request whose {@code _meta} names the 2026-07-28 revision gets that revision's answer, as
 * jeemcp gives it ({@code resultType}, the server's {@code _meta}, a list's {@code ttlMs} and {@code cacheScope}), so
 * that the floor of each wire reads and writes the same bytes as the library. It validates nothing beyond what it
 * needs to answer: it is not a conforming server.
 */
@WebServlet(urlPatterns = "/mcp")
public class BareMcpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final jakarta.json.JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());
    private static final jakarta.json.JsonWriterFactory WRITERS = JSON.createWriterFactory(Map.of());

    /** jeemcp's tools/list result for bench/ours-war, built once. */
    private static final JsonObject TOOLS = parse("""
            {"tools":[{"name":"bump","description":"Adds one to a counter; returns the new count","inputSchema":{"type":"object","properties":{"counter_id":{"type":"string","description":"A counter_id from new_counter"}},"required":["counter_id"],"additionalProperties":false},"outputSchema":{"type":"object","properties":{"result":{"type":"integer","format":"int64"}},"additionalProperties":false},"annotations":{"readOnlyHint":false,"destructiveHint":true,"idempotentHint":false,"openWorldHint":false}},\
            {"name":"echo","description":"Echoes the text back","inputSchema":{"type":"object","properties":{"text":{"type":"string"}},"required":["text"],"additionalProperties":false},"outputSchema":{"type":"object","properties":{"result":{"type":"string"}},"additionalProperties":false},"annotations":{"readOnlyHint":false,"destructiveHint":true,"idempotentHint":false,"openWorldHint":true}},\
            {"name":"new_counter","description":"Creates a counter at zero; returns its counter_id","inputSchema":{"type":"object","properties":{},"additionalProperties":false},"outputSchema":{"type":"object","properties":{"result":{"type":"string"}},"additionalProperties":false},"annotations":{"readOnlyHint":false,"destructiveHint":true,"idempotentHint":false,"openWorldHint":false}},\
            {"name":"report","description":"Writes a report on the topic, as a task","inputSchema":{"type":"object","properties":{"topic":{"type":"string"}},"required":["topic"],"additionalProperties":false},"outputSchema":{"type":"object","properties":{"result":{"type":"string"}},"additionalProperties":false},"annotations":{"readOnlyHint":false,"destructiveHint":true,"idempotentHint":false,"openWorldHint":false}}]}""");

    private static final JsonObject CAPABILITIES = parse("{\"tools\":{},\"logging\":{}}");
    /** What jeemcp adds to every 2026-07-28 result. */
    private static final JsonObject SERVER_META = parse("{\"io.modelcontextprotocol/serverInfo\":{\"name\":\"jeemcp\",\"version\":\"0.1.0\"}}");
    private static final JsonObject SERVER_INFO = parse("{\"name\":\"bare\",\"version\":\"0.1.0\"}");
    private static final String MODERN = "2026-07-28";
    /** jeemcp's tools/list result for the 2026-07-28 wire: cacheable for the default five minutes, by anyone. */
    private static final JsonObject MODERN_TOOLS = JSON.createObjectBuilder(TOOLS)
            .add("ttlMs", 300_000).add("cacheScope", "public").build();

    private final transient BareCounters counters = new BareCounters(JSON);
    private final transient BareTasks tasks = new BareTasks(JSON, counters::pool);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject message;
        try (JsonReader reader = READERS.createReader(request.getInputStream())) {
            message = reader.readObject();
        } catch (RuntimeException malformed) {
            write(response, 400, error(JsonValue.NULL, -32700, "Parse error"));
            return;
        }
        JsonValue id = message.get("id");
        String method = message.getString("method", "");
        if (id == null) {
            response.setStatus(202); // a notification
            return;
        }
        JsonObject params = message.containsKey("params") ? message.getJsonObject("params") : JsonValue.EMPTY_JSON_OBJECT;
        boolean modern = isModern(params);
        switch (method) {
            case "tools/list" -> write(response, 200, complete(id, modern ? MODERN_TOOLS : TOOLS, modern));
            case "tools/call" -> {
                if (createsTask(params)) {
                    createTask(response, id, params);
                } else {
                    write(response, 200, call(id, params, modern));
                }
            }
            case "tasks/get" -> write(response, 200, task(id, params));
            case "initialize" -> write(response, 200, result(id, JSON.createObjectBuilder()
                    .add("protocolVersion", "2025-11-25")
                    .add("capabilities", CAPABILITIES)
                    .add("serverInfo", SERVER_INFO)
                    .build()));
            default -> write(response, 404, error(id, -32601, "Method not found: " + method));
        }
    }

    private JsonObject call(JsonValue id, JsonObject params, boolean modern) {
        JsonObject arguments = params.getJsonObject("arguments");
        String name = params.getString("name", "");
        try {
            if ("bump".equals(name) && arguments != null && arguments.get("counter_id") instanceof JsonString counter) {
                long next = counters.bump(counter.getString());
                return next < 0 ? toolError(id, "The counter was changed by another request, has expired or does not exist", modern)
                        : toolResult(id, String.valueOf(next), JSON.createValue(next), modern);
            }
            if ("new_counter".equals(name)) {
                String created = counters.create();
                return toolResult(id, created, JSON.createValue(created), modern);
            }
        } catch (java.sql.SQLException e) {
            return error(id, -32603, "Internal error");
        }
        JsonValue text = arguments == null ? null : arguments.get("text");
        if (!"echo".equals(name) || !(text instanceof JsonString s)) {
            return error(id, -32602, "Unknown tool or invalid arguments");
        }
        String echoed = "echo: " + s.getString();
        return toolResult(id, echoed, JSON.createValue(echoed), modern);
    }

    /** Whether the request names the 2026-07-28 revision in its {@code _meta}, as that revision's clients do on every request. */
    private static boolean isModern(JsonObject params) {
        return params.get("_meta") instanceof JsonObject meta
                && meta.get("io.modelcontextprotocol/protocolVersion") instanceof JsonString version
                && MODERN.equals(version.getString());
    }

    /** A call of {@code report} from a client that declares the tasks extension (2026-07-28: in the call's _meta). */
    private static boolean createsTask(JsonObject params) {
        return "report".equals(params.getString("name", ""))
                && params.get("_meta") instanceof JsonObject meta
                && meta.get("io.modelcontextprotocol/clientCapabilities") instanceof JsonObject capabilities
                && capabilities.get("extensions") instanceof JsonObject extensions
                && extensions.containsKey("io.modelcontextprotocol/tasks");
    }

    /**
     * The task of {@code report}: the count and the INSERT, its run on the managed executor, and the
     * {@code CreateTaskResult}; 503, as jeemcp, when the tenant has too many open tasks.
     */
    private void createTask(HttpServletResponse response, JsonValue id, JsonObject params) throws IOException {
        JsonObject arguments = params.getJsonObject("arguments");
        if (arguments == null || !(arguments.get("topic") instanceof JsonString topic)) {
            write(response, 200, error(id, -32602, "Unknown tool or invalid arguments"));
            return;
        }
        try {
            JsonObject task = tasks.create(topic.getString());
            if (task == null) {
                write(response, 503, error(id, -32603, "Too many open tasks"));
            } else {
                write(response, 200, result(id, JSON.createObjectBuilder(task)
                        .add("resultType", "task").add("_meta", SERVER_META).build()));
            }
        } catch (java.sql.SQLException e) {
            write(response, 200, error(id, -32603, "Internal error"));
        }
    }

    /** {@code tasks/get} (2026-07-28, tasks extension) of a task ours.war created: one SELECT. */
    private JsonObject task(JsonValue id, JsonObject params) {
        try {
            JsonObject task = params.get("taskId") instanceof JsonString taskId ? tasks.get(taskId.getString()) : null;
            return task == null ? error(id, -32602, "Unknown task")
                    : complete(id, task, true);
        } catch (java.sql.SQLException e) {
            return error(id, -32603, "Internal error");
        }
    }

    private static JsonObject toolResult(JsonValue id, String text, JsonValue structured, boolean modern) {
        return complete(id, JSON.createObjectBuilder()
                .add("content", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("type", "text").add("text", text)))
                .add("structuredContent", JSON.createObjectBuilder().add("result", structured))
                .add("isError", false)
                .build(), modern);
    }

    private static JsonObject toolError(JsonValue id, String text, boolean modern) {
        return complete(id, JSON.createObjectBuilder()
                .add("content", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("type", "text").add("text", text)))
                .add("isError", true)
                .build(), modern);
    }

    /** A complete result; on the 2026-07-28 wire with what jeemcp adds to it there. */
    private static JsonObject complete(JsonValue id, JsonObject result, boolean modern) {
        return result(id, modern ? JSON.createObjectBuilder(result).add("resultType", "complete").add("_meta", SERVER_META).build() : result);
    }

    private static JsonObject result(JsonValue id, JsonObject result) {
        return JSON.createObjectBuilder().add("jsonrpc", "2.0").add("id", id).add("result", result).build();
    }

    private static JsonObject error(JsonValue id, int code, String message) {
        return JSON.createObjectBuilder().add("jsonrpc", "2.0").add("id", id)
                .add("error", JSON.createObjectBuilder().add("code", code).add("message", message)).build();
    }

    /**
     * Serialises to a string first and sends it in one write with its length, as jeemcp does, so that the floor's
     * output path is no slower than the library's.
     */
    private static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        StringWriter text = new StringWriter(256);
        try (JsonWriter writer = WRITERS.createWriter(text)) {
            writer.writeObject(body);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
