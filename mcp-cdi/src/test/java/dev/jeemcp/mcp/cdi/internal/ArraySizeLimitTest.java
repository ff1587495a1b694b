package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.ConstrainedTools;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import dev.jeemcp.mcp.cdi.internal.schema.Sizes;
import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonObject;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An input array, list, set or map may have at most {@code mcp.maxArrayItems} items: a longer one is one clear
 * problem, found before any item is looked at and before the Bean Validator walks the arguments, so the cost of a
 * call does not grow with what the client sends.
 */
class ArraySizeLimitTest {

    @SuppressWarnings("unused")
    private static void signatures(List<Integer> list, Map<String, Integer> map, int[] array) {
    }

    private static Type parameter(int index) throws NoSuchMethodException {
        return ArraySizeLimitTest.class.getDeclaredMethod("signatures", List.class, Map.class, int[].class)
                .getGenericParameterTypes()[index];
    }

    @BeforeEach
    void allowThree() {
        System.setProperty(Sizes.MAX_ARRAY_ITEMS, "3");
    }

    @AfterEach
    void restoreTheLimit() {
        System.clearProperty(Sizes.MAX_ARRAY_ITEMS);
    }

    private static List<String> problems(int index, String json) throws Exception {
        List<String> problems = new ArrayList<>();
        JsonShapes.input(parameter(index)).validate(Json.PROVIDER.createReader(new java.io.StringReader("{\"v\":" + json + "}"))
                .readObject().get("v"), "v", problems);
        return problems;
    }

    @Test
    void upToTheLimitIsAccepted() throws Exception {
        assertEquals(List.of(), problems(0, "[1,2,3]"));
        assertEquals(List.of(), problems(1, "{\"a\":1,\"b\":2,\"c\":3}"));
        assertEquals(List.of(), problems(2, "[1,2,3]"));
    }

    @Test
    void moreIsOneClearProblemWithoutLookingAtTheItems() throws Exception {
        assertEquals(List.of("v: at most 3 items are allowed (mcp.maxArrayItems), got 4"), problems(0, "[1,2,3,\"x\"]"));
        assertEquals(List.of("v: at most 3 entries are allowed (mcp.maxArrayItems), got 4"),
                problems(1, "{\"a\":1,\"b\":2,\"c\":3,\"d\":\"x\"}"));
        assertEquals(List.of("v: at most 3 items are allowed (mcp.maxArrayItems), got 4"), problems(2, "[1,2,3,4]"));
    }

    @Test
    void aToolCallIsRefusedBeforeTheValidatorRuns() {
        try (CatalogFixture fixture = new CatalogFixture(ConstrainedTools.class)) {
            JsonObject result = fixture.call("nested", "{\"team\":{\"sizes\":[1,3,5,7]}}");
            assertTrue(result.getBoolean("isError"), result.toString());
            assertEquals("Invalid arguments for tool nested: team.sizes: at most 3 items are allowed (mcp.maxArrayItems), got 4",
                    result.getJsonArray("content").getJsonObject(0).getString("text"));
        }
    }

    @Test
    void theSettingMustBePositive() {
        System.setProperty(Sizes.MAX_ARRAY_ITEMS, "0");
        var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, Sizes::maxArrayItems);
        assertEquals("mcp.maxArrayItems must be a positive integer, not \"0\"", refused.getMessage());
    }
}
