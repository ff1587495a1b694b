package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.cdi.internal.fixtures.LaterTools;
import dev.jeemcp.mcp.internal.Stages;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a tool's stage completes with is answered as if the method had returned it, and what it fails with as if the
 * method had thrown it: a value is converted and checked like a returned one, {@code McpToolException} is an
 * {@code isError} result, an unreachable database is the retryable protocol error, anything else a generic
 * {@code isError} with nothing of its message; a {@code null} stage is the tool's failure, and invalid arguments never
 * call the method. The time bounds only keep a broken test from hanging.
 */
class StageOutcomeIsTheMethodOutcomeTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(LaterTools.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    private static CompletableFuture<JsonObject> later(String tool, String arguments) {
        return fixture.tool(tool).callLater(CatalogFixture.json(arguments), CatalogFixture.ANONYMOUS).toCompletableFuture();
    }

    private static JsonObject answer(String tool, String arguments) throws Exception {
        return later(tool, arguments).get(30, TimeUnit.SECONDS);
    }

    private static String text(JsonObject result) {
        return result.getJsonArray("content").getJsonObject(0).getString("text");
    }

    @Test
    void aValueCompletedOnAnotherThreadIsTheResultAReturnedOneWouldBe() throws Exception {
        String arguments = "{\"product\":\"HOME\",\"age\":42}";
        assertEquals(fixture.call("estimateNow", arguments), answer("estimateLater", arguments));
        assertEquals(fixture.call("tagsNow", "{}"), answer("tags", "{}"));
    }

    @Test
    void voidAndContentStagesAnswerLikeTheirMethods() throws Exception {
        JsonObject done = answer("done", "{}");
        assertFalse(done.getBoolean("isError"));
        assertFalse(done.containsKey("structuredContent"));
        assertEquals("Our cover", text(answer("brochure", "{}")));
    }

    @Test
    void aToolExceptionIsAnErrorResultWhetherThrownOrCompletingTheStage() throws Exception {
        for (String tool : new String[] {"refuse", "refuseAtOnce"}) {
            JsonObject result = answer(tool, "{}");
            assertTrue(result.getBoolean("isError"), tool);
            assertEquals("HOME is not offered in 1011", text(result), tool);
        }
    }

    @Test
    void anUnreachableDatabaseFailsTheStageWithTheRetryableError() {
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> answer("unreachable", "{}"));
        assertInstanceOf(McpUnavailableException.class, Stages.unwrap(e));
    }

    @Test
    void anyOtherFailureIsAGenericErrorResult() throws Exception {
        JsonObject result = answer("broken", "{}");
        assertTrue(result.getBoolean("isError"));
        assertEquals("Tool broken failed. The details are in the server log.", text(result));
    }

    @Test
    void aNullStageIsTheToolsFailure() throws Exception {
        JsonObject result = answer("nothing", "{}");
        assertTrue(result.getBoolean("isError"));
        assertEquals("Tool nothing failed. The details are in the server log.", text(result));
    }

    @Test
    void invalidArgumentsAnswerAtOnceWithoutACall() {
        CompletableFuture<JsonObject> result = later("estimateLater", "{\"product\":\"HOME\",\"age\":-1}");
        assertTrue(result.isDone());
        assertTrue(result.join().getBoolean("isError"));
        assertTrue(text(result.join()).startsWith("Invalid arguments for tool estimateLater"), text(result.join()));
    }

    @Test
    void cancellingTheAnswerCancelsTheMethodsStage() {
        int before = LaterTools.HANGING.size();
        CompletableFuture<JsonObject> result = later("hang", "{}");
        assertEquals(before + 1, LaterTools.HANGING.size());
        result.cancel(true);
        assertTrue(LaterTools.HANGING.get(before).isCancelled());
    }

    @Test
    void theSynchronousCallWaitsForTheStage() {
        assertEquals(fixture.call("tagsNow", "{}"), fixture.call("tags", "{}"));
    }
}
