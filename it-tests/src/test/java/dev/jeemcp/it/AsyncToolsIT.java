package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.fixtures.AsyncTools;
import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.JsonSchemas;
import dev.jeemcp.it.infra.RawHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tool returning a {@code CompletionStage} ({@link AsyncTools}), through a real server: the request is answered when
 * a thread of the application completes the stage, with {@code structuredContent} valid against the
 * {@code outputSchema} derived from the stage's value type, the same in both eras and on an event stream; a stage
 * failing with {@code McpToolException} is the tool's {@code isError} result.
 */
@ExtendWith(ArquillianExtension.class)
class AsyncToolsIT {

    private static final JsonObject ARGUMENTS = obj("product", "HOME", "age", 42);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fixtures();
    }

    @ArquillianResource
    URL base;

    private RawHttp http;

    @BeforeEach
    void connect() {
        http = new RawHttp(Deployments.endpoint(base));
    }

    /** The tool's definition, from {@code tools/list}, page by page. */
    private JsonObject definition(String name) {
        JsonValue cursor = null;
        do {
            JsonObject params = cursor == null ? obj() : obj("cursor", cursor);
            JsonObject result = http.expect(http.modern("tools/list", params, null), 200, null).getJsonObject("result");
            for (JsonValue tool : result.getJsonArray("tools")) {
                if (name.equals(tool.asJsonObject().getString("name"))) {
                    return tool.asJsonObject();
                }
            }
            cursor = result.get("nextCursor");
        } while (cursor != null && cursor != JsonValue.NULL);
        throw new AssertionError("tools/list has no " + name);
    }

    private JsonObject modernCall(String tool, JsonObject arguments) {
        return http.expect(http.modern("tools/call", obj("name", tool, "arguments", arguments), tool), 200, null).getJsonObject("result");
    }

    @Test
    void theAnswerIsWhatTheSchemaOfTheStagesValuePromises() {
        JsonObject outputSchema = definition("async_premium").getJsonObject("outputSchema");
        assertNotNull(outputSchema, "a stage of a record has the record's output schema");
        JsonObject result = modernCall("async_premium", ARGUMENTS);
        assertFalse(result.getBoolean("isError"), result.toString());
        assertEquals("complete", result.getString("resultType"));
        JsonObject structured = result.getJsonObject("structuredContent");
        assertEquals("HOME", structured.getString("product"));
        assertEquals(java.util.List.of(), JsonSchemas.problems(outputSchema, structured));
    }

    @Test
    void aLegacyClientGetsTheSameStructuredContent() {
        JsonObject legacy = http.expect(http.post(obj("jsonrpc", "2.0", "id", 3, "method", "tools/call",
                "params", obj("name", "async_premium", "arguments", ARGUMENTS)).toString(), "MCP-Protocol-Version", "2025-11-25"),
                200, null).getJsonObject("result");
        assertEquals(modernCall("async_premium", ARGUMENTS).getJsonObject("structuredContent"), legacy.getJsonObject("structuredContent"));
    }

    @Test
    void onAnEventStreamTheStageEndsTheStream() {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"async_premium\","
                + "\"arguments\":" + ARGUMENTS + ",\"_meta\":{\"progressToken\":\"p1\","
                + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
        HttpResponse<String> response = http.send(http.post(body, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call",
                "Mcp-Name", "async_premium"));
        assertEquals(200, response.statusCode(), response.body());
        String text = response.body();
        // A stage this quick may end before the first keep-alive: then the answer is plain JSON, else the last event.
        String last = text.contains("data: ") ? text.substring(text.lastIndexOf("data: ") + "data: ".length()).strip() : text;
        JsonObject result = RawHttp.parse(last).getJsonObject("result");
        assertEquals(modernCall("async_premium", ARGUMENTS).getJsonObject("structuredContent"), result.getJsonObject("structuredContent"));
    }

    @Test
    void aStageFailingWithAToolExceptionIsAnErrorResult() {
        JsonObject result = modernCall("async_refusal", obj());
        assertTrue(result.getBoolean("isError"), result.toString());
        assertEquals("This product is not offered here", result.getJsonArray("content").getJsonObject(0).getString("text"));
    }
}
