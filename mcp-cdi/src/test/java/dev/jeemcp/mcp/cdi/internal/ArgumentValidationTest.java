package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.CountingInterceptor;
import dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Arguments are checked against the schema before the call; a violation is a tool execution error the model can read
 * (SEP-1303: {@code isError: true}, each problem as {@code path: message}), and the method never runs. Until issue 13
 * this asserted JSON-RPC -32602, which many hosts never show the model.
 */
class ArgumentValidationTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(PricingTools.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    private static String rejected(String arguments) {
        int calls = CountingInterceptor.CALLS.get();
        JsonObject result = fixture.call("price", arguments);
        assertTrue(result.getBoolean("isError"), result.toString());
        assertFalse(result.containsKey("structuredContent"));
        assertEquals(calls, CountingInterceptor.CALLS.get(), "the tool must not run");
        assertEquals(1, result.getJsonArray("content").size());
        return result.getJsonArray("content").getJsonObject(0).getString("text");
    }

    @Test
    void aMissingRequiredArgumentIsNamed() {
        String message = rejected("{\"cover\":\"FULL\"}");
        assertEquals("Invalid arguments for tool price: missing required argument \"applicant\"", message);
    }

    @Test
    void anUnknownArgumentIsNamed() {
        String message = rejected("{\"cover\":\"FULL\",\"applicant\":{\"age\":30,\"smoker\":false},\"coupon\":1}");
        assertTrue(message.contains("unknown argument \"coupon\""), message);
    }

    @Test
    void aWrongNestedTypeNamesItsPath() {
        String message = rejected("{\"cover\":\"FULL\",\"applicant\":{\"age\":\"thirty\",\"smoker\":false}}");
        assertTrue(message.contains("applicant.age"), message);
    }

    @Test
    void aValueOutsideTheEnumIsNamed() {
        String message = rejected("{\"cover\":\"GOLD\",\"applicant\":{\"age\":30,\"smoker\":false}}");
        assertTrue(message.contains("cover") && message.contains("GOLD"), message);
    }

    @Test
    void everyProblemIsReportedUpToTen() {
        StringBuilder arguments = new StringBuilder("{\"cover\":\"GOLD\",\"applicant\":{\"age\":\"x\",\"smoker\":1}");
        for (int i = 0; i < 20; i++) {
            arguments.append(",\"stray").append(i).append("\":1");
        }
        String message = rejected(arguments.append('}').toString());
        assertEquals(10, message.split("; ").length, message);
        String few = rejected("{\"cover\":\"GOLD\",\"applicant\":{\"age\":\"x\",\"smoker\":1}}");
        assertEquals("Invalid arguments for tool price: cover: expected one of [BASIC, FULL], got string \"GOLD\"; "
                + "applicant.age: expected integer, got string \"x\"; applicant.smoker: expected boolean, got number 1", few);
    }

    @Test
    void aTaskIsNotStartedForInvalidArguments() {
        assertTrue(fixture.tool("price").rejectedArguments(CatalogFixture.json("{}")).orElseThrow().getBoolean("isError"));
        assertTrue(fixture.tool("price").rejectedArguments(
                CatalogFixture.json("{\"cover\":\"FULL\",\"applicant\":{\"age\":30,\"smoker\":false}}")).isEmpty());
    }

    @Test
    void anOptionalArgumentMayBeLeftOut() {
        var result = fixture.call("price", "{\"cover\":\"BASIC\",\"applicant\":{\"age\":40,\"smoker\":true}}");
        assertEquals("280.00", result.getJsonObject("structuredContent").getJsonNumber("amount").bigDecimalValue().toPlainString());
    }
}
