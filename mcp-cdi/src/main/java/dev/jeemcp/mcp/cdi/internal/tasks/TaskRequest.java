package dev.jeemcp.mcp.cdi.internal.tasks;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.Principal;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The request a task's tool sees while it runs, after the HTTP request that started it has ended. What it needs to
 * run again on another instance is stored with the task as JSON ({@link #toJson()}, {@link #fromJson}).
 *
 * <p>The caller is settled when the task starts ({@link Caller.Bound}): its roles can no longer be asked then, so
 * {@link #isCallerInRole} is {@code false}; the container still checks {@code @RolesAllowed} against the security
 * context that the {@code ManagedExecutorService} carries over.
 */
final class TaskRequest implements McpRequest, Caller.Bound {

    /** How often {@link #isCancelled()} asks the database at most; a tool may call it in a tight loop. */
    private static final long CANCEL_CHECK_INTERVAL_MS = 250;
    /** Where the stored request keeps the creator's trace context: the REQUEST column, so no column is added. */
    private static final String TRACE = "trace";

    private final JsonObject arguments;
    private final String protocolVersion;
    private final JsonObject clientCapabilities;
    private final JsonObject inputResponses;
    private final JsonObject state;
    private final Caller caller;
    private final Principal principal;
    /** The trace context of the span that created the task (W3C fields), or {@code null}: its runs link to it. */
    private final JsonObject trace;
    private BooleanSupplier cancelCheck = () -> false;
    private volatile boolean cancelled;
    private volatile long nextCancelCheck;

    TaskRequest(JsonObject arguments, String protocolVersion, JsonObject clientCapabilities, JsonObject inputResponses,
            JsonObject state, Caller caller, Principal principal, JsonObject trace) {
        this.arguments = arguments;
        this.protocolVersion = protocolVersion;
        this.clientCapabilities = clientCapabilities;
        this.inputResponses = inputResponses;
        this.state = state;
        this.caller = caller;
        this.principal = principal;
        this.trace = trace;
    }

    /**
     * The request of a task started now by {@code request}.
     *
     * @param trace the trace context of the span starting it, or {@code null}
     */
    static TaskRequest startedBy(McpRequest request, JsonObject arguments, Caller caller, JsonObject trace) {
        return new TaskRequest(arguments, request.protocolVersion(), request.clientCapabilities(), JsonValue.EMPTY_JSON_OBJECT,
                JsonValue.EMPTY_JSON_OBJECT, caller, request.caller().orElse(null), trace);
    }

    /** A stored request, run by another instance or again: the principal is known by name only. */
    static TaskRequest fromJson(String json, Caller caller) {
        JsonObject stored = CdiTasks.parse(json);
        Principal principal = "anonymous".equals(caller.name()) ? null : caller::name;
        return new TaskRequest(stored.getJsonObject("arguments"), stored.getString("protocolVersion"),
                stored.getJsonObject("clientCapabilities"), stored.getJsonObject("inputResponses"), stored.getJsonObject("state"),
                caller, principal, stored.get(TRACE) instanceof JsonObject trace ? trace : null);
    }

    String toJson() {
        var json = Json.PROVIDER.createObjectBuilder()
                .add("arguments", arguments)
                .add("protocolVersion", protocolVersion)
                .add("clientCapabilities", clientCapabilities)
                .add("inputResponses", inputResponses)
                .add("state", state);
        if (trace != null) {
            json.add(TRACE, trace); // absent in rows stored before tracing, and without it
        }
        return json.build().toString();
    }

    /** The same request, to run again with the client's answers and the state the tool left. */
    TaskRequest resumed(JsonObject responses, JsonObject newState) {
        return new TaskRequest(arguments, protocolVersion, clientCapabilities, responses, newState, caller, principal, trace);
    }

    /** The trace context of the span that created the task, or {@code null}. */
    JsonObject trace() {
        return trace;
    }

    JsonObject arguments() {
        return arguments;
    }

    /** Where {@link #isCancelled()} looks: the task's row, which any instance may mark. */
    void watchCancellation(BooleanSupplier check) {
        this.cancelCheck = check;
    }

    @Override
    public boolean isCancelled() {
        long now = System.currentTimeMillis();
        if (!cancelled && now >= nextCancelCheck) {
            nextCancelCheck = now + CANCEL_CHECK_INTERVAL_MS;
            cancelled = cancelCheck.getAsBoolean();
        }
        return cancelled;
    }

    @Override
    public String protocolVersion() {
        return protocolVersion;
    }

    @Override
    public JsonObject clientCapabilities() {
        return clientCapabilities;
    }

    @Override
    public Optional<Principal> caller() {
        return Optional.ofNullable(principal);
    }

    @Override
    public boolean isCallerInRole(String role) {
        return false;
    }

    @Override
    public JsonObject inputResponses() {
        return inputResponses;
    }

    @Override
    public JsonObject state() {
        return state;
    }

    @Override
    public Caller boundCaller() {
        return caller;
    }
}
