package dev.jeemcp.mcp.internal.telemetry;

import static io.opentelemetry.api.common.AttributeKey.stringKey;

import dev.jeemcp.mcp.internal.Json;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Telemetry through an {@link OpenTelemetry}: the one MicroProfile Telemetry offers as a CDI bean where there is one
 * (Payara, WildFly, and a producer of the application's own), else {@link GlobalOpenTelemetry} (the Java agent, or
 * the SDK the application set up on Tomcat). The only classes naming OpenTelemetry's types are this one, the
 * exchange and run it starts, and {@link Carriers}.
 */
final class OtelTelemetry implements Telemetry {

    static final AttributeKey<String> METHOD = stringKey(Names.MCP_METHOD_NAME);
    static final AttributeKey<String> PROTOCOL_VERSION = stringKey(Names.MCP_PROTOCOL_VERSION);
    static final AttributeKey<String> TOOL = stringKey(Names.GEN_AI_TOOL_NAME);
    static final AttributeKey<String> PROMPT = stringKey(Names.GEN_AI_PROMPT_NAME);
    static final AttributeKey<String> OPERATION = stringKey(Names.GEN_AI_OPERATION_NAME);
    static final AttributeKey<String> RESOURCE_URI = stringKey(Names.MCP_RESOURCE_URI);
    static final AttributeKey<String> REQUEST_ID = stringKey(Names.JSONRPC_REQUEST_ID);
    static final AttributeKey<String> STATUS_CODE = stringKey(Names.RPC_RESPONSE_STATUS_CODE);
    static final AttributeKey<String> ERROR_TYPE = stringKey(Names.ERROR_TYPE);
    static final AttributeKey<String> NETWORK_PROTOCOL_NAME = stringKey(Names.NETWORK_PROTOCOL_NAME);
    static final AttributeKey<String> NETWORK_PROTOCOL_VERSION = stringKey(Names.NETWORK_PROTOCOL_VERSION);
    static final AttributeKey<String> NETWORK_TRANSPORT = stringKey(Names.NETWORK_TRANSPORT);
    static final AttributeKey<String> CLIENT_ADDRESS = stringKey(Names.CLIENT_ADDRESS);
    static final AttributeKey<Long> CLIENT_PORT = AttributeKey.longKey(Names.CLIENT_PORT);
    static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey(Names.HTTP_RESPONSE_STATUS_CODE);
    static final AttributeKey<String> USER_ID = stringKey(Names.USER_ID);
    static final AttributeKey<String> TENANT = stringKey(Names.TENANT);
    static final AttributeKey<String> TASK_ID = stringKey(Names.TASK_ID);
    static final AttributeKey<String> TASK_STATUS = stringKey(Names.TASK_STATUS);

    /** The header and {@code _meta} member of W3C's vendor trace state. */
    private static final String W3C_TRACESTATE = "tracestate";
    /** The longest tracestate kept with a task: W3C's recommended limit for what a platform propagates. */
    static final int MAX_STORED_TRACESTATE = 512;

    /** The MCP conventions' advice for {@code mcp.server.operation.duration}, in seconds. */
    private static final List<Double> DURATION_BUCKETS = List.of(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0,
            60.0, 120.0, 300.0);

    /**
     * What an SDK's {@code toString} says when it has no span processor, or no metric reader: whatever it is given goes
     * nowhere. The SDK's description is the only public view of that (see {@link #of}).
     */
    static final String NO_SPAN_PROCESSOR = "spanProcessor=NoopSpanProcessor";
    static final String NO_METRIC_READER = "metricReaders=[]";
    /** How the SDK's description of itself, and of its two providers, begins (SDK 1.29 to 1.68 alike). */
    private static final String SDK = "OpenTelemetrySdk{";
    private static final String TRACER_PROVIDER = "tracerProvider=SdkTracerProvider{";
    private static final String METER_PROVIDER = "meterProvider=SdkMeterProvider{";

    final Tracer tracer;
    final TextMapPropagator propagator;
    /** Whether spans go anywhere: without a processor the tracer is the no-op one. */
    private final boolean traces;
    /** Whether metrics go anywhere: without a reader the request's metric attributes are not even built. */
    final boolean metrics;
    final boolean callerAttributes;
    /** Whether the caller's trace context is the request span's parent ({@code parent}) or only a link ({@code link}). */
    final boolean clientContextIsParent;
    final DoubleHistogram duration;
    final LongCounter toolErrors;
    final LongCounter protocolErrors;
    final LongCounter unavailable;
    final LongUpDownCounter eventStreams;
    private final LongCounter taskTransitions;
    private final LongCounter handleConflicts;

