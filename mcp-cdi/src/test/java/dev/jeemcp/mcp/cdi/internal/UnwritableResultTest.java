package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.UnwritableTools;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A result JSON cannot carry (a non-finite double) is the tool's failure: an isError result, nothing leaked. */
class UnwritableResultTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(UnwritableTools.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    @Test
    void aNonFiniteNumberIsAnErrorResult() {
        JsonObject result = fixture.call("ratio", "{}");
        assertTrue(result.getBoolean("isError"), result.toString());
        assertEquals("Tool ratio returned a result that cannot be written as JSON. The details are in the server log.",
                result.getJsonArray("content").getJsonObject(0).getString("text"));
    }
}
