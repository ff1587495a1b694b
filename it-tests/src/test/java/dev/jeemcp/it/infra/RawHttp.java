package dev.jeemcp.it.infra;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Hand-made HTTP requests to an MCP endpoint, for the cases no well-behaved client produces. */
public final class RawHttp {

    public static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String authorization;

    public RawHttp(URI endpoint) {
        this(endpoint, null);
    }

    private RawHttp(URI endpoint, String authorization) {
        this.endpoint = endpoint;
        this.authorization = authorization;
    }

    /** The same endpoint, with BASIC credentials on every request. */
    public RawHttp as(String user, String password) {
        return new RawHttp(endpoint, "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The same endpoint, with a bearer token on every request. */
    public RawHttp bearer(String token) {
        return new RawHttp(endpoint, "Bearer " + token);
    }

    /** A POST with JSON content type and the Accept header every client sends, plus the given headers. */
    public HttpRequest.Builder post(byte[] body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder;
    }

    public HttpRequest.Builder post(String body, String... headers) {
        return post(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    /** A 2026-07-28 request with these params (its {@code _meta} added) and matching headers. */
    public HttpRequest.Builder modern(String method, JsonObject params, String name) {
        return modern(method, params, name, JsonValue.EMPTY_JSON_OBJECT);
    }

    /** The same, from a client that declared the tasks extension. */
    public HttpRequest.Builder withTasks(String method, JsonObject params, String name) {
        return modern(method, params, name, obj("extensions", obj("io.modelcontextprotocol/tasks", JsonValue.EMPTY_JSON_OBJECT)));
    }

    private HttpRequest.Builder modern(String method, JsonObject params, String name, JsonObject clientCapabilities) {
        JsonObject withMeta = Json.createObjectBuilder(params).add("_meta", JsonRpc.meta(clientCapabilities)).build();
        return headers(JsonRpc.request(42, method, withMeta).toString(), method, name);
    }

    /**
     * A 2026-07-28 request whose params' members are given as text, for the hostile-input tests that must send exactly
     * these bytes (duplicate keys, bare NaN, exponents no parser should expand); everything else uses {@link #modern}.
     */
    public HttpRequest.Builder modernText(String method, String paramMembers, String name) {
        return headers("{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"" + method + "\",\"params\":{"
                + paramMembers + "," + META + "}}", method, name);
    }

    private HttpRequest.Builder headers(String body, String method, String name) {
        return name == null
                ? post(body, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", method)
                : post(body, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", method, "Mcp-Name", name);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertFalse(response.headers().firstValue("Mcp-Session-Id").isPresent(), "no session, ever");
            assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
            return response;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sends and checks the status and, for an error, its JSON-RPC code; returns the parsed body. */
    public JsonObject expect(HttpRequest.Builder request, int status, Integer code) {
        HttpResponse<String> response = send(request);
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = parse(response.body());
        if (code != null) {
            assertEquals(code.intValue(), body.getJsonObject("error").getInt("code"), response.body());
        }
        return body;
    }

    public static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
