package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.CountingInterceptor;
import dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools;
import dev.jeemcp.mcp.server.McpProtocolException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Arguments are checked against the schema before the call; a violation is -32602 and the method never runs. */
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
        McpProtocolException error = assertThrows(McpProtocolException.class, () -> fixture.call("price", arguments));
        assertEquals(-32602, error.code());
        assertEquals(calls, CountingInterceptor.CALLS.get(), "the tool must not run");
        return error.getMessage();
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
    void anOptionalArgumentMayBeLeftOut() {
        var result = fixture.call("price", "{\"cover\":\"BASIC\",\"applicant\":{\"age\":40,\"smoker\":true}}");
        assertEquals("280.00", result.getJsonObject("structuredContent").getJsonNumber("amount").bigDecimalValue().toPlainString());
    }
}
