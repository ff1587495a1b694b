package dev.jeemcp.mcp.internal.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;

/** The span of one task run. */
final class OtelRun implements Run {

    private final Span span;

    OtelRun(Span span) {
        this.span = span;
    }

    @Override
    public Telemetry.Scope enter() {
        return span.makeCurrent()::close;
    }

    @Override
    public void end(String errorType, String message) {
        if (errorType != null) {
            span.setAttribute(OtelTelemetry.ERROR_TYPE, errorType);
            // The message may quote what the caller sent: cut as a request span's is.
            span.setStatus(StatusCode.ERROR, message == null ? "" : OtelExchange.bounded(message, OtelExchange.MAX_MESSAGE));
        }
        span.end();
    }
}
