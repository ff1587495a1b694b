package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import dev.jeemcp.mcp.cdi.internal.schema.Sizes;
import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Validation keeps ten problems and stops walking once it has them: an argument of half a million wrong items is
 * looked at ten times, not half a million, and builds ten messages.
 */
class ValidationStopsAtTheLimitTest {

    record Item(int count) {
    }

    /** Raised above the huge arguments here, which {@code mcp.maxArrayItems} would otherwise refuse whole (ArraySizeLimitTest). */
    @BeforeEach
    void allowHugeArrays() {
        System.setProperty(Sizes.MAX_ARRAY_ITEMS, "1000000");
    }

    @AfterEach
    void restoreTheLimit() {
        System.clearProperty(Sizes.MAX_ARRAY_ITEMS);
    }

    @SuppressWarnings("unused")
    private static void signatures(List<Item> items, Map<String, Integer> counts) {
    }

    private static Type parameter(int index) throws NoSuchMethodException {
        return ValidationStopsAtTheLimitTest.class.getDeclaredMethod("signatures", List.class, Map.class).getGenericParameterTypes()[index];
    }

    /** A real array of {@code size} wrong items, counting how many of them validation reads. */
    private static JsonArray counted(int size, AtomicInteger reads) {
        var builder = Json.PROVIDER.createArrayBuilder();
        for (int i = 0; i < size; i++) {
            builder.add("wrong");
        }
        JsonArray array = builder.build();
        return (JsonArray) Proxy.newProxyInstance(JsonArray.class.getClassLoader(), new Class<?>[] {JsonArray.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("asJsonArray")) {
                        return proxy;
                    }
                    if (method.getName().equals("get") || method.getName().equals("iterator")) {
                        reads.incrementAndGet();
                    }
                    return method.invoke(array, arguments);
                });
    }

    @Test
    void aHugeArrayOfWrongItemsIsReadOnlyUpToTheLimit() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        List<String> problems = new ArrayList<>();
        JsonShapes.input(parameter(0)).validate(counted(500_000, reads), "items", problems);
        assertEquals(JsonShape.MAX_PROBLEMS, problems.size());
        assertEquals(JsonShape.MAX_PROBLEMS, reads.get(), "items read");
        assertEquals("items[9]: expected object, got string \"wrong\"", problems.get(9));
    }

    @Test
    void aHugeObjectOfUnknownPropertiesStopsToo() throws Exception {
        var builder = Json.PROVIDER.createObjectBuilder();
        for (int i = 0; i < 100_000; i++) {
            builder.add("p" + i, "wrong");
        }
        JsonObject object = builder.build();
        List<String> problems = new ArrayList<>();
        JsonShapes.input(Item.class).validate(object, "item", problems);
        assertEquals(JsonShape.MAX_PROBLEMS, problems.size());
        List<String> values = new ArrayList<>();
        JsonShapes.input(parameter(1)).validate(object, "counts", values);
        assertEquals(JsonShape.MAX_PROBLEMS, values.size());
    }

    @Test
    void aToolCallReportsTenOfManyProblems() {
        try (CatalogFixture fixture = new CatalogFixture(dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools.class)) {
            var arguments = Json.PROVIDER.createObjectBuilder();
            for (int i = 0; i < 50_000; i++) {
                arguments.add("stray" + i, JsonValue.TRUE);
            }
            String text = fixture.tool("price").call(arguments.build(), CatalogFixture.ANONYMOUS)
                    .getJsonArray("content").getJsonObject(0).getString("text");
            assertEquals(JsonShape.MAX_PROBLEMS, text.split("; ").length);
            assertTrue(text.length() < 400, text);
        }
    }
}
