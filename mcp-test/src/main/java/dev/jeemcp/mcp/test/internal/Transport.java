package dev.jeemcp.mcp.test.internal;

import dev.jeemcp.mcp.test.McpHttpError;
import dev.jeemcp.mcp.test.McpViolation;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * POSTs one JSON-RPC message to the endpoint and reads the answer, as JSON or as an event stream. The stream is read
 * event by event and left as soon as the response arrives (a server may keep it open with keep-alives), each
 * exchange has an overall deadline (the request timeout alone ends when the headers arrive), and a body is read up
 * to {@link #MAX_BODY_CHARS} only.
 */
public final class Transport {

    /** The default deadline of one exchange: a test that waits longer for one answer is hung, not slow. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    /** The most of one answer the kit reads: an endless or huge body is a fault, not something to buffer. */
    static final int MAX_BODY_CHARS = 16 * 1024 * 1024;

    /** One client for every test: it holds threads and a connection pool, which one per {@code connect()} would leak. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    /** Closes the body of an exchange past its deadline, which ends the blocked read. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "mcp-test-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final URI endpoint;
    private final Duration timeout;

    public Transport(URI endpoint) {
        this(endpoint, DEFAULT_TIMEOUT);
    }

    public Transport(URI endpoint, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a timeout is positive: " + timeout);
        }
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    public URI endpoint() {
        return endpoint;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Sends the message with the headers every client sends plus {@code headers}; fails on I/O as a test fails. */
    public Exchange post(JsonObject message, Map<String, String> headers) {
        String method = message.getString(WireNames.METHOD, "?");
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString(), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = null;
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            InputStream body = response.body();
            deadline = DEADLINES.schedule(() -> {
                expired.set(true);
                close(body);
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                Exchange exchange = read(method, response, reader);
                if (expired.get()) {
                    throw timedOut(method);
                }
                return exchange;
            }
        } catch (java.net.http.HttpTimeoutException e) {
            throw timedOut(method);
        } catch (IOException e) {
            if (expired.get()) {
                throw timedOut(method);
            }
            throw new AssertionError("no answer from " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + endpoint, e);
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
    }

    private McpViolation timedOut(String method) {
        return new McpViolation(method + " is answered within " + timeout + " (McpClient.withTimeout) -- but " + endpoint
                + " had not sent the response by then");
    }

    private Exchange read(String method, HttpResponse<InputStream> response, BufferedReader reader) throws IOException {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (contentType.startsWith("text/event-stream")) {
            StringBuilder seen = new StringBuilder();
            List<JsonObject> messages = events(reader, seen);
            return new Exchange(status, response.headers(), seen.toString(), true, messages);
        }
        String body = readAll(reader);
        if (!contentType.startsWith("application/json")) {
            if (body.isBlank() && status < 300) {
                return new Exchange(status, response.headers(), body, false, List.of());
            }
            // A login form, a redirect, a proxy's page: the answer of something in front of the endpoint.
            throw new McpHttpError(method, status, response.headers(), body, null);
        }
        if (body.isBlank()) {
            return new Exchange(status, response.headers(), body, false, List.of());
        }
        JsonObject answer = parse(body);
        if (status >= 400 && status < 500 && answer.containsKey(WireNames.ERROR) && answer.get(WireNames.ID) == JsonValue.NULL
                && answer.get(WireNames.ERROR) instanceof JsonObject error) {
            // The transport refused the request before reading it (the bearer gate, a foreign Origin, 406/413/415):
            // JSON-RPC says such an error carries id null, so it is an HTTP refusal, not a response to this request.
            throw new McpHttpError(method, status, response.headers(), body, error);
        }
        return new Exchange(status, response.headers(), body, false, List.of(answer));
    }

    private static String readAll(BufferedReader reader) throws IOException {
        StringBuilder body = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read; (read = reader.read(buffer)) != -1;) {
            body.append(buffer, 0, read);
            tooLong(body.length());
        }
        return body.toString();
    }

    private static void tooLong(long length) {
        if (length > MAX_BODY_CHARS) {
            throw new McpViolation("an answer is at most " + MAX_BODY_CHARS + " characters long (the kit's bound) -- but it went on");
        }
    }

    /**
     * The data of each event, one JSON-RPC message per event, up to and including the first response (a message with
     * a result or an error); comments (keep-alives) and empty events skipped. {@code seen} receives the text read.
     */
    static List<JsonObject> events(BufferedReader reader, StringBuilder seen) throws IOException {
        List<JsonObject> messages = new ArrayList<>();
        StringBuilder data = new StringBuilder();
        long[] read = {0};
        for (String line; (line = line(reader, read)) != null;) {
            if (seen.length() < 4096) {
                seen.append(line).append('\n');
            }
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    JsonObject message = parse(data.toString());
                    messages.add(message);
                    data.setLength(0);
                    if (message.containsKey(WireNames.RESULT) || message.containsKey(WireNames.ERROR)) {
                        return messages;
                    }
                }
            } else if (line.startsWith("data:")) {
                if (data.length() > 0) {
                    data.append('\n');
                }
                data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
            }
        }
        if (data.length() > 0) {
            messages.add(parse(data.toString()));
        }
        return messages;
    }

    /** One line (without its end: CR, LF or CRLF), or null at the end; {@code read} counts every character, bounded. */
    private static String line(BufferedReader reader, long[] read) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = reader.read()) != -1;) {
            tooLong(++read[0]);
            if (c == '\n') {
                return line.toString();
            }
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                return line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    /** The events of a whole stream held as text (tests of the parser). */
    static List<JsonObject> events(String body) {
        try {
            return events(new BufferedReader(new StringReader(body)), new StringBuilder());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the read it ends reports the timeout
        }
    }

    static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new McpViolation("a JSON-RPC message must be a JSON object, got: " + abbreviate(text));
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new McpViolation("the answer is not JSON: " + abbreviate(text));
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }
}
