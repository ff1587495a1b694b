package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The caller's tenant is personal data: the catalog puts it ({@code jeemcp.tenant}, as the handle store keeps it) on
 * the request's span only when {@code mcp.telemetry.callerAttributes} is {@code true}.
 */
class CallerTenantAttributeTest {

    private static final String CALLER_ATTRIBUTES = "mcp.telemetry.callerAttributes";

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();

    @AfterEach
    void reset() {
        System.clearProperty(CALLER_ATTRIBUTES);
        GlobalOpenTelemetry.resetForTest();
    }

    /** The tenant on the span that is current while bob's request is served. */
    private String tenantOnTheSpan(boolean callerAttributes) {
        if (callerAttributes) {
            System.setProperty(CALLER_ATTRIBUTES, "true");
        }
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build());
        try (CatalogFixture fixture = new CatalogFixture(PricingTools.class)) {
            Span request = GlobalOpenTelemetry.getTracer("test").spanBuilder("tools/call quote").startSpan();
            try (var scope = request.makeCurrent()) {
                fixture.catalog.serving(TestRequests.caller("bob"), () -> null);
            } finally {
                request.end();
            }
        }
        return spans.getFinishedSpanItems().get(0).getAttributes().get(AttributeKey.stringKey("jeemcp.tenant"));
    }

    @Test
    void byDefaultTheTenantIsNotOnTheSpan() {
        assertNull(tenantOnTheSpan(false));
    }

    @Test
    void whenConfiguredTheTenantIsOnTheSpan() {
        assertEquals("user:bob", tenantOnTheSpan(true));
    }
}
