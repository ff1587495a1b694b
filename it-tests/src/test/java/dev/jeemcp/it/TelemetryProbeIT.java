package dev.jeemcp.it;

import dev.jeemcp.it.infra.OtlpReceiver;
import dev.jeemcp.it.infra.Server;
import dev.jeemcp.it.infra.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

class TelemetryProbeIT {
    @Test
    void exports() throws Exception {
        try (OtlpReceiver receiver = OtlpReceiver.start()) {
            WebArchive war = ShrinkWrap.create(WebArchive.class, "probe.war").addPackage(dev.jeemcp.it.probe.Hello.class.getPackage());
            List<String> props = List.of("otel.sdk.disabled=false", "otel.traces.exporter=otlp", "otel.metrics.exporter=otlp",
                    "otel.logs.exporter=none", "otel.exporter.otlp.protocol=http/protobuf",
                    "otel.exporter.otlp.endpoint=" + receiver.endpoint(), "otel.bsp.schedule.delay=100",
                    "otel.metric.export.interval=1000", "otel.service.name=probe", "otel.resource.attributes=service.instance.id=probe-a");
            try (ServerProcess p = Server.current().start(war, "probe", props)) {
                URI hello = URI.create(p.endpoint().toString().replace("/mcp", "/api/hello"));
                for (int i = 0; i < 180; i++) {
                    try { if (HttpClient.newHttpClient().send(HttpRequest.newBuilder(hello).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) break; } catch (java.io.IOException e) { }
                    Thread.sleep(1000);
                }
                for (int i = 0; i < 5; i++) {
                    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(hello)
                            .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01").build(), HttpResponse.BodyHandlers.ofString());
                    System.out.println("PROBE status " + r.statusCode() + " " + r.body());
                    Thread.sleep(1000);
                }
                Thread.sleep(5000);
                receiver.spans().forEach(s -> System.out.println("PROBE span " + s));
                receiver.points().stream().map(x -> x.metric()).distinct().forEach(s -> System.out.println("PROBE metric " + s));
                System.out.println("PROBE log tail " + p.log().substring(Math.max(0, p.log().length() - 4000)));
            }
        }
    }
}
