package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An error result's structuredContent need not match the outputSchema: validating clients skip it when isError is true. */
class AnErrorResultIsNotCheckedAgainstTheOutputSchemaTest {

    private static final String ERROR = "{\"resultType\":\"complete\",\"content\":[{\"type\":\"text\",\"text\":\"no such city\"}],"
            + "\"structuredContent\":{\"reason\":\"unknown\"},\"isError\":true}";

    @Test
    void anErrorResultWithOtherStructuredContentPasses() {
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> ERROR))) {
            server.client().call("get_weather", obj("location", "Atlantis")).assertError("no such city");
        }
    }

    @Test
    void theSameContentWithoutIsErrorFails() {
        String success = ERROR.replace("\"isError\":true", "\"isError\":false");
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> success))) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().call("get_weather", obj("location", "Atlantis")));
            assertTrue(violation.getMessage().contains("structuredContent is valid against the tool's outputSchema"), violation.getMessage());
        }
    }
}
