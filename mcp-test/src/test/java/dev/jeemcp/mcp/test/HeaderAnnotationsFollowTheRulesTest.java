package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Received;
import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import org.junit.jupiter.api.Test;

/**
 * A tool whose {@code x-mcp-header} annotations break SEP-2243 fails its listing; a valid one nested in
 * {@code properties} is mirrored from the nested argument.
 */
class HeaderAnnotationsFollowTheRulesTest {

    private static ScriptedServer server(String inputSchema) {
        String tools = "{\"resultType\":\"complete\",\"ttlMs\":0,\"cacheScope\":\"private\",\"tools\":[{\"name\":\"t\","
                + "\"inputSchema\":" + inputSchema + "}]}";
        return new ScriptedServer(request -> ScriptedServer.method(request).equals("tools/list")
                ? Reply.json(ScriptedServer.result(request, tools))
                : Reply.json(ScriptedServer.result(request, "{\"resultType\":\"complete\",\"content\":[]}")));
    }

    private static String violation(String inputSchema) {
        try (ScriptedServer server = server(inputSchema)) {
            return assertThrows(McpViolation.class, () -> server.client().tools()).getMessage();
        }
    }

    @Test
    void aNumberIsRefused() {
        String message = violation("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"number\",\"x-mcp-header\":\"N\"}}}");
        assertTrue(message.contains("never number"), message);
    }

    @Test
    void namesRepeatedIgnoringCaseAreRefused() {
        String message = violation("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"},"
                + "\"b\":{\"type\":\"string\",\"x-mcp-header\":\"region\"}}}");
        assertTrue(message.contains("unique ignoring case"), message);
    }

    @Test
    void aNameThatIsNoTokenIsRefused() {
        String message = violation("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"x-mcp-header\":\"my region\"}}}");
        assertTrue(message.contains("is an HTTP token"), message);
    }

    @Test
    void anAnnotationUnderItemsIsRefused() {
        String message = violation("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"array\",\"items\":"
                + "{\"type\":\"string\",\"x-mcp-header\":\"A\"}}}}");
        assertTrue(message.contains("reached from the root through properties"), message);
    }

    @Test
    void anAnnotationUnderDefsIsRefused() {
        String message = violation("{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/$defs/r\"}},"
                + "\"$defs\":{\"r\":{\"type\":\"string\",\"x-mcp-header\":\"A\"}}}");
        assertTrue(message.contains("reached from the root through properties"), message);
    }

    @Test
    void aNestedAnnotationIsMirroredFromTheNestedArgument() {
        try (ScriptedServer server = server("{\"type\":\"object\",\"properties\":{\"where\":{\"type\":\"object\",\"properties\":"
                + "{\"region\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"}}}}}")) {
            server.client().call("t", obj("where", obj("region", "eu-west")));
            Received call = server.received.get(server.received.size() - 1);
            assertEquals("eu-west", call.header("Mcp-Param-Region"));
        }
    }
}
