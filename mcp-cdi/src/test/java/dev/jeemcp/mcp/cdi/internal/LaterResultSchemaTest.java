package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.LaterTools;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tool returning {@code CompletionStage<T>} or {@code CompletableFuture<T>} describes its result as a tool returning
 * {@code T} does: the same output schema, none for {@code Void} and content blocks, and it says that it answers later.
 */
class LaterResultSchemaTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(LaterTools.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    private static JsonObject definition(String tool) {
        return fixture.tool(tool).definition();
    }

    @Test
    void theOutputSchemaIsTheOneOfTheValueType() {
        assertNotNull(definition("estimateNow").get("outputSchema"));
        assertEquals(definition("estimateNow").get("outputSchema"), definition("estimateLater").get("outputSchema"));
        assertEquals(definition("estimateNow").get("inputSchema"), definition("estimateLater").get("inputSchema"));
        assertEquals(definition("tagsNow").get("outputSchema"), definition("tags").get("outputSchema"));
    }

    @Test
    void aStageOfVoidOrOfContentHasNoOutputSchema() {
        assertFalse(definition("done").containsKey("outputSchema"));
        assertFalse(definition("brochure").containsKey("outputSchema"));
    }

    @Test
    void onlyStagesAnswerLater() {
        assertTrue(fixture.tool("estimateLater").answersLater());
        assertTrue(fixture.tool("tags").answersLater());
        assertFalse(fixture.tool("estimateNow").answersLater());
    }
}
