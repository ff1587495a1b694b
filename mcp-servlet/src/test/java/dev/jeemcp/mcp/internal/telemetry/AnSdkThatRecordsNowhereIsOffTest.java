package dev.jeemcp.mcp.internal.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Telemetry is off when what the application offers records nowhere: an OpenTelemetry SDK with no span processor
 * and no metric reader (Payara's bean with MicroProfile Telemetry off) costs a request nothing, as the no-op API does.
 * Spans and metrics are each on only where they go somewhere.
 */
class AnSdkThatRecordsNowhereIsOffTest {

    @Test
    void anEmptySdkIsOff() {
        assertNull(OtelTelemetry.of(OpenTelemetrySdk.builder().build(), false, true));
    }

    @Test
    void theNoOpApiIsOff() {
        assertNull(OtelTelemetry.of(OpenTelemetry.noop(), false, true));
    }

    @Test
    void spansWithoutAMetricReaderBuildNoMetrics() {
        OtelTelemetry telemetry = (OtelTelemetry) OtelTelemetry.of(spansTo(InMemorySpanExporter.create()), false, true);
        assertNotNull(telemetry);
        assertTrue(telemetry.tracer.spanBuilder("tools/call").startSpan().isRecording());
        assertFalse(telemetry.metrics);
    }

    @Test
    void metricsWithoutASpanProcessorStartNoRecordingSpan() {
        OtelTelemetry telemetry = (OtelTelemetry) OtelTelemetry.of(metricsTo(InMemoryMetricReader.create()), false, true);
        assertNotNull(telemetry);
        assertTrue(telemetry.metrics);
        assertFalse(telemetry.tracer.spanBuilder("tools/call").startSpan().isRecording(),
                "an empty SDK 1.29 records every span it is given; nothing should reach it");
    }

    @Test
    void anExchangeWithSpansOnlyEndsItsSpanAndBuildsNoMetrics() {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        OtelTelemetry telemetry = (OtelTelemetry) OtelTelemetry.of(spansTo(spans), false, true);
        telemetry.exchange("tools/call", Exchange.Target.TOOL, "quote", true, Json.createValue(1), null, request())
                .end(200, ERROR);
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertEquals("tools/call quote", span.getName());
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    }

    @Test
    void anExchangeWithMetricsOnlyRecordsItsDuration() {
        InMemoryMetricReader metrics = InMemoryMetricReader.create();
        OtelTelemetry telemetry = (OtelTelemetry) OtelTelemetry.of(metricsTo(metrics), false, true);
        telemetry.exchange("tools/call", Exchange.Target.TOOL, "quote", true, Json.createValue(1), null, request())
                .end(200, ERROR);
        assertTrue(metrics.collectAllMetrics().stream().anyMatch(metric -> metric.getName().equals(Names.OPERATION_DURATION)));
    }

    @Test
    void onlyTheSdksOwnDescriptionCounts() {
        // An application's own OpenTelemetry whose description happens to name both: it records, so it stays on.
        OpenTelemetry recording = spansTo(InMemorySpanExporter.create());
        OpenTelemetry wrapper = new OpenTelemetry() {
            @Override
            public TracerProvider getTracerProvider() {
                return recording.getTracerProvider();
            }

            @Override
            public MeterProvider getMeterProvider() {
                return recording.getMeterProvider();
            }

            @Override
            public ContextPropagators getPropagators() {
                return recording.getPropagators();
            }

            @Override
            public String toString() {
                return "wrapper of spanProcessor=NoopSpanProcessor{} and metricReaders=[]";
            }
        };
        assertNotNull(OtelTelemetry.of(wrapper, false, true));
    }

    private static final JsonObject ERROR = Json.createObjectBuilder()
            .add("error", Json.createObjectBuilder().add("code", -32603).add("message", "Internal error")).build();

    /** An SDK whose spans go to {@code exporter}, with no metric reader. */
    private static OpenTelemetrySdk spansTo(InMemorySpanExporter exporter) {
        return OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
                .build();
    }

    /** An SDK whose metrics go to {@code reader}, with no span processor. */
    private static OpenTelemetrySdk metricsTo(InMemoryMetricReader reader) {
        return OpenTelemetrySdk.builder().setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build()).build();
    }

    /** A request of a client at 127.0.0.1, with no headers. */
    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(AnSdkThatRecordsNowhereIsOffTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProtocol" -> "HTTP/1.1";
                    case "getRemoteAddr" -> "127.0.0.1";
                    case "getRemotePort" -> 50000;
                    case "getHeaderNames", "getHeaders" -> Collections.emptyEnumeration();
                    default -> null;
                });
    }
}
