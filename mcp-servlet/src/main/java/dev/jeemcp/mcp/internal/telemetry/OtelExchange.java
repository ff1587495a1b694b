package dev.jeemcp.mcp.internal.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The SERVER span of one JSON-RPC request, and the metrics recorded when it ends.
 *
 * <p>Its parent is the trace context of {@code params._meta} when the client sent one (the MCP conventions: it is the
 * client's span of this very request), then the span already current on the thread (a server that instruments HTTP),
 * then the W3C headers; whichever of the last two lost to {@code _meta} is linked. With
 * {@code mcp.telemetry.clientContext=link} what the caller sent is only linked: the span starts a trace of its own
 * (or nests under the server's own HTTP span), so a caller can neither force sampling nor join another's trace.
 *
 * <p>The span's name and the metrics take the tool or prompt only when the deployment has one of that name: a client
 * must not be able to choose span names or metric series.
 */
final class OtelExchange implements Exchange {

    /**
     * The most characters of a name or an id the client chose that go on a span: enough for any real tool or prompt
     * (the MCP specification allows 128) and any sane id, while a body of a megabyte cannot become one attribute.
     */
    static final int MAX_NAME = 128;
    /** The most characters of a resource URI on a span: {@code mcp.maxUriLength}'s default, so no URI served is cut. */
    static final int MAX_URI = 4096;
    /** The most characters of an error message (which may quote what the client sent) in the span's status. */
    static final int MAX_MESSAGE = 512;

    private final OtelTelemetry telemetry;
    private final Span span;
    private final long started = System.nanoTime();
    private final String method;
    private final Target kind;
    private final String target;
    private final String networkVersion;
    /** Whether the target is a tool or prompt of the deployment, so that it may name the span and a metric series. */
    private final boolean named;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile String protocolVersion;

    OtelExchange(OtelTelemetry telemetry, String method, Target kind, String target, boolean known, JsonValue id,
            JsonObject meta, HttpServletRequest request) {
        this.telemetry = telemetry;
        this.method = method;
        this.kind = kind;
        this.target = bounded(target, kind == Target.RESOURCE ? MAX_URI : MAX_NAME);
        this.named = known && this.target != null && (kind == Target.TOOL || kind == Target.PROMPT);
        this.networkVersion = networkVersion(request.getProtocol());
        SpanBuilder builder = telemetry.tracer.spanBuilder(named ? method + " " + this.target : method).setSpanKind(SpanKind.SERVER)
                .setAttribute(OtelTelemetry.METHOD, method)
                .setAttribute(OtelTelemetry.NETWORK_PROTOCOL_NAME, "http")
                .setAttribute(OtelTelemetry.NETWORK_TRANSPORT, "tcp")
                .setAttribute(OtelTelemetry.CLIENT_ADDRESS, request.getRemoteAddr())
                .setAttribute(OtelTelemetry.CLIENT_PORT, (long) request.getRemotePort());
        if (networkVersion != null) {
            builder.setAttribute(OtelTelemetry.NETWORK_PROTOCOL_VERSION, networkVersion);
        }
        String requestId = requestId(id);
        if (requestId != null) {
            builder.setAttribute(OtelTelemetry.REQUEST_ID, requestId);
        }
        if (this.target != null) {
            switch (kind) {
                case TOOL -> builder.setAttribute(OtelTelemetry.TOOL, this.target).setAttribute(OtelTelemetry.OPERATION, Names.EXECUTE_TOOL);
                case PROMPT -> builder.setAttribute(OtelTelemetry.PROMPT, this.target);
                case RESOURCE -> builder.setAttribute(OtelTelemetry.RESOURCE_URI, this.target);
                case NONE -> { }
            }
        }
        if (telemetry.callerAttributes && request.getUserPrincipal() != null) {
            builder.setAttribute(OtelTelemetry.USER_ID, request.getUserPrincipal().getName());
        }
        parent(builder, meta, request);
        this.span = builder.startSpan();
    }

    private void parent(SpanBuilder builder, JsonObject meta, HttpServletRequest request) {
        Context ambient = Context.current();
        SpanContext ambientSpan = Span.fromContext(ambient).getSpanContext();
        Context transport = ambientSpan.isValid() ? ambient
                : telemetry.propagator.extract(Context.root(), request, Carriers.HEADERS);
        SpanContext transportSpan = Span.fromContext(transport).getSpanContext();
        Context fromMeta = meta == null ? null : telemetry.propagator.extract(Context.root(), meta, Carriers.JSON);
        SpanContext metaSpan = fromMeta == null ? SpanContext.getInvalid() : Span.fromContext(fromMeta).getSpanContext();
        if (!telemetry.clientContextIsParent) {
            // Only the server's own span (its HTTP instrumentation, configured by the operator) may be the parent;
            // whatever the caller sent, in _meta or the headers, is a link of a new trace the server's sampler decides.
            if (ambientSpan.isValid() && !ambientSpan.isRemote()) {
                builder.setParent(ambient);
            } else {
                builder.setNoParent();
                if (transportSpan.isValid()) {
                    builder.addLink(transportSpan);
                }
            }
            if (metaSpan.isValid() && !metaSpan.equals(transportSpan)) {
                builder.addLink(metaSpan);
            }
            return;
        }
        if (metaSpan.isValid()) {
            builder.setParent(fromMeta);
            if (transportSpan.isValid() && !transportSpan.equals(metaSpan)) {
                builder.addLink(transportSpan);
            }
            return;
        }
        builder.setParent(transport);
    }

    /** {@code HTTP/1.1} is {@code 1.1}, {@code HTTP/2.0} is {@code 2}, as the conventions write them. */
    private static String networkVersion(String protocol) {
        if (protocol == null || !protocol.startsWith("HTTP/")) {
            return null;
        }
        String version = protocol.substring("HTTP/".length());
        return version.endsWith(".0") ? version.substring(0, version.length() - 2) : version;
    }

    /** The id as the conventions want it: a string's value, a number's text; none for {@code null}. */
    private static String requestId(JsonValue id) {
        if (id instanceof JsonString text) {
            return bounded(text.getString(), MAX_NAME);
        }
        return id instanceof JsonNumber number ? bounded(number.toString(), MAX_NAME) : null;
    }

    /** A value the client chose, cut to {@code max} characters (never between the two halves of a surrogate pair). */
    static String bounded(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    @Override
    public void protocolVersion(String version) {
        this.protocolVersion = version;
        span.setAttribute(OtelTelemetry.PROTOCOL_VERSION, version);
    }

    @Override
    public Telemetry.Scope enter() {
        return span.makeCurrent()::close;
    }

    @Override
    public void end(int status, JsonObject body) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        String code = OtelTelemetry.errorCode(body);
        String errorType = code != null ? code : OtelTelemetry.isErrorResult(body) ? Names.TOOL_ERROR : null;
        if (code != null) {
            span.setAttribute(OtelTelemetry.STATUS_CODE, code);
        }
        end(errorType, errorType == null ? null : code != null ? OtelTelemetry.errorMessage(body) : Names.TOOL_ERROR, status);
        telemetry.count(status, body, method);
        if (Names.TOOL_ERROR.equals(errorType) && named && telemetry.metrics) {
            telemetry.toolErrors.add(1, Attributes.of(OtelTelemetry.TOOL, target));
        }
    }

    @Override
    public void abandoned() {
        if (ended.compareAndSet(false, true)) {
            end(Names.CANCELLED, "The client left before the answer", null);
        }
    }

    /** @param status the HTTP status of the answer; {@code null} when none was written (the client left) */
    private void end(String errorType, String message, Integer status) {
        if (errorType != null) {
            span.setAttribute(OtelTelemetry.ERROR_TYPE, errorType);
            span.setStatus(StatusCode.ERROR, message == null ? "" : bounded(message, MAX_MESSAGE));
        }
        span.end();
        if (!telemetry.metrics) {
            return;
        }
        AttributesBuilder attributes = Attributes.builder().put(OtelTelemetry.METHOD, method)
                .put(OtelTelemetry.NETWORK_PROTOCOL_NAME, "http").put(OtelTelemetry.NETWORK_TRANSPORT, "tcp");
        if (networkVersion != null) {
            attributes.put(OtelTelemetry.NETWORK_PROTOCOL_VERSION, networkVersion);
        }
        if (protocolVersion != null) {
            attributes.put(OtelTelemetry.PROTOCOL_VERSION, protocolVersion);
        }
        if (status != null) {
            // The few statuses the server answers with, never the client's choice: splits -32603 of a bug (500) from
            // that of a refusal (429) or an unavailable server (503).
            attributes.put(OtelTelemetry.HTTP_STATUS, (long) status);
        }
        if (named) {
            attributes.put(kind == Target.TOOL ? OtelTelemetry.TOOL : OtelTelemetry.PROMPT, target);
        }
        if (kind == Target.TOOL) {
            attributes.put(OtelTelemetry.OPERATION, Names.EXECUTE_TOOL);
        }
        if (errorType != null) {
            attributes.put(OtelTelemetry.ERROR_TYPE, errorType);
            if (!Names.TOOL_ERROR.equals(errorType) && !Names.CANCELLED.equals(errorType)) {
                attributes.put(OtelTelemetry.STATUS_CODE, errorType);
            }
        }
        telemetry.duration.record((System.nanoTime() - started) / 1e9, attributes.build());
    }

    @Override
    public void streamOpened() {
        telemetry.eventStreams.add(1);
    }

    @Override
    public void streamClosed() {
        telemetry.eventStreams.add(-1);
    }
}
