package dev.jeemcp.mcp.internal.telemetry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
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
        OtelTelemetry telemetry = (OtelTelemetry) OtelTelemetry.of(OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(InMemorySpanExporter.create())).build())
                .build(), false, true);
        assertNotNull(telemetry);
        assertTrue(telemetry.tracer.spanBuilder("tools/call").startSpan().isRecording());
        assertFalse(telemetry.metrics);
    }

    @Test
    void metricsWithoutASpanProcessorStartNoRecordingSpan() {
        OtelTelemetry telemetry = (OtelTelemetry) OtelTelemetry.of(OpenTelemetrySdk.builder()
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(InMemoryMetricReader.create()).build())
                .build(), false, true);
        assertNotNull(telemetry);
        assertTrue(telemetry.metrics);
        assertFalse(telemetry.tracer.spanBuilder("tools/call").startSpan().isRecording(),
                "an empty SDK 1.29 records every span it is given; nothing should reach it");
    }
}
