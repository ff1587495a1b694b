package dev.jeemcp.mcp.internal.telemetry;

import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;

/**
 * Where a propagator reads a trace context: a JSON object ({@code params._meta}, and the context stored with a task,
 * which has the same shape), or the HTTP request's headers. The propagator knows the names it reads
 * ({@code traceparent}, {@code tracestate}, {@code baggage} for W3C).
 */
final class Carriers {

    static final TextMapGetter<JsonObject> JSON = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(JsonObject carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(JsonObject carrier, String key) {
            return carrier != null && carrier.get(key) instanceof JsonString value ? value.getString() : null;
        }
    };

    static final TextMapGetter<HttpServletRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServletRequest carrier) {
            var names = carrier.getHeaderNames();
            return names == null ? List.of() : Collections.list(names);
        }

        @Override
        public String get(HttpServletRequest carrier, String key) {
            return carrier == null ? null : carrier.getHeader(key);
        }
    };

    private Carriers() {
    }
}
