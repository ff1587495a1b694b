package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.internal.WireNames.*;

import dev.jeemcp.mcp.test.internal.Exchange;
import dev.jeemcp.mcp.test.internal.HeaderValues;
import dev.jeemcp.mcp.test.internal.Rules;
import dev.jeemcp.mcp.test.internal.Transport;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A strict MCP client for tests: it speaks to a deployed application's endpoint as a real client would, and checks
 * every answer against the protocol's rules and every {@code structuredContent} against its tool's
 * {@code outputSchema}, so a test fails where a validating client would ({@link McpViolation}).
 *
 * <pre>{@code
 * @ArquillianResource URL base;
 *
 * McpClient alice = McpClient.connect(base).as("alice", "secret");
 * alice.tools().assertListed("start_quote").assertHidden("approve_discount");
 * String quoteId = alice.call("start_quote", obj("product", "HOME")).assertSuccess()
 *         .structured().getString("quote_id");
 * alice.call("get_quote", obj("quote_id", "nope")).assertError("not found");
 * }</pre>
 *
 * <p>Each method {@code as}, {@code bearer}, {@code legacy}, {@code withTasks}, {@code withElicitation} and
 * {@code withProgress} returns a new client; a client is immutable apart from what it caches (the tools it was shown,
 * and the legacy era's handshake), so one per caller is shared by a test class's methods. By default it speaks
 * 2026-07-28 (per-request {@code _meta}, {@code Mcp-Method} and {@code Mcp-Name} headers); {@link #legacy()} speaks
 * 2025-11-25 after an {@code initialize}.
 */
public final class McpClient {

    private static final AtomicLong IDS = new AtomicLong();

    private final Transport transport;
    private final String authorization;
    private final boolean legacy;
    private final JsonObject capabilities;
    private final boolean progress;
    /** Headers of the test's own on every request (an Origin, a header the application reads). */
    private final Map<String, String> extraHeaders;
    /** The most pages of one listing the kit reads by default: a server that pages forever is a fault. */
    static final int MAX_PAGES = 1000;
    /** This client's bound on the pages of one listing: {@link #MAX_PAGES} but for the kit's own tests (see withMaxPages). */
    final int maxPages;

    /** The tools this caller is shown, read once: their schemas check the calls' results. Shared by threads. */
    private volatile Map<String, JsonObject> toolDefinitions;
    /** The legacy handshake, done once by whichever thread asks first. */
    private volatile boolean initialized;
    /** The protocol version the legacy handshake agreed on, sent in every later request's header. */
    private volatile String negotiated = LEGACY;

    private McpClient(Transport transport, String authorization, boolean legacy, JsonObject capabilities, boolean progress,
            Map<String, String> extraHeaders, int maxPages) {
        this.extraHeaders = extraHeaders;
        this.maxPages = maxPages;
        this.transport = transport;
        this.authorization = authorization;
        this.legacy = legacy;
        this.capabilities = capabilities;
        this.progress = progress;
    }

    /**
     * A client of the application deployed at {@code applicationBase} (Arquillian's {@code @ArquillianResource URL},
     * the context root), whose endpoint is {@code mcp} under it, the library's default path.
     */
    public static McpClient connect(URL applicationBase) {
        try {
            URI base = applicationBase.toURI();
            String path = base.getPath() == null || base.getPath().isEmpty() ? "/" : base.getPath();
            return endpoint(base.resolve(path.endsWith("/") ? path + "mcp" : path + "/mcp"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: " + applicationBase, e);
        }
    }

    /** A client of the MCP endpoint at exactly this URI (when the application maps it elsewhere, {@code mcp.path}). */
    public static McpClient endpoint(URI endpoint) {
        return new McpClient(new Transport(endpoint), null, false, JsonValue.EMPTY_JSON_OBJECT, false, Map.of(), MAX_PAGES);
    }

    /** The same client, as this user: HTTP BASIC credentials on every request. */
    public McpClient as(String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new McpClient(transport, "Basic " + credentials, legacy, capabilities, progress, extraHeaders, maxPages);
    }

    /** The same client, with this bearer token (an OAuth access token, a MicroProfile JWT) on every request. */
    public McpClient bearer(String token) {
        return new McpClient(transport, "Bearer " + token, legacy, capabilities, progress, extraHeaders, maxPages);
    }

    /**
     * The same client, waiting at most this long for each answer (default two minutes): past it the call fails with
     * an {@link McpViolation}, also when the server keeps an event stream open without sending the response.
     */
    public McpClient withTimeout(java.time.Duration timeout) {
        return new McpClient(new Transport(transport.endpoint(), timeout), authorization, legacy, capabilities, progress,
                extraHeaders, maxPages);
    }

    /** The same client with no credentials. */
    public McpClient anonymous() {
        return new McpClient(transport, null, legacy, capabilities, progress, extraHeaders, maxPages);
    }

    /** The same client, sending this header too on every request: an {@code Origin}, a header the application reads. */
    public McpClient withHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new McpClient(transport, authorization, legacy, capabilities, progress, Map.copyOf(headers), maxPages);
    }

    /**
     * The same client with another bound on the pages of one listing. Package-private: for the kit's own test of the
     * bound, which then needs a few pages instead of a thousand; callers keep {@link #MAX_PAGES}.
     */
    McpClient withMaxPages(int pages) {
        return new McpClient(transport, authorization, legacy, capabilities, progress, extraHeaders, pages);
    }

    /** The same client speaking 2025-11-25: an {@code initialize} first, then requests without {@code _meta}. */
    public McpClient legacy() {
        return new McpClient(transport, authorization, true, capabilities, progress, extraHeaders, maxPages);
    }

    /** The same client declaring the tasks extension, so a tool may answer with a task ({@link ToolResult#task()}). */
    public McpClient withTasks() {
        return withCapability(EXTENSIONS, McpJson.obj(TASKS_EXTENSION, JsonValue.EMPTY_JSON_OBJECT));
    }

    /** The same client declaring elicitation, so a tool may ask for input ({@link ToolResult#inputRequests()}). */
    public McpClient withElicitation() {
        return withCapability(ELICITATION, JsonValue.EMPTY_JSON_OBJECT);
    }

    /** The same client asking for progress: each request carries a progress token, events are in {@link ToolResult#progress()}. */
    public McpClient withProgress() {
        return new McpClient(transport, authorization, legacy, capabilities, true, extraHeaders, maxPages);
    }

    private McpClient withCapability(String key, JsonObject value) {
        JsonObjectBuilder merged = Json.createObjectBuilder(capabilities);
        if (capabilities.containsKey(key)) {
            merged.add(key, Json.createObjectBuilder(capabilities.getJsonObject(key)).addAll(Json.createObjectBuilder(value)));
        } else {
            merged.add(key, value);
        }
        return new McpClient(transport, authorization, legacy, merged.build(), progress, extraHeaders, maxPages);
    }

    /** The endpoint this client posts to. */
    public URI endpoint() {
        return transport.endpoint();
    }

    /**
     * What the server says about itself: the {@code server/discover} result (2026-07-28), or the {@code initialize}
     * result in the legacy era.
     */
    public JsonObject discover() {
        if (legacy) {
            return initialize();
        }
        JsonObject result = request(DISCOVER, JsonValue.EMPTY_JSON_OBJECT, Map.of()).result();
        Rules.discovery(result, MODERN);
        return result;
    }

    /** The tools this caller is shown, every page of {@code tools/list}; their schemas must be valid 2020-12. */
    public Listing tools() {
        Listing tools = list(TOOLS_LIST, TOOLS, NAME);
        Map<String, JsonObject> definitions = new LinkedHashMap<>();
        tools.entries().forEach(tool -> definitions.put(tool.getString(NAME), tool));
        toolDefinitions = definitions;
        return tools;
    }

    /** The prompts this caller is shown. */
    public Listing prompts() {
        return list(PROMPTS_LIST, PROMPTS, NAME);
    }

    /** The resources this caller is shown, by URI. */
    public Listing resources() {
        return list(RESOURCES_LIST, RESOURCES, URI);
    }

    private Listing list(String method, String member, String key) {
        List<JsonObject> entries = new ArrayList<>();
        java.util.Set<String> cursors = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            if (++pages > maxPages) {
                throw new McpViolation(method + " ends within " + maxPages + " pages (the kit's bound) -- but it went on");
            }
            JsonObject params = cursor == null ? JsonValue.EMPTY_JSON_OBJECT : McpJson.obj(CURSOR, cursor);
            JsonObject page = request(method, params, Map.of()).result();
            if (!(page.get(member) instanceof jakarta.json.JsonArray items)) {
                throw new McpViolation(method + " answers a " + member + " array -- but answered " + page);
            }
            items.forEach(item -> entries.add(item.asJsonObject()));
            JsonValue nextValue = page.get(NEXT_CURSOR);
            if (nextValue != null && nextValue != JsonValue.NULL && !(nextValue instanceof JsonString)) {
                throw new McpViolation(method + " answers nextCursor as a string -- but answered " + nextValue);
            }
            String next = nextValue instanceof JsonString string ? string.getString() : null;
            if (next != null && !cursors.add(next)) {
                throw new McpViolation(method + " pages end: each next cursor is new -- but " + next + " came again");
            }
            cursor = next;
        } while (cursor != null);
        Rules.listing(method, entries, key);
        return new Listing(method, key, entries);
    }

    /** Calls a tool with these arguments (see {@link McpJson#obj}) and returns its checked result. */
    public ToolResult call(String tool, JsonObject arguments) {
        return call(tool, arguments, null, null);
    }

    /** Calls a tool with arguments given as alternating names and values: {@code call("get_quote", "quote_id", id)}. */
    public ToolResult call(String tool, Object... argumentNamesAndValues) {
        return call(tool, McpJson.obj(argumentNamesAndValues));
    }

    ToolResult call(String tool, JsonObject arguments, JsonObject inputResponses, String requestState) {
        JsonObjectBuilder params = Json.createObjectBuilder().add(NAME, tool).add(ARGUMENTS, arguments);
        if (inputResponses != null) {
            params.add(INPUT_RESPONSES, inputResponses);
        }
        if (requestState != null) {
            params.add(REQUEST_STATE, requestState);
        }
        JsonObject definition = definition(tool);
        Answer answer = request(TOOLS_CALL, params.build(), paramHeaders(definition, arguments));
        JsonObject result = answer.result();
        String type = result.getString(RESULT_TYPE, COMPLETE);
        if (COMPLETE.equals(type)) {
            Rules.toolResult(tool, result, definition);
        }
        return new ToolResult(this, tool, arguments, result, answer.progress());
    }

    /** Gets a prompt with these (string) arguments. */
    public McpAnswer prompt(String name, Map<String, String> arguments) {
        JsonObject result = request(PROMPTS_GET, McpJson.obj(NAME, name, ARGUMENTS, McpJson.value(arguments)), Map.of()).result();
        if (COMPLETE.equals(result.getString(RESULT_TYPE, COMPLETE))) {
            if (!(result.get(MESSAGES) instanceof jakarta.json.JsonArray messages) || messages.stream().anyMatch(message ->
                    !(message instanceof JsonObject object) || !List.of("user", "assistant").contains(object.getString(ROLE, "")))) {
                throw new McpViolation("a prompt has messages, each with role user or assistant -- but answered " + result);
            }
        }
        return new McpAnswer(PROMPTS_GET, result);
    }

    /** Reads a resource. */
    public McpAnswer read(String uri) {
        JsonObject result = request(RESOURCES_READ, McpJson.obj(URI, uri), Map.of()).result();
        if (COMPLETE.equals(result.getString(RESULT_TYPE, COMPLETE))) {
            if (!(result.get(CONTENTS) instanceof jakarta.json.JsonArray contents) || contents.stream().anyMatch(content ->
                    !(content instanceof JsonObject object) || !object.containsKey(URI)
                            || object.containsKey(TEXT) == object.containsKey(BLOB))) {
                throw new McpViolation("resource contents each have a uri and one of text and blob -- but answered " + result);
            }
        }
        return new McpAnswer(RESOURCES_READ, result);
    }

    /** A task this caller (or another one, to test isolation) knows the id of; {@link McpTask#refresh()} reads it. */
    public McpTask task(String taskId) {
        return new McpTask(this, McpJson.obj(TASK_ID, taskId, STATUS, "working"));
    }

    /**
     * Any request, with its params (without {@code _meta}, which the client adds), for a method the kit has no
     * shortcut for. The envelope and era rules are checked; the result is returned as it came.
     */
    public JsonObject request(String method, JsonObject params) {
        return request(method, params, Map.of()).result();
    }

    /** The result of a request and the progress events that preceded it. */
    record Answer(JsonObject result, List<Progress> progress) {
    }

    Answer request(String method, JsonObject params, Map<String, String> extraHeaders) {
        if (legacy && !initialized) {
            synchronized (this) {
                if (!initialized) {
                    initialize();
                }
            }
        }
        long id = IDS.incrementAndGet();
        String progressToken = progress ? "progress-" + id : null;
        JsonObject meta = meta(progressToken);
        JsonObject withMeta = meta.isEmpty() ? params : Json.createObjectBuilder(params).add(META, meta).build();
        JsonObject message = Json.createObjectBuilder().add(JSONRPC, JSONRPC_VERSION).add(ID, id).add(METHOD, method)
                .add(PARAMS, withMeta).build();
        Map<String, String> headers = headers(method, params);
        headers.putAll(extraHeaders);
        Exchange exchange = transport.post(message, headers);
        JsonObject response = Rules.envelope(exchange, message, !legacy);
        if (response.containsKey(ERROR)) {
            throw new McpErrorResponse(method, exchange.status(), response.getJsonObject(ERROR));
        }
        JsonObject result = response.getJsonObject(RESULT);
        if (!legacy) {
            Rules.modernResult(method, result, capabilities);
        }
        return new Answer(result, progressOf(exchange, progressToken));
    }

    private JsonObject meta(String progressToken) {
        JsonObjectBuilder meta = Json.createObjectBuilder();
        if (!legacy) {
            meta.add(META_VERSION, MODERN).add(META_CAPABILITIES, capabilities)
                    .add(META_CLIENT_INFO, McpJson.obj(NAME, "jeemcp-mcp-test", "version", "1"));
        }
        if (progressToken != null) {
            meta.add(META_PROGRESS_TOKEN, progressToken);
        }
        return meta.build();
    }

    private Map<String, String> headers(String method, JsonObject params) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        if (authorization != null) {
            headers.put(H_AUTHORIZATION, authorization);
        }
        headers.put(H_PROTOCOL_VERSION, legacy ? negotiated : MODERN);
        if (!legacy) {
            headers.put(H_METHOD, method);
            String named = NAMED.get(method);
            if (named != null && params.get(named) instanceof JsonString name) {
                headers.put(H_NAME, HeaderValues.encode(name.getString()));
            }
        }
        return headers;
    }

    /** {@code Mcp-Param-*} headers for the arguments whose schema carries {@code x-mcp-header} (2026-07-28). */
    private Map<String, String> paramHeaders(JsonObject definition, JsonObject arguments) {
        return legacy || definition == null ? Map.of() : HeaderValues.paramHeaders(definition.getJsonObject(INPUT_SCHEMA), arguments);
    }

    private JsonObject definition(String tool) {
        if (toolDefinitions == null) {
            tools();
        }
        return toolDefinitions.get(tool);
    }

    private JsonObject initialize() {
        long id = IDS.incrementAndGet();
        JsonObject message = Json.createObjectBuilder().add(JSONRPC, JSONRPC_VERSION).add(ID, id).add(METHOD, INITIALIZE)
                .add(PARAMS, McpJson.obj(PROTOCOL_VERSION, LEGACY, CAPABILITIES, legacyCapabilities(),
                        CLIENT_INFO, McpJson.obj(NAME, "jeemcp-mcp-test", "version", "1"))).build();
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        if (authorization != null) {
            headers.put(H_AUTHORIZATION, authorization);
        }
        Exchange exchange = transport.post(message, headers);
        JsonObject response = Rules.envelope(exchange, message, false);
        if (response.containsKey(ERROR)) {
            throw new McpErrorResponse(INITIALIZE, exchange.status(), response.getJsonObject(ERROR));
        }
        JsonObject result = response.getJsonObject(RESULT);
        if (!(result.get(PROTOCOL_VERSION) instanceof JsonString) || !(result.get(CAPABILITIES) instanceof JsonObject)
                || !(result.get(SERVER_INFO) instanceof JsonObject)) {
            throw new McpViolation("initialize answers protocolVersion, capabilities and serverInfo -- but answered " + result);
        }
        if (!LEGACY.equals(result.getString(PROTOCOL_VERSION))) {
            throw new McpViolation("initialize agrees on a version the client supports (" + LEGACY + ") -- but answered "
                    + result.getString(PROTOCOL_VERSION));
        }
        negotiated = result.getString(PROTOCOL_VERSION);
        headers.put(H_PROTOCOL_VERSION, negotiated);
        Exchange notified = transport.post(McpJson.obj(JSONRPC, JSONRPC_VERSION, METHOD, INITIALIZED), headers);
        if (notified.status() != 202) {
            throw new McpViolation("notifications/initialized is accepted with 202 -- but answered " + notified.status()
                    + " " + notified.body());
        }
        initialized = true;
        return result;
    }

    /** The capabilities as 2025-11-25 knows them: {@code extensions} (the 2026-07-28 tasks extension) is not one. */
    private JsonObject legacyCapabilities() {
        return Json.createObjectBuilder(capabilities).remove(EXTENSIONS).build();
    }

    private static List<Progress> progressOf(Exchange exchange, String progressToken) {
        List<Progress> events = new ArrayList<>();
        for (JsonObject message : exchange.messages()) {
            if (PROGRESS.equals(message.getString(METHOD, null))) {
                JsonObject params = message.getJsonObject(PARAMS);
                if (progressToken == null || !(params.get(META_PROGRESS_TOKEN) instanceof JsonString token)
                        || !progressToken.equals(token.getString())) {
                    throw new McpViolation("progress is sent only for the request's own progressToken (" + progressToken
                            + ") -- but " + message);
                }
                JsonNumber total = params.get(TOTAL) instanceof JsonNumber number ? number : null;
                if (!(params.get(PROGRESS_VALUE) instanceof JsonNumber number)) {
                    throw new McpViolation("a progress notification carries a number progress -- but " + message);
                }
                double value = number.doubleValue();
                if (!events.isEmpty() && value <= events.get(events.size() - 1).progress()) {
                    throw new McpViolation("progress increases with each notification -- but " + message + " follows "
                            + events.get(events.size() - 1));
                }
                events.add(new Progress(value, total == null ? null : total.doubleValue(), params.getString(MESSAGE, null)));
            }
        }
        return events;
    }

    JsonObject capabilities() {
        return capabilities;
    }

    /** A task's result, checked as a direct answer would be. */
    ToolResult checkedResult(String tool, JsonObject result) {
        Rules.toolResult(tool, result, definition(tool));
        return new ToolResult(this, tool, JsonValue.EMPTY_JSON_OBJECT, result, List.of());
    }
}