    private OtelTelemetry(OpenTelemetry openTelemetry, boolean traces, boolean metrics, boolean callerAttributes,
            boolean clientContextIsParent) {
        this.clientContextIsParent = clientContextIsParent;
        this.traces = traces;
        this.metrics = metrics;
        String version = OtelTelemetry.class.getPackage().getImplementationVersion();
        TracerProvider tracers = traces ? openTelemetry.getTracerProvider() : TracerProvider.noop();
        this.tracer = version == null ? tracers.get(Names.INSTRUMENTATION_SCOPE) : tracers.get(Names.INSTRUMENTATION_SCOPE, version);
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.callerAttributes = callerAttributes;
        var meterBuilder = (metrics ? openTelemetry.getMeterProvider() : MeterProvider.noop()).meterBuilder(Names.INSTRUMENTATION_SCOPE);
        Meter meter = (version == null ? meterBuilder : meterBuilder.setInstrumentationVersion(version)).build();
        DoubleHistogramBuilder durations = meter.histogramBuilder(Names.OPERATION_DURATION).setUnit("s")
                .setDescription("The duration of the MCP request as observed on the server, from its parsing to its answer");
        adviseBuckets(durations);
        this.duration = durations.build();
        this.toolErrors = meter.counterBuilder(Names.TOOL_ERROR_RESULTS).setUnit("{result}")
                .setDescription("Tool results with isError true: the tool reported a failure to the model").build();
        this.protocolErrors = meter.counterBuilder(Names.PROTOCOL_ERRORS).setUnit("{error}")
                .setDescription("Answers that are JSON-RPC errors, by code").build();
        this.unavailable = meter.counterBuilder(Names.UNAVAILABLE).setUnit("{answer}")
                .setDescription("Answers with HTTP status 503: the server is saturated or its database unreachable").build();
        this.eventStreams = meter.upDownCounterBuilder(Names.EVENT_STREAMS).setUnit("{stream}")
                .setDescription("Event streams (text/event-stream responses) open now").build();
        this.taskTransitions = meter.counterBuilder(Names.TASK_TRANSITIONS).setUnit("{transition}")
                .setDescription("Tasks that entered a status, by status").build();
        this.handleConflicts = meter.counterBuilder(Names.HANDLE_CONFLICTS).setUnit("{conflict}")
                .setDescription("Handle updates and deletes that lost to a concurrent one (optimistic locking)").build();
    }

    /** The application's OpenTelemetry, or {@code null} when it records nothing (the SDK is disabled or absent). */
    static Telemetry find(boolean callerAttributes, boolean clientContextIsParent) {
        OpenTelemetry found = fromCdi();
        return of(found == null ? GlobalOpenTelemetry.get() : found, callerAttributes, clientContextIsParent);
    }

    /**
     * Telemetry through {@code openTelemetry}, or {@code null} when neither its spans nor its metrics go anywhere: the
     * no-op API (MicroProfile Telemetry with otel.sdk.disabled=true on WildFly, nothing set up), or an SDK with no span
     * processor and no metric reader. The latter is what Payara 6 and 7 hand out with MicroProfile Telemetry off
     * (their {@code OpenTelemetryService} builds an empty SDK), and SDK 1.29 (Payara 6's) still builds a recording span
     * for every request there, which cost 6 % of an echo call's CPU (bench/profile.sh). Only the SDK's description
     * tells, through the CDI proxy too; should its wording change, telemetry stays on: slower, never wrong.
     */
    static Telemetry of(OpenTelemetry openTelemetry, boolean callerAttributes, boolean clientContextIsParent) {
        String described = String.valueOf(openTelemetry);
        boolean traces = openTelemetry.getTracerProvider() != TracerProvider.noop()
                && !describes(described, TRACER_PROVIDER, NO_SPAN_PROCESSOR);
        boolean metrics = openTelemetry.getMeterProvider() != MeterProvider.noop()
                && !describes(described, METER_PROVIDER, NO_METRIC_READER);
        if (!traces && !metrics) {
            return null;
        }
        return new OtelTelemetry(openTelemetry, traces, metrics, callerAttributes, clientContextIsParent);
    }

    /**
     * Whether an SDK's description says {@code what} of its provider {@code provider}: only within that provider's
     * own part (up to the next provider), and only for the SDK itself, so that no other object's description (an
     * application's wrapper, a resource attribute of another provider) can switch anything off.
     */
    private static boolean describes(String described, String provider, String what) {
        if (!described.startsWith(SDK)) {
            return false;
        }
        int start = described.indexOf(provider);
        if (start < 0) {
            return false;
        }
        int end = described.indexOf("Provider=", start + provider.length());
        String part = described.substring(start, end < 0 ? described.length() : end);
        return part.contains(what);
    }

    /** What goes to OpenTelemetry, for the log line that says so. */
    String recorded() {
        return !traces ? "metrics" : metrics ? "spans and metrics" : "spans";
    }

