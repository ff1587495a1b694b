package dev.jeemcp.mcp.internal.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.TraceStateBuilder;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The trace context a task keeps in its {@code REQUEST} row comes from what the caller sent: only the
 * {@code traceparent} and a {@code tracestate} of at most 512 characters (W3C's recommended limit) are stored, never
 * the 32 members of up to 256 characters each a caller may send (about 8 KB in every task's row).
 */
class WhatATaskStoresOfTheTraceIsBoundedTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @AfterEach
    void reset() {
        GlobalOpenTelemetry.resetForTest();
    }

    private static JsonObject storedUnder(TraceState state) {
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build());
        Telemetry telemetry = Telemetry.withoutContext();
        Span callers = Span.wrap(SpanContext.createFromRemoteParent(TRACE, SPAN, TraceFlags.getSampled(), state));
        try (var scope = callers.makeCurrent()) {
            return telemetry.currentContext();
        }
    }

    @Test
    void aLongTracestateIsNotStored() {
        TraceStateBuilder huge = TraceState.builder();
        for (int i = 0; i < 32; i++) {
            huge.put("vendor" + i, "v".repeat(250));
        }
        JsonObject stored = storedUnder(huge.build());
        assertEquals(Set.of("traceparent"), stored.keySet(), "the tracestate beyond 512 characters is dropped");
        assertEquals("00-" + TRACE + "-" + SPAN + "-01", stored.getString("traceparent"));
    }

    @Test
    void aShortTracestateIsStored() {
        JsonObject stored = storedUnder(TraceState.builder().put("congo", "t61rcWkgMzE").build());
        assertEquals("congo=t61rcWkgMzE", stored.getString("tracestate"));
    }
}
