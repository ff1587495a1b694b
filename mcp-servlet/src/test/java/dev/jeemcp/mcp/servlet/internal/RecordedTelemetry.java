package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.fail;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;

/**
 * An OpenTelemetry SDK that keeps what it records in memory, installed as the global one (what the Java agent or an
 * application's own setup does on Tomcat) for the servers a test starts while it is open.
 */
final class RecordedTelemetry implements AutoCloseable {

    final InMemorySpanExporter spans = InMemorySpanExporter.create();
    final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk;

    RecordedTelemetry() {
        this(Sampler.parentBased(Sampler.alwaysOn()));
    }

    /** With that sampler instead of the SDK's default (the parent's decision, else always). */
    RecordedTelemetry(Sampler sampler) {
        sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().setSampler(sampler).addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(sdk);
    }

    /** The ended spans once there are {@code count} of them: a span ends just after its answer is written. */
    List<SpanData> awaitSpans(int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<SpanData> ended = spans.getFinishedSpanItems();
            if (ended.size() >= count) {
                return ended;
            }
            Thread.onSpinWait();
        }
        return fail("expected " + count + " spans, got " + spans.getFinishedSpanItems());
    }

    /** The metric of that name as collected now, if anything was recorded in it. */
    Optional<MetricData> metric(String name) {
        Collection<MetricData> collected = metrics.collectAllMetrics();
        return collected.stream().filter(metric -> metric.getName().equals(name)).findFirst();
    }

    /**
     * What {@code read} gives once it equals {@code expected}, else what it gives after ten seconds: counters are
     * recorded just after the answer is written, so a client may read the answer first. Not a timed assertion: the
     * caller asserts the value, whenever it came.
     */
    <T> T settled(Supplier<T> read, T expected) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        T value = read.get();
        while (!expected.equals(value) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            value = read.get();
        }
        return value;
    }

    /** The points of a long counter or up-down counter, by their attributes as {@code key} writes them. */
    Map<String, Long> longPoints(String name, Function<Attributes, String> key) {
        return metric(name).map(metric -> metric.getLongSumData().getPoints().stream()
                .collect(Collectors.toMap(point -> key.apply(point.getAttributes()), LongPointData::getValue, Long::sum)))
                .orElse(Map.of());
    }

    @Override
    public void close() {
        GlobalOpenTelemetry.resetForTest();
        sdk.getSdkTracerProvider().shutdown();
        sdk.getSdkMeterProvider().shutdown();
    }
}
