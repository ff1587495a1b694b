package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleConflictException;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An update or a delete of a handle that lost to a concurrent one (it was read at a version that is gone) counts in
 * {@code jeemcp.handle.conflicts}; updates and deletes that apply count nothing.
 */
class HandleConflictsAreCountedTest {

    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();

    @AfterEach
    void reset() {
        GlobalOpenTelemetry.resetForTest();
    }

    private long conflicts() {
        return metrics.collectAllMetrics().stream().filter(metric -> metric.getName().equals("jeemcp.handle.conflicts"))
                .flatMap(metric -> metric.getLongSumData().getPoints().stream()).mapToLong(LongPointData::getValue).sum();
    }

    @Test
    void aLostUpdateAndALostDeleteAreCounted() {
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(OpenTelemetrySdk.builder()
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build()).build());
        StoreFixture store = StoreFixture.on(Database.H2);
        // The store decides its telemetry on first use: reading the settings again makes it take this test's.
        store.withSettings(Map.of(), () -> store.as("racer", () -> {
            Handle<Quote> read = store.handles().create(new Quote("MOTOR", BigDecimal.ONE, List.of()));
            Handle<Quote> updated = store.handles().update(read, read.value().with("first"));
            assertEquals(0, conflicts(), "an update that applies is no conflict");
            assertThrows(HandleConflictException.class, () -> store.handles().update(read, read.value().with("second")));
            assertEquals(1, conflicts());
            assertThrows(HandleConflictException.class, () -> store.handles().delete(read));
            assertEquals(2, conflicts());
            store.handles().delete(updated);
            assertEquals(2, conflicts(), "a delete that applies is no conflict");
            return null;
        }));
    }
}
