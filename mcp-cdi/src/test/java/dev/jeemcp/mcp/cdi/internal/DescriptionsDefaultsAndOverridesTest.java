package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.DescribedTools;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Nested members carry descriptions (ours, or MicroProfile OpenAPI's by name), parameters carry defaults the schema
 * shows and the binder applies, and a tool may replace a derived schema with its own, checked at deploy time.
 */
class DescriptionsDefaultsAndOverridesTest {

    private static String failure(Class<?> bean) {
        DefinitionException error = assertThrows(DefinitionException.class, () -> Containers.boot(bean).close());
        return error.getMessage() + " " + (error.getCause() == null ? "" : error.getCause().getMessage());
    }

    @Test
    void nestedMembersCarryDescriptionsAndValidExamples() {
        try (CatalogFixture fixture = new CatalogFixture(DescribedTools.class)) {
            JsonObject properties = fixture.tool("quote").definition().getJsonObject("inputSchema").getJsonObject("properties");
            JsonObject applicant = properties.getJsonObject("applicant").getJsonObject("properties");
            assertEquals("Age in years", applicant.getJsonObject("age").getString("description"));
            assertEquals("Four-digit postcode", applicant.getJsonObject("postcode").getString("description"));
            assertEquals("[\"1011\"]", applicant.getJsonObject("postcode").getJsonArray("examples").toString());
            assertFalse(applicant.getJsonObject("children").containsKey("examples"), "an example the schema refuses is left out");
            assertEquals("ISO language code", properties.getJsonObject("preferences").getJsonObject("properties")
                    .getJsonObject("language").getString("description"));
            JsonObject output = fixture.tool("quote").definition().getJsonObject("outputSchema");
            assertEquals("Age in years", output.getJsonObject("properties").getJsonObject("applicant").getJsonObject("properties")
                    .getJsonObject("age").getString("description"));
        }
    }

    @Test
    void aDefaultIsShownAndApplied() {
        try (CatalogFixture fixture = new CatalogFixture(DescribedTools.class)) {
            JsonObject input = fixture.tool("quote").definition().getJsonObject("inputSchema");
            assertEquals(100000, input.getJsonObject("properties").getJsonObject("coverage").getInt("default"));
            assertEquals("[\"applicant\",\"preferences\"]", input.getJsonArray("required").toString());
            JsonObject result = fixture.call("quote", "{\"applicant\":{\"age\":40,\"postcode\":\"1011\",\"children\":0},\"preferences\":{}}");
            assertFalse(result.getBoolean("isError"), result.toString());
            assertEquals("{\"applicant\":{\"age\":40,\"postcode\":\"1011\",\"children\":0},\"coverage\":100000,\"tags\":[\"new\"]}",
                    result.getJsonObject("structuredContent").toString());
        }
    }

    @Test
    void aToolMayNameItsOwnSchemas() {
        try (CatalogFixture fixture = new CatalogFixture(DescribedTools.class)) {
            JsonObject region = fixture.tool("quote").definition().getJsonObject("inputSchema").getJsonObject("properties")
                    .getJsonObject("region");
            assertEquals("{\"type\":\"string\",\"enum\":[\"north\",\"south\"]}", region.toString());
            JsonObject contact = fixture.tool("contact").definition();
            assertEquals("https://json-schema.org/draft/2020-12/schema", contact.getJsonObject("inputSchema").getString("$schema"));
            assertTrue(contact.getJsonObject("inputSchema").containsKey("anyOf"));
            assertEquals("{\"type\":\"object\",\"properties\":{\"result\":{\"type\":\"string\"}}}",
                    contact.getJsonObject("outputSchema").toString());
            assertEquals("ann null", fixture.call("contact", "{\"name\":\"ann\"}").getJsonObject("structuredContent").getString("result"));
        }
    }

    @Test
    void wrongDefaultsAndSchemasFailDeploymentNamingTheMethod() {
        String badDefault = failure(DescribedTools.BadDefault.class);
        assertTrue(badDefault.contains("BadDefault.tool(Integer)") && badDefault.contains("defaultValue of parameter \"count\" breaks its schema"),
                badDefault);
        String badInput = failure(DescribedTools.BadInputSchema.class);
        assertTrue(badInput.contains("the properties of inputSchema [other] must be the method's arguments [name]"), badInput);
        String badParam = failure(DescribedTools.BadParamSchema.class);
        assertTrue(badParam.contains("the schema of parameter \"name\" is not a JSON object"), badParam);
        String badMember = failure(DescribedTools.BadMemberParam.class);
        assertTrue(badMember.contains("@McpParam on " + DescribedTools.Named.class.getName() + ".name may only give a description"), badMember);
    }
}
