package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * An object holding a key twice is refused as a parse error (-32700, 400), at any depth: read as the last one, a
 * gateway that authorizes on the first {@code "name"} would see another tool than the server calls.
 */
class DuplicateKeysTest {

    private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":%s}";

    @Test
    void aDuplicateKeyAtAnyDepthIsAParseError() {
        for (String body : new String[] {
                String.format(CALL, "{\"name\":\"get_quote\",\"name\":\"approve_discount\"}"),
                String.format(CALL, "{\"name\":\"t\",\"arguments\":{\"percent\":5,\"percent\":30}}"),
                String.format(CALL, "{\"name\":\"t\",\"arguments\":{\"list\":[{\"a\":1},{\"b\":1,\"b\":2}]}}"),
                "{\"jsonrpc\":\"2.0\",\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"}) {
            Fault error = assertThrows(Fault.class, () -> Fixtures.request(body), body);
            assertEquals(McpErrorCodes.PARSE_ERROR, error.code());
            assertEquals(400, error.status());
            assertTrue(error.getMessage().startsWith("Parse error: an object in the body has the key"), error.getMessage());
        }
    }

    @Test
    void theSameKeyInSiblingObjectsIsFine() {
        JsonRpcRequest request = Fixtures.request(String.format(CALL, "{\"name\":\"t\",\"arguments\":{\"a\":{\"name\":1},\"b\":{\"name\":2}}}"));
        assertEquals("{\"a\":{\"name\":1},\"b\":{\"name\":2}}", request.params().getJsonObject("arguments").toString());
    }

    @Test
    void overHttpItIs400WithParseError() throws Exception {
        try (EmbeddedServer server = new EmbeddedServer(Fixtures.echoTools(1), Fixtures.settings())) {
            HttpResponse<String> response = server.send(server.post(
                    String.format(CALL, "{\"name\":\"tool_00\",\"name\":\"approve_discount\"}")));
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"code\":" + McpErrorCodes.PARSE_ERROR), response.body());
            assertTrue(response.body().contains("the key \\\"name\\\" twice"), response.body());
        }
    }
}
