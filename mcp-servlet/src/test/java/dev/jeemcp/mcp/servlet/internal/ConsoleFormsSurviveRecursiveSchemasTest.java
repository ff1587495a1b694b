package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A recursive input schema (a {@code $ref} back to a definition open above, as a JPA entity tree derives) becomes
 * a JSON text area where it repeats, instead of a form without end; and a tool whose form cannot be built says so
 * on its own, without hiding the other tools.
 */
class ConsoleFormsSurviveRecursiveSchemasTest {

    private static final String TOOLS = """
            [{"name":"categorize","inputSchema":{"type":"object","properties":{"category":{"$ref":"#/$defs/Category"}},
              "$defs":{"Category":{"type":"object","properties":{"name":{"type":"string"},
                "parent":{"$ref":"#/$defs/Category"}}}}}},
             {"name":"broken","inputSchema":{"type":"object","properties":{"size":{"enum":5}}}},
             %s,
             {"name":"echo","inputSchema":{"type":"object","properties":{"text":{"type":"string"}}}}]
            """.formatted(deep(12));

    /** A tool whose argument nests objects that deep, none recursive. */
    private static String deep(int levels) {
        String schema = "{\"type\":\"string\"}";
        for (int i = 0; i < levels; i++) {
            schema = "{\"type\":\"object\",\"properties\":{\"m\":" + schema + "}}";
        }
        return "{\"name\":\"deep\",\"inputSchema\":" + schema + "}";
    }

    @Test
    void everyToolIsShownAndRecursionEndsInAJsonField() throws Exception {
        JsonObject page = ConsoleScript.run("/app/mcp/console/", TOOLS);
        assertTrue(page.getBoolean("loaded"), page.toString());
        List<JsonObject> tools = page.getJsonArray("tools").getValuesAs(JsonObject.class);
        assertEquals(List.of("categorize", "broken", "deep", "echo"), tools.stream().map(t -> t.getString("name")).toList(), page.toString());
        JsonObject categorize = tools.get(0);
        assertFalse(categorize.getBoolean("broken"), categorize.toString());
        assertEquals(2, categorize.getInt("fieldsets"), "arguments and the category, then parent as JSON: " + categorize);
        assertEquals("category.parent", categorize.getJsonArray("textareas").getString(0), categorize.toString());
        assertTrue(tools.get(1).getBoolean("broken"), tools.get(1).toString());
        assertTrue(tools.get(2).getJsonArray("textareas").size() == 1, "the depth is capped: " + tools.get(2));
        assertFalse(tools.get(3).getBoolean("broken"), tools.get(3).toString());
    }
}
