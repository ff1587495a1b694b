package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools;
import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A return value becomes structuredContent plus its JSON as text; failures become isError results. */
class ToolResultsTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(PricingTools.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    @Test
    void anObjectIsTheStructuredContentAndItsJsonTheText() {
        JsonObject result = fixture.call("price", "{\"cover\":\"FULL\",\"applicant\":{\"age\":30,\"smoker\":false},\"discount\":5}");
        assertEquals("{\"amount\":225.00,\"cover\":\"FULL\"}", sorted(result.getJsonObject("structuredContent")));
        assertEquals(result.getJsonObject("structuredContent").toString(),
                result.getJsonArray("content").getJsonObject(0).getString("text"));
        assertFalse(result.getBoolean("isError"));
    }

    @Test
    void aNonObjectIsWrappedAsResult() {
        JsonObject result = fixture.call("covers", "{}");
        assertEquals("[\"BASIC\",\"FULL\"]", result.getJsonObject("structuredContent").getJsonArray("result").toString());
    }

    @Test
    void aVoidToolReturnsNoContent() {
        JsonObject result = fixture.call("forget", "{}");
        assertTrue(result.getJsonArray("content").isEmpty());
        assertFalse(result.containsKey("structuredContent"));
    }

    @Test
    void aToolExceptionsMessageReachesTheModel() {
        JsonObject result = fixture.call("refuse", "{\"reason\":\"too risky\"}");
        assertTrue(result.getBoolean("isError"));
        assertEquals("Refused: too risky", result.getJsonArray("content").getJsonObject(0).getString("text"));
    }

    @Test
    void anyOtherExceptionLeaksNothing() {
        JsonObject result = fixture.call("crash", "{}");
        assertTrue(result.getBoolean("isError"));
        String text = result.getJsonArray("content").getJsonObject(0).getString("text");
        assertEquals("Tool crash failed. The details are in the server log.", text);
    }

    private static String sorted(JsonObject object) {
        var builder = Json.PROVIDER.createObjectBuilder();
        object.keySet().stream().sorted().forEach(key -> builder.add(key, object.get(key)));
        return builder.build().toString();
    }
}
