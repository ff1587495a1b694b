package dev.jeemcp.it.infra;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A real OTLP/HTTP receiver on loopback for the telemetry tests: the servers' own OpenTelemetry exporters send it
 * spans ({@code /v1/traces}) and metrics ({@code /v1/metrics}) as protobuf, as they would to a collector, and the
 * test reads what arrived. Decoded with the protocol's generated classes; nothing is interpreted beyond flattening
 * attributes to strings.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** A span as received, with its resource's attributes (which instance sent it). */
    public record ReceivedSpan(Map<String, String> resource, String traceId, String spanId, String parentSpanId, String name,
            int kind, Map<String, String> attributes, List<String> linkedSpanIds, int statusCode) {

        /** OTLP's SPAN_KIND_SERVER. */
        public static final int SERVER = 2;

        public String attribute(String key) {
            return attributes.get(key);
        }
    }

    /** One data point of a metric as received: a histogram's count, or a sum's or gauge's value, and its attributes. */
    public record ReceivedPoint(Map<String, String> resource, String metric, String unit, Map<String, String> attributes, double value) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<ReceivedPoint> points = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    public static OtlpReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        OtlpReceiver receiver = new OtlpReceiver(server);
        server.createContext("/v1/traces", exchange -> receiver.answer(exchange, body -> {
            receiver.addSpans(ExportTraceServiceRequest.parseFrom(body));
            return ExportTraceServiceResponse.getDefaultInstance().toByteArray();
        }));
        server.createContext("/v1/metrics", exchange -> receiver.answer(exchange, body -> {
            receiver.addPoints(ExportMetricsServiceRequest.parseFrom(body));
            return ExportMetricsServiceResponse.getDefaultInstance().toByteArray();
        }));
        // Logs are not asked for; a server that sends them anyway gets a success and is ignored.
        server.createContext("/v1/logs", exchange -> receiver.answer(exchange, body -> new byte[0]));
        server.start();
        return receiver;
    }

    /** The base address exporters are given ({@code otel.exporter.otlp.endpoint}). */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    public List<ReceivedPoint> points() {
        return List.copyOf(points);
    }

    /** Waits until a span matching the predicate has arrived (exporters send in batches) and returns the first. */
    public ReceivedSpan awaitSpan(Duration timeout, String what, Predicate<ReceivedSpan> predicate) {
        Poll.until(timeout, () -> spans.stream().anyMatch(predicate), what);
        return spans.stream().filter(predicate).findFirst().orElseThrow();
    }

    /** Waits until a data point matching the predicate has arrived (metrics are exported on an interval). */
    public ReceivedPoint awaitPoint(Duration timeout, String what, Predicate<ReceivedPoint> predicate) {
        Poll.until(timeout, () -> points.stream().anyMatch(predicate), what);
        List<ReceivedPoint> matching = points.stream().filter(predicate).toList();
        return matching.get(matching.size() - 1);
    }

    private interface Decoder {
        byte[] decode(byte[] body) throws IOException;
    }

    private void answer(HttpExchange exchange, Decoder decoder) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            byte[] response;
            try {
                response = decoder.decode(body);
            } catch (IOException malformed) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
            if (response.length > 0) {
                exchange.getResponseBody().write(response);
            }
        }
    }

    private void addSpans(ExportTraceServiceRequest request) {
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            Map<String, String> resource = flatten(resourceSpans.getResource().getAttributesList());
            for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
                for (var span : scope.getSpansList()) {
                    spans.add(new ReceivedSpan(resource, hex(span.getTraceId()), hex(span.getSpanId()), hex(span.getParentSpanId()),
                            span.getName(), span.getKindValue(), flatten(span.getAttributesList()),
                            span.getLinksList().stream().map(link -> hex(link.getSpanId())).toList(), span.getStatus().getCodeValue()));
                }
            }
        }
    }

    private void addPoints(ExportMetricsServiceRequest request) {
        for (ResourceMetrics resourceMetrics : request.getResourceMetricsList()) {
            Map<String, String> resource = flatten(resourceMetrics.getResource().getAttributesList());
            for (ScopeMetrics scope : resourceMetrics.getScopeMetricsList()) {
                for (Metric metric : scope.getMetricsList()) {
                    switch (metric.getDataCase()) {
                        case HISTOGRAM -> metric.getHistogram().getDataPointsList().forEach(point -> points.add(new ReceivedPoint(
                                resource, metric.getName(), metric.getUnit(), flatten(point.getAttributesList()), point.getCount())));
                        case SUM -> metric.getSum().getDataPointsList().forEach(point -> points.add(new ReceivedPoint(resource,
                                metric.getName(), metric.getUnit(), flatten(point.getAttributesList()), number(point))));
                        case GAUGE -> metric.getGauge().getDataPointsList().forEach(point -> points.add(new ReceivedPoint(resource,
                                metric.getName(), metric.getUnit(), flatten(point.getAttributesList()), number(point))));
                        default -> {
                            // exponential histograms and summaries: not asked for by the tests
                        }
                    }
                }
            }
        }
    }

    private static double number(io.opentelemetry.proto.metrics.v1.NumberDataPoint point) {
        return point.hasAsDouble() ? point.getAsDouble() : point.getAsInt();
    }

    private static Map<String, String> flatten(List<KeyValue> attributes) {
        Map<String, String> flat = new LinkedHashMap<>();
        attributes.forEach(attribute -> flat.put(attribute.getKey(), text(attribute.getValue())));
        return flat;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString();
        };
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
