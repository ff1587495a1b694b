package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A task's run is a trace of its own, linked to the span of the request that created the task: the creator's context
 * is stored with the task (in its stored request, so any instance that runs it can link), and the run's span links to
 * it. Every transition the task makes is counted by status.
 */
class ATaskRunLinksToItsCreatorTest {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();

    @AfterEach
    void reset() {
        GlobalOpenTelemetry.resetForTest();
    }

    @Test
    void theRunLinksToTheCreatingSpanAndTransitionsAreCounted() {
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build()).build());
        try (TaskFixture fixture = new TaskFixture(Database.H2)) {
            Span creator = GlobalOpenTelemetry.getTracer("test").spanBuilder("tools/call underwrite").startSpan();
            TaskInfo started;
            try (var scope = creator.makeCurrent()) {
                started = fixture.start("alice", "underwrite", "{\"quote\":\"quote_1\"}");
            } finally {
                creator.end();
            }
            fixture.awaitSettled("alice", started.taskId());
            TaskFixture.fixtureAwait(() -> spans.getFinishedSpanItems().stream().anyMatch(s -> s.getName().equals("execute_tool underwrite")));

            SpanData run = spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals("execute_tool underwrite"))
                    .findFirst().orElseThrow();
            assertFalse(run.getParentSpanContext().isValid(), "a run is a trace of its own");
            assertEquals(1, run.getLinks().size());
            assertEquals(creator.getSpanContext().getSpanId(), run.getLinks().get(0).getSpanContext().getSpanId());
            assertEquals(creator.getSpanContext().getTraceId(), run.getLinks().get(0).getSpanContext().getTraceId());
            assertEquals(started.taskId(), run.getAttributes().get(AttributeKey.stringKey("jeemcp.task.id")));

            Map<String, Long> transitions = metrics.collectAllMetrics().stream()
                    .filter(metric -> metric.getName().equals("jeemcp.task.transitions"))
                    .flatMap(metric -> metric.getLongSumData().getPoints().stream())
                    .collect(Collectors.toMap(point -> point.getAttributes().get(AttributeKey.stringKey("jeemcp.task.status")),
                            LongPointData::getValue));
            assertEquals(Map.of("created", 1L, "completed", 1L), transitions);
        }
    }
}
