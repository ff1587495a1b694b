package dev.jeemcp.mcp.internal.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.mcp.internal.Json;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A task's run, on whatever instance and however long after, is a trace of its own linked to the span that created
 * the task: the creator's context is kept as text with the task ({@link Telemetry#currentContext()}), read back from
 * the stored text, and the run's span links to it. The stored form is read here from its text, as another instance
 * reads the row.
 */
class ATaskRunLinksToItsCreatorTest {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();

    @AfterEach
    void reset() {
        GlobalOpenTelemetry.resetForTest();
    }

    @Test
    void theRunLinksToTheSpanThatCreatedTheTask() {
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build());
        Telemetry telemetry = Telemetry.withoutContext();
        Span creator = GlobalOpenTelemetry.getTracer("test").spanBuilder("tools/call slow_quote").startSpan();
        String stored;
        try (var scope = creator.makeCurrent()) {
            stored = telemetry.currentContext().toString();
        } finally {
            creator.end();
        }

        JsonObject readBack = Json.PROVIDER.createReader(new StringReader(stored)).readObject();
        Run run = telemetry.taskRun("slow_quote", "task-1", readBack);
        try (var scope = run.enter()) {
            // the tool's work
        }
        run.end(null, null);

        SpanData span = spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals("execute_tool slow_quote"))
                .findFirst().orElseThrow();
        assertEquals(SpanKind.INTERNAL, span.getKind());
        assertFalse(span.getParentSpanContext().isValid(), "a run is a trace of its own");
        assertEquals(1, span.getLinks().size());
        assertEquals(creator.getSpanContext().getTraceId(), span.getLinks().get(0).getSpanContext().getTraceId());
        assertEquals(creator.getSpanContext().getSpanId(), span.getLinks().get(0).getSpanContext().getSpanId());
        assertEquals("task-1", span.getAttributes().get(AttributeKey.stringKey("jeemcp.task.id")));
        assertEquals("slow_quote", span.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.name")));
    }
}
