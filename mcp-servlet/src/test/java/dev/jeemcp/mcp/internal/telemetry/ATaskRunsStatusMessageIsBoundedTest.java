package dev.jeemcp.mcp.internal.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A failed task run's message (which may quote the arguments the caller sent) goes into its span's status cut to 512
 * characters, as a request span's message is.
 */
class ATaskRunsStatusMessageIsBoundedTest {

    @AfterEach
    void reset() {
        GlobalOpenTelemetry.resetForTest();
    }

    @Test
    void theMessageIsCut() {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build());
        Run run = Telemetry.withoutContext().taskRun("slow_quote", "task-1", null);
        run.end("-32602", "Invalid params: " + "x".repeat(100_000));

        SpanData span = spans.getFinishedSpanItems().get(0);
        assertEquals(512, span.getStatus().getDescription().length());
        assertEquals("-32602", span.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("error.type")));
    }
}
