package dev.jeemcp.mcp.test;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An MCP endpoint that answers what each test scripts, on the JDK's HTTP server: the kit's rules are about servers
 * that break the protocol, which the library's own server does not do, so a test that must see the kit fail needs
 * a server that answers wrong on purpose. The real server is exercised by the sample's and the integration tests.
 */
final class ScriptedServer implements AutoCloseable {

    /** One HTTP answer. */
    record Reply(int status, String contentType, String body, Map<String, String> headers, String repeatedForever) {

        Reply(int status, String contentType, String body, Map<String, String> headers) {
            this(status, contentType, body, headers, null);
        }

        /** This body, then {@code repeated} again and again until the client hangs up (keep-alives, an endless body). */
        Reply forever(String repeated) {
            return new Reply(status, contentType, body, headers, repeated);
        }

        static Reply json(String body) {
            return new Reply(200, "application/json", body, Map.of());
        }

        static Reply stream(String... events) {
            StringBuilder body = new StringBuilder();
            for (String event : events) {
                body.append("data: ").append(event).append("\n\n");
            }
            return new Reply(200, "text/event-stream", body.toString(), Map.of());
        }
    }

    /** A request as the server received it. */
    record Received(JsonObject message, Headers headers) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService handlers = java.util.concurrent.Executors.newCachedThreadPool();
    final List<Received> received = new CopyOnWriteArrayList<>();

    ScriptedServer(Function<Received, Reply> script) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/app/mcp", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonObject message = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
                Received request = new Received(message, exchange.getRequestHeaders());
                received.add(request);
                Reply reply = message.containsKey("id") ? script.apply(request) : new Reply(202, "application/json", "", Map.of());
                reply.headers().forEach(exchange.getResponseHeaders()::add);
                exchange.getResponseHeaders().add("Content-Type", reply.contentType());
                byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
                if (reply.repeatedForever() != null) {
                    exchange.sendResponseHeaders(reply.status(), 0);
                    byte[] repeated = reply.repeatedForever().getBytes(StandardCharsets.UTF_8);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                        while (true) { // until the client closes the connection and the write fails
                            out.write(repeated);
                            out.flush();
                            Thread.sleep(repeated.length > 1000 ? 0 : 20);
                        }
                    } catch (IOException | InterruptedException gone) {
                        return;
                    }
                }
                exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.setExecutor(handlers); // a handler streaming forever must not hold the dispatcher
        server.start();
    }

    McpClient client() {
        return McpClient.endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/app/mcp"));
    }

    /** A JSON-RPC response to this request with this result (JSON text). */
    static String result(Received request, String result) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + request.message().get("id") + ",\"result\":" + result + "}";
    }

    static String method(Received request) {
        return request.message().getString("method");
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
