package dev.jeemcp.mcp.servlet.internal.protocol;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A JSON response: its HTTP status, its headers beyond the content type, and its JSON-RPC body. */
public record Reply(int status, Map<String, String> headers, JsonObject body) {

    /** Writes the reply as the whole HTTP response. */
    public static void send(HttpServletResponse response, Reply reply) throws IOException {
        byte[] bytes = JsonIo.write(reply.body()).getBytes(StandardCharsets.UTF_8);
        if (response.getStatus() != reply.status()) {
            // Only when it changes: Grizzly looks the status up in a map on every set, even of the default 200.
            response.setStatus(reply.status());
        }
        reply.headers().forEach(response::setHeader);
        // Set explicitly: Payara otherwise labels application/json as ISO-8859-1.
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
