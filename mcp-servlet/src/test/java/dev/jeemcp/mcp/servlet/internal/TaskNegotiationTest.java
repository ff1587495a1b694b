package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.TaskFixtures.DECLARING;
import static dev.jeemcp.mcp.servlet.internal.TaskFixtures.dispatch;
import static dev.jeemcp.mcp.servlet.internal.TaskFixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.servlet.internal.TaskFixtures.MemoryTasks;
import dev.jeemcp.mcp.servlet.internal.TaskFixtures.SlowTool;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The server answers with a task only when it may: the tool may run as one, the server advertises the extension,
 * and this very request declared it. Every other client gets the tool's result, as from any call.
 */
class TaskNegotiationTest {

    private final MemoryTasks tasks = new MemoryTasks();
    private final Dispatcher dispatcher = new Dispatcher(TaskFixtures.catalog(tasks, new SlowTool(tasks), new TaskFixtures.TaskOnlyTool(tasks),
            new Fixtures.EchoTool("echo", null)), McpSettings.defaults());

    private JsonObject call(String tool, String capabilities) {
        return dispatch(dispatcher, request("tools/call", "\"name\":\"" + tool + "\"", capabilities), tool);
    }

    @Test
    void discoverAdvertisesTheExtension() {
        JsonObject result = dispatch(dispatcher, request("server/discover", "", "{}"), null);
        assertEquals("{}", result.getJsonObject("capabilities").getJsonObject("extensions")
                .getJsonObject("io.modelcontextprotocol/tasks").toString());
    }

    @Test
    void aDeclaringClientGetsAFlatCreateTaskResult() {
        JsonObject result = call("underwrite", DECLARING);
        assertEquals("task", result.getString("resultType"));
        assertEquals("task_new", result.getString("taskId"));
        assertEquals("working", result.getString("status"));
        assertEquals("Underwriting", result.getString("statusMessage"));
        assertEquals("2026-11-26T10:00:00Z", result.getString("createdAt"));
        assertEquals("2026-11-26T10:00:05Z", result.getString("lastUpdatedAt"));
        assertEquals(3_600_000, result.getJsonNumber("ttlMs").longValue());
        assertEquals(1000, result.getInt("pollIntervalMs"));
        assertFalse(result.containsKey("content"));
    }

    @Test
    void aClientWithoutTheExtensionGetsTheResult() {
        JsonObject result = call("underwrite", "{}");
        assertEquals("complete", result.getString("resultType"));
        assertTrue(result.getJsonObject("structuredContent").getBoolean("done"));
        assertTrue(tasks.tasks.isEmpty(), "no task was started");
    }

    @Test
    void aToolThatRunsOnlyAsATaskRefusesOtherClients() {
        McpProtocolException error = assertThrows(McpProtocolException.class, () -> call("reindex", "{}"));
        assertEquals(McpErrorCodes.MISSING_CLIENT_CAPABILITY, error.code());
        assertEquals("{\"requiredCapabilities\":{\"extensions\":{\"io.modelcontextprotocol/tasks\":{}}}}", error.data().toString());
        assertEquals("task", call("reindex", DECLARING).getString("resultType"));
    }

    @Test
    void aToolThatIsNoTaskIsCalledAsAlways() {
        JsonObject result = call("echo", DECLARING);
        assertEquals("complete", result.getString("resultType"));
        assertTrue(tasks.tasks.isEmpty());
    }

    @Test
    void withoutTaskToolsTheExtensionIsNeitherAdvertisedNorServed() {
        Dispatcher plain = new Dispatcher(TaskFixtures.catalog(tasks, new Fixtures.EchoTool("echo", null)), McpSettings.defaults());
        JsonObject result = dispatch(plain, request("server/discover", "", "{}"), null);
        assertFalse(result.getJsonObject("capabilities").containsKey("extensions"));
    }

    @Test
    void legacyClientsAreNotOfferedTheExtension() {
        var initialize = Fixtures.request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}");
        JsonObject result = dispatcher.dispatch(initialize, Fixtures.establish(initialize, Fixtures.headers()));
        assertFalse(result.getJsonObject("capabilities").containsKey("extensions"), result.toString());
        assertTrue(result.getJsonObject("capabilities").containsKey("tools"));
    }
}
