package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The tools/list entry is derived from the annotation and the Java signature. */
class ToolDefinitionTest {

    @Test
    void annotationAndSignatureMakeTheDefinition() {
        try (var fixture = new CatalogFixture(PricingTools.class)) {
            JsonObject definition = fixture.tool("price").definition();
            assertEquals("price", definition.getString("name"));
            assertEquals("Price a cover", definition.getString("title"));
            assertEquals("Prices a cover.", definition.getString("description"));
            JsonObject input = definition.getJsonObject("inputSchema");
            assertEquals("object", input.getString("type"));
            assertEquals("[\"cover\",\"applicant\"]", input.getJsonArray("required").toString());
            assertFalse(input.getBoolean("additionalProperties"));
            assertEquals("Discount in percent", input.getJsonObject("properties").getJsonObject("discount").getString("description"));
            assertEquals("[\"BASIC\",\"FULL\"]", input.getJsonObject("properties").getJsonObject("cover").getJsonArray("enum").toString());
            JsonObject hints = definition.getJsonObject("annotations");
            assertTrue(hints.getBoolean("readOnlyHint"));
            assertFalse(hints.getBoolean("destructiveHint"), "a read-only tool is not destructive");
            assertTrue(hints.getBoolean("idempotentHint"));
            assertEquals("object", definition.getJsonObject("outputSchema").getString("type"));
        }
    }

    @Test
    void aMirroredArgumentCarriesItsHeaderName() {
        try (var fixture = new CatalogFixture(dev.jeemcp.mcp.cdi.internal.fixtures.ScopedTools.class)) {
            assertEquals("{\"type\":\"string\",\"x-mcp-header\":\"Text\"}", fixture.tool("dependent.echo").definition()
                    .getJsonObject("inputSchema").getJsonObject("properties").getJsonObject("text").toString());
        }
    }

    @Test
    void aNonObjectResultHasAWrappedOutputSchemaAndVoidHasNone() {
        try (var fixture = new CatalogFixture(PricingTools.class)) {
            JsonObject output = fixture.tool("covers").definition().getJsonObject("outputSchema");
            assertEquals("array", output.getJsonObject("properties").getJsonObject("result").getString("type"));
            assertFalse(fixture.tool("forget").definition().containsKey("outputSchema"));
            assertFalse(fixture.tool("covers").definition().getJsonObject("inputSchema").containsKey("required"));
        }
    }
}