    /** MicroProfile Telemetry's bean, the one configured for this application; {@code null} without CDI or the bean. */
    private static OpenTelemetry fromCdi() {
        try {
            Instance<OpenTelemetry> bean = CDI.current().select(OpenTelemetry.class);
            return bean.isResolvable() ? bean.get() : null;
        } catch (IllegalStateException | LinkageError e) {
            return null; // no CDI container here (plain Tomcat, tests)
        }
    }

    /**
     * Gives the histogram the conventions' buckets where the API can take the advice (1.32 and later); the API this
     * library compiles against (Payara 6's, 1.29) cannot, so it is asked by name. Without it, the SDK's default
     * buckets apply unless a View sets them (docs/operations/telemetry.md).
     */
    private static void adviseBuckets(DoubleHistogramBuilder builder) {
        try {
            DoubleHistogramBuilder.class.getMethod("setExplicitBucketBoundariesAdvice", List.class).invoke(builder, DURATION_BUCKETS);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // an older API: no advice
        }
    }

    @Override
    public boolean isOn() {
        return true;
    }

    @Override
    public Exchange exchange(String method, Exchange.Target kind, String target, boolean known, JsonValue id, JsonObject meta,
            HttpServletRequest request) {
        return new OtelExchange(this, method, kind, target, known, id, meta, request);
    }

    @Override
    public void refused(int status, JsonObject body) {
        count(status, body, null);
    }

    /** Counts what the answer says: a JSON-RPC error by code, a 503. */
    void count(int status, JsonObject body, String method) {
        if (!metrics) {
            return;
        }
        if (status == 503) {
            unavailable.add(1, method == null ? Attributes.empty() : Attributes.of(METHOD, method));
        }
        String code = errorCode(body);
        if (code != null) {
            var attributes = Attributes.builder().put(STATUS_CODE, code).put(HTTP_STATUS, (long) status);
            if (method != null) {
                attributes.put(METHOD, method);
            }
            protocolErrors.add(1, attributes.build());
        }
    }

    /** The code of a JSON-RPC error response, as a string; {@code null} for a result. */
    static String errorCode(JsonObject body) {
        return body != null && body.get(Names.ERROR) instanceof JsonObject error && error.containsKey(Names.CODE)
                ? error.get(Names.CODE).toString() : null;
    }

    static String errorMessage(JsonObject body) {
        return body != null && body.get(Names.ERROR) instanceof JsonObject error ? error.getString(Names.MESSAGE, null) : null;
    }

    static boolean isErrorResult(JsonObject body) {
        return body != null && body.get(Names.RESULT) instanceof JsonObject result && result.getBoolean(Names.IS_ERROR, false);
    }

    @Override
    public JsonObject currentContext() {
        Context current = Context.current();
        // Without spans of the library's there is no run span for the stored context to link from.
        if (!traces || !Span.fromContext(current).getSpanContext().isValid()) {
            return null;
        }
        JsonObjectBuilder carrier = Json.PROVIDER.createObjectBuilder();
        // W3C whatever the configured propagator: what is stored must be readable by every instance, now and later.
        // The tracestate is the caller's (up to 32 members of 256 characters): stored with every task only within
        // W3C's recommended 512 characters, else dropped, as W3C lets a vendor do.
        W3CTraceContextPropagator.getInstance().inject(current, carrier, (into, key, value) -> {
            if (!W3C_TRACESTATE.equals(key) || value.length() <= MAX_STORED_TRACESTATE) {
                into.add(key, value);
            }
        });
        return carrier.build();
    }

    @Override
    public Run taskRun(String tool, String taskId, JsonObject creator) {
        SpanBuilder span = tracer.spanBuilder(Names.EXECUTE_TOOL + " " + tool).setSpanKind(SpanKind.INTERNAL).setNoParent()
                .setAttribute(OPERATION, Names.EXECUTE_TOOL).setAttribute(TOOL, tool).setAttribute(TASK_ID, taskId);
        if (creator != null) {
            SpanContext created = Span.fromContext(W3CTraceContextPropagator.getInstance()
                    .extract(Context.root(), creator, Carriers.JSON)).getSpanContext();
            if (created.isValid()) {
                span.addLink(created);
            }
        }
        return new OtelRun(span.startSpan());
    }

    @Override
    public void taskTransition(String status) {
        if (metrics) {
            taskTransitions.add(1, Attributes.of(TASK_STATUS, status));
        }
    }

    @Override
    public void handleConflict() {
        handleConflicts.add(1);
    }

    @Override
    public boolean recordsCaller() {
        return callerAttributes;
    }

    @Override
    public void tenant(String tenant) {
        if (callerAttributes && tenant != null) {
            Span.current().setAttribute(TENANT, tenant);
        }
    }
}
