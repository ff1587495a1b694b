package dev.jeemcp.mcp.internal.telemetry;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the endpoint, the task runner and the handle store report: spans and metrics through OpenTelemetry, or
 * nothing. Chosen once per deployment ({@link #of}): without OpenTelemetry on the class path, with OpenTelemetry
 * switched off (its no-op providers) or with {@value Telemetries#ENABLED} {@code false}, every method is an empty one
 * of {@link #OFF}, and no OpenTelemetry class is loaded. No method throws.
 */
public interface Telemetry {

    /** Records nothing; what a deployment without OpenTelemetry gets. */
    Telemetry OFF = NoTelemetry.INSTANCE;

    /** A span made current on this thread until closed. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** The telemetry of the application of that servlet context: decided at the first call, then kept there. */
    static Telemetry of(ServletContext context) {
        return Telemetries.of(context);
    }

    /** The telemetry where no servlet context is at hand (a CDI container without a web module, in tests). */
    static Telemetry withoutContext() {
        return Telemetries.withoutContext();
    }

    /** Whether anything is recorded: callers skip gathering what only telemetry would read when not. */
    boolean isOn();

    /**
     * Starts the span and the clock of one JSON-RPC request.
     *
     * @param method the method's name, {@code _OTHER} for a method the server does not know
     * @param target the tool's or the prompt's name ({@code gen_ai.tool.name}, {@code gen_ai.prompt.name}) or the
     *     resource's URI, as {@code kind} says; {@code null} when there is none
     * @param known whether {@code target} is a tool or prompt the deployment has (whoever may see it): only then does
     *     it name the span and a metric series, so that a client cannot create either
     * @param id the JSON-RPC id
     * @param meta the request's {@code params._meta}, or {@code null}: its trace context wins over the headers'
     * @param request the HTTP request, read now (on the container's thread): headers, protocol, client, principal
     */
    Exchange exchange(String method, Exchange.Target kind, String target, boolean known, JsonValue id, JsonObject meta,
            HttpServletRequest request);

    /** Counts an answer to a message that never became an exchange (it did not parse, or the transport refused it). */
    void refused(int status, JsonObject body);

    /** The current span's context in W3C trace-context form ({@code traceparent}, {@code tracestate}), or {@code null}. */
    JsonObject currentContext();

    /**
     * Starts the span of one run of a task's tool, a new trace linked to the span that created the task.
     *
     * @param creator what {@link #currentContext()} gave when the task was created, or {@code null}
     */
    Run taskRun(String tool, String taskId, JsonObject creator);

    /** Counts a task's transition to that status ({@code created}, {@code working}, {@code completed}, ...). */
    void taskTransition(String status);

    /** Counts an update or delete of a handle that lost to a concurrent one (optimistic locking). */
    void handleConflict();

    /** Whether the caller's principal and tenant go on spans ({@value Telemetries#CALLER_ATTRIBUTES}). */
    boolean recordsCaller();

    /** Puts the caller's tenant on the current span, when {@link #recordsCaller()}. */
    void tenant(String tenant);
}
