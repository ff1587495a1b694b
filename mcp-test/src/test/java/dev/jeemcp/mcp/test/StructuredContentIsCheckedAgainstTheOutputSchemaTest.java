package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A result whose structuredContent breaks its tool's outputSchema fails the test, as it fails a validating client. */
class StructuredContentIsCheckedAgainstTheOutputSchemaTest {

    @Test
    void aConformingResultIsReturned() {
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> Scripts.WEATHER))) {
            ToolResult weather = server.client().call("get_weather", obj("location", "Seattle")).assertSuccess();
            assertEquals(22.5, weather.structured().getJsonNumber("temperature").doubleValue());
        }
    }

    @Test
    void aWrongTypeFails() {
        String wrong = Scripts.WEATHER.replace("\"structuredContent\":{\"temperature\":22.5}", "\"structuredContent\":{\"temperature\":\"warm\"}");
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> wrong))) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().call("get_weather", obj("location", "Seattle")));
            assertTrue(violation.getMessage().contains("outputSchema"), violation.getMessage());
            assertTrue(violation.getMessage().contains("temperature"), violation.getMessage());
        }
    }

    @Test
    void aMissingRequiredPropertyFails() {
        String missing = Scripts.WEATHER.replace("\"structuredContent\":{\"temperature\":22.5}", "\"structuredContent\":{}");
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> missing))) {
            assertThrows(McpViolation.class, () -> server.client().call("get_weather", obj("location", "Seattle")));
        }
    }

    @Test
    void aFormatIsAsserted() {
        String badDate = Scripts.WEATHER.replace("{\"temperature\":22.5}", "{\"temperature\":22.5,\"observedAt\":\"yesterday\"}");
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> badDate))) {
            assertThrows(McpViolation.class, () -> server.client().call("get_weather", obj("location", "Seattle")));
        }
    }

    @Test
    void aSuccessWithoutStructuredContentFails() {
        String none = Scripts.WEATHER.replace(",\"structuredContent\":{\"temperature\":22.5}", "");
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> none))) {
            assertThrows(McpViolation.class, () -> server.client().call("get_weather", obj("location", "Seattle")));
        }
    }

    @Test
    void anErrorResultNeedsNone() {
        String error = "{\"resultType\":\"complete\",\"content\":[{\"type\":\"text\",\"text\":\"no such city: Atlantis\"}],\"isError\":true}";
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> error))) {
            server.client().call("get_weather", obj("location", "Atlantis")).assertError("no such city");
            AssertionError success = assertThrows(AssertionError.class,
                    () -> server.client().call("get_weather", obj("location", "Atlantis")).assertSuccess());
            assertTrue(success.getMessage().contains("expected to succeed"), success.getMessage());
        }
    }

    @Test
    void anInvalidOutputSchemaFailsTheListing() {
        String tools = Scripts.TOOLS.replace("\"type\":\"number\"", "\"type\":42");
        try (ScriptedServer server = new ScriptedServer(request -> ScriptedServer.Reply.json(ScriptedServer.result(request, tools)))) {
            assertThrows(McpViolation.class, () -> server.client().tools());
        }
    }
}
