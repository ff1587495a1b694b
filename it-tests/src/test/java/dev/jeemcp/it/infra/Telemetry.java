package dev.jeemcp.it.infra;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Instances of the sample with OpenTelemetry switched on and exporting to a test's {@link OtlpReceiver}, configured as
 * an operator would: MicroProfile Telemetry's {@code otel.*} properties on Payara and WildFly (system properties are
 * a MicroProfile Config source), the same properties for the OpenTelemetry SDK the application brings on Tomcat.
 */
public final class Telemetry {

    private Telemetry() {
    }

    /** The {@code otel.*} settings of one instance: OTLP over HTTP to the receiver, exported quickly, named by instance. */
    public static List<String> settings(OtlpReceiver receiver, String instance) {
        return List.of("otel.sdk.disabled=false", "otel.java.global-autoconfigure.enabled=true",
                "otel.traces.exporter=otlp", "otel.metrics.exporter=otlp", "otel.logs.exporter=none",
                "otel.exporter.otlp.protocol=http/protobuf", "otel.exporter.otlp.endpoint=" + receiver.endpoint(),
                "otel.bsp.schedule.delay=100", "otel.metric.export.interval=1000", "otel.service.name=sample",
                "otel.resource.attributes=service.instance.id=" + instance);
    }

    /** Starts the sample (not waiting for it) with the shared database and these settings besides the telemetry's. */
    public static ServerProcess startTracedSample(String name, OtlpReceiver receiver, List<String> settings) throws IOException {
        List<String> properties = new ArrayList<>(SharedDatabase.sampleProperties());
        properties.addAll(settings(receiver, name));
        properties.addAll(settings);
        return Server.current().startTracedSample(name, properties);
    }
}
