package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.SharedTypeTools;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Discovery derives a record, bean or enum once per deployment and reuses it for every tool that meets it again; a
 * tool's schemas are still exactly those it has when deployed alone, whatever the other tools and their order. Types
 * that are recursive, or hold one, or are generic, are derived in each place.
 */
class TypesSharedByToolsKeepTheirSchemaTest {

    private static final List<Class<?>> BEANS = List.of(SharedTypeTools.LeafTools.class,
            SharedTypeTools.ConstrainedLeafTools.class, SharedTypeTools.TreeTools.class, SharedTypeTools.ForestTools.class,
            SharedTypeTools.ForestListTools.class, SharedTypeTools.BoxTools.class, SharedTypeTools.LeafInTools.class,
            SharedTypeTools.LeafOutTools.class, SharedTypeTools.LeafPageTools.class, SharedTypeTools.ModePageTools.class,
            SharedTypeTools.HuskTools.class, SharedTypeTools.CoreTools.class);

    /** A leaf whose name breaks its {@code @Size(max = 5)}, and a mode that is not one. */
    private static final String BAD_LEAF = "{\"name\":\"too long\",\"mode\":\"SLOW\"}";

    @Test
    void everyToolHasTheSchemasItHasAlone() {
        Map<String, JsonObject> alone = new TreeMap<>();
        for (Class<?> bean : BEANS) {
            alone.putAll(definitions(List.of(bean)));
        }
        List<Class<?>> reversed = new ArrayList<>(BEANS);
        Collections.reverse(reversed);
        for (List<Class<?>> order : List.of(BEANS, reversed)) {
            Map<String, JsonObject> together = definitions(order);
            assertEquals(alone.keySet(), together.keySet());
            for (String tool : alone.keySet()) {
                assertEquals(alone.get(tool), together.get(tool), tool + ", deployed with the others in the order " + order);
            }
        }
        // What the comparison stands on: the recursive type's definitions reach every tool that holds it.
        for (String tool : List.of("tree", "forest", "forests", "box")) {
            assertTrue(alone.get(tool).getJsonObject("inputSchema").getJsonObject("$defs").containsKey("Tree"), tool);
        }
        assertTrue(alone.get("take").getJsonObject("inputSchema").toString().contains("\"required\":[\"name\",\"mode\"]"));
        assertTrue(!alone.get("make").getJsonObject("outputSchema").containsKey("required"));
        assertTrue(alone.get("modePage").getJsonObject("inputSchema").toString().contains("\"enum\":[\"FAST\",\"SAFE\"]"));
    }

    @Test
    void aSharedTypeIsCheckedInEveryToolThatTakesIt() {
        Map<String, String> calls = new TreeMap<>(Map.of(
                "leaf", "{\"leaf\":" + BAD_LEAF + ",\"mode\":\"FAST\"}",
                "take", "{\"leaf\":" + BAD_LEAF + "}",
                "forest", "{\"forest\":{\"trees\":[{\"leaf\":" + BAD_LEAF + ",\"children\":[]}],\"biggest\":" + BAD_LEAF
                        + "},\"leaf\":" + BAD_LEAF + "}",
                "leafPage", "{\"page\":{\"items\":[" + BAD_LEAF + "]}}",
                "modePage", "{\"page\":{\"items\":[\"SLOW\"]}}",
                "core", "{\"core\":{\"husks\":[{\"leaf\":" + BAD_LEAF + ",\"core\":{\"husks\":[]}}]},\"leaf\":" + BAD_LEAF + "}"));
        try (CatalogFixture fixture = new CatalogFixture(BEANS.toArray(Class<?>[]::new))) {
            for (Map.Entry<String, String> call : calls.entrySet()) {
                JsonObject result = fixture.call(call.getKey(), call.getValue());
                assertTrue(result.getBoolean("isError", false), call.getKey() + " accepted " + call.getValue() + ": " + result);
                String text = result.getJsonArray("content").getJsonObject(0).getString("text");
                assertTrue(text.contains("SLOW"), call.getKey() + " did not name the bad mode: " + text);
            }
        }
    }

    private static Map<String, JsonObject> definitions(List<Class<?>> beans) {
        try (CatalogFixture fixture = new CatalogFixture(beans.toArray(Class<?>[]::new))) {
            Map<String, JsonObject> definitions = new TreeMap<>();
            for (Tool tool : fixture.catalog.tools()) {
                definitions.put(tool.name(), tool.definition());
            }
            return definitions;
        }
    }
}
