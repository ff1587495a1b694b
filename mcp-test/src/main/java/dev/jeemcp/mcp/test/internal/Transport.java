package dev.jeemcp.mcp.test.internal;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** POSTs one JSON-RPC message to the endpoint and reads the answer, as JSON or as an event stream. */
public final class Transport {

    /** A test that waits longer than this for one answer is hung, not slow. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final URI endpoint;

    public Transport(URI endpoint) {
        this.endpoint = endpoint;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Sends the message with the headers every client sends plus {@code headers}; fails on I/O as a test fails. */
    public Exchange post(JsonObject message, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString(), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            boolean stream = contentType.startsWith("text/event-stream");
            if (response.statusCode() >= 400 && !stream && !contentType.startsWith("application/json")) {
                throw new dev.jeemcp.mcp.test.McpHttpError(message.getString(WireNames.METHOD, "?"), response.statusCode(),
                        response.headers(), response.body());
            }
            List<JsonObject> messages = response.body().isBlank() ? List.of()
                    : stream ? events(response.body()) : List.of(parse(response.body()));
            return new Exchange(response.statusCode(), response.headers(), response.body(), stream, messages);
        } catch (IOException e) {
            throw new AssertionError("no answer from " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + endpoint, e);
        }
    }

    /** The data of each event, one JSON-RPC message per event; comments (keep-alives) and empty events skipped. */
    static List<JsonObject> events(String body) {
        List<JsonObject> messages = new ArrayList<>();
        StringBuilder data = new StringBuilder();
        for (String line : (body + "\n\n").split("\r\n|\r|\n", -1)) {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    messages.add(parse(data.toString()));
                    data.setLength(0);
                }
            } else if (line.startsWith("data:")) {
                if (data.length() > 0) {
                    data.append('\n');
                }
                data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
            }
        }
        return messages;
    }

    static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new dev.jeemcp.mcp.test.McpViolation("a JSON-RPC message must be a JSON object, got: " + abbreviate(text));
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new dev.jeemcp.mcp.test.McpViolation("the answer is not JSON: " + abbreviate(text));
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }
}
