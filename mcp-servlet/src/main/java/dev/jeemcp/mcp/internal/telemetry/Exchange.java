package dev.jeemcp.mcp.internal.telemetry;

import jakarta.json.JsonObject;

/** The span and the clock of one JSON-RPC request, from its parsing to its answer. */
public interface Exchange {

    /** No span: telemetry is off. */
    Exchange NONE = NoTelemetry.INSTANCE;

    /** What {@code target} of {@link Telemetry#exchange} names. */
    enum Target {
        NONE, TOOL, PROMPT, RESOURCE
    }

    /** The revision the request speaks, once it is established. */
    void protocolVersion(String version);

    /** Makes the span current on this thread, for the handler's work: spans it starts nest under it. */
    Telemetry.Scope enter();

    /**
     * Ends the span and records the metrics, from the answer: a JSON-RPC error's code, an {@code isError} result, a
     * 503. Only the first call counts: a stream may be finished by its call and by its time-out.
     *
     * @param body the whole JSON-RPC response
     */
    void end(int status, JsonObject body);

    /** Ends the span of a request whose client left before its answer. */
    void abandoned();

    /** An event stream opened for this request: counted until {@link #streamClosed()}. */
    void streamOpened();

    void streamClosed();
}
