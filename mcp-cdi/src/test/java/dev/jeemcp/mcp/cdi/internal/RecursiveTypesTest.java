package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.TreeTools;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A recursive type is described once under {@code $defs} at the root of the tool's schema and referenced with
 * {@code $ref}, and values of any depth are validated and sent (until issue 13 such types were refused).
 */
class RecursiveTypesTest {

    private static final String NODE = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
            + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"}}},\"required\":[\"name\",\"children\"],"
            + "\"additionalProperties\":false}";

    @Test
    void aRecursiveTypeIsDefinedOnceAndReferenced() throws Exception {
        assertEquals(NODE.substring(0, NODE.length() - 1)
                + ",\"$defs\":{\"Node\":" + NODE + "}}", JsonShapes.input(TreeTools.Node.class).schema().toString());
    }

    @Test
    void valuesOfAnyDepthAreValidatedWithTheirPath() throws Exception {
        List<String> problems = new ArrayList<>();
        JsonShapes.input(TreeTools.Node.class).validate(CatalogFixture.json(
                "{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":3,\"children\":[]}]}]}"), "tree", problems);
        assertEquals(List.of("tree.children[0].children[0].name: expected string, got number 3"), problems);
    }

    @Test
    void theDefinitionsSitAtTheRootOfTheToolsSchemas() {
        try (CatalogFixture fixture = new CatalogFixture(TreeTools.class)) {
            JsonObject mirror = fixture.tool("mirror").definition();
            JsonObject input = mirror.getJsonObject("inputSchema");
            assertEquals("{\"Node\":" + NODE + "}", input.getJsonObject("$defs").toString());
            assertFalse(input.getJsonObject("properties").getJsonObject("tree").containsKey("$defs"));
            assertEquals("object", mirror.getJsonObject("outputSchema").getString("type"));
            assertTrue(mirror.getJsonObject("outputSchema").containsKey("$defs"));
            JsonObject roots = fixture.tool("roots").definition().getJsonObject("outputSchema");
            // As an output, a component that may be null is not required, and a list element may be null.
            String nullableNode = "{\"anyOf\":[{\"$ref\":\"#/$defs/Node\"},{\"type\":\"null\"}]}";
            assertEquals("{\"Node\":" + NODE.replace(",\"required\":[\"name\",\"children\"]", "")
                    .replace("{\"$ref\":\"#/$defs/Node\"}", nullableNode) + "}",
                    roots.getJsonObject("$defs").toString());
            assertEquals("{\"type\":\"array\",\"items\":" + nullableNode + "}",
                    roots.getJsonObject("properties").getJsonObject("result").toString());

            String tree = "{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[]}]}";
            JsonObject result = fixture.call("mirror", "{\"tree\":" + tree + "}");
            assertEquals(tree, result.getJsonObject("structuredContent").toString());
        }
    }
}
