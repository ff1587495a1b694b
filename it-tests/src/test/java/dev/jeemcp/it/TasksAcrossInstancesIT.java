package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jeemcp.it.infra.Poll;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.Server;
import dev.jeemcp.it.infra.ServerProcess;
import dev.jeemcp.it.infra.SharedDatabase;
import dev.jeemcp.mcp.McpErrorCodes;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tasks live in the shared database, not in an instance: on two instances of the sample sharing
 * PostgreSQL, a task started on one is polled and cancelled on the other, and when the instance running a task is
 * killed, the other one notices by itself and runs the idempotent underwriting again, or fails the sending of
 * documents (which must not happen twice) with a reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasksAcrossInstancesIT {

    private static final int WORK_SECONDS = 6;
    private static ServerProcess first;
    private static ServerProcess second;
    private static RawHttp a;
    private static RawHttp b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assumeTrue(Server.current().runsTasks(), "tasks need a ManagedExecutorService");
        SharedDatabase.recreate();
        List<String> properties = new ArrayList<>(SharedDatabase.sampleProperties());
        properties.add("sample.underwriting.seconds=" + WORK_SECONDS);
        properties.add("mcp.taskHeartbeatMs=1000");
        first = Server.current().startSample("tasks-a", properties);
        second = Server.current().startSample("tasks-b", properties);
        first.awaitReady(Duration.ofMinutes(3));
        second.awaitReady(Duration.ofMinutes(3));
        a = new RawHttp(first.endpoint());
        b = new RawHttp(second.endpoint());
    }

    @AfterAll
    static void stop() throws Exception {
        ServerProcess.closeAll(Arrays.asList(first, second));
    }

    private static String startQuote(RawHttp on, int age) {
        JsonObject result = on.expect(on.modern("tools/call", obj("name", "start_quote", "arguments", obj("product", "HOME",
                "applicant", obj("age", age, "smoker", false, "postcode", "1011"))), "start_quote"), 200, null);
        return result.getJsonObject("result").getJsonObject("structuredContent").getString("quote_id");
    }

    private static JsonObject startTask(RawHttp on, String tool, String quoteId) {
        JsonObject task = on.expect(on.withTasks("tools/call", obj("name", tool, "arguments", obj("quote_id", quoteId)), tool), 200, null)
                .getJsonObject("result");
        assertEquals("task", task.getString("resultType"), task::toString);
        assertEquals("working", task.getString("status"));
        return task;
    }

    private static JsonObject get(RawHttp on, String taskId) {
        JsonObject answer = on.expect(on.withTasks("tasks/get", obj("taskId", taskId), taskId), 200, null);
        assertTrue(answer.containsKey("result"), answer::toString);
        return answer.getJsonObject("result");
    }

    private static JsonObject awaitSettled(RawHttp on, String taskId, Duration limit) {
        return Poll.until(limit, () -> get(on, taskId), task -> !task.getString("status").equals("working"), "task " + taskId + " to settle");
    }

    @Test
    @Order(1)
    void aTaskStartedOnOneInstanceIsPolledOnTheOther() throws Exception {
        String quoteId = startQuote(a, 40);
        JsonObject started = startTask(a, "underwrite_quote", quoteId);
        String taskId = started.getString("taskId");
        assertTrue(taskId.matches("task_[A-Za-z0-9_-]{22}"), taskId);
        assertEquals(1000, started.getInt("pollIntervalMs"));
        assertEquals(3_600_000, started.getJsonNumber("ttlMs").longValue());

        assertEquals("working", get(b, taskId).getString("status"), "the other instance knows it at once");
        JsonObject done = awaitSettled(b, taskId, Duration.ofSeconds(30));
        assertEquals("completed", done.getString("status"), done::toString);
        assertEquals("complete", done.getString("resultType"));
        JsonObject decision = done.getJsonObject("result").getJsonObject("structuredContent");
        assertEquals("ACCEPTED", decision.getString("verdict"));
        assertEquals(quoteId, decision.getString("quoteId"));
    }

    @Test
    @Order(2)
    void aClientWithoutTheExtensionGetsTheResultDirectly() {
        String quoteId = startQuote(a, 80);
        JsonObject result = b.expect(b.modern("tools/call", obj("name", "underwrite_quote", "arguments", obj("quote_id", quoteId)),
                "underwrite_quote"), 200, null).getJsonObject("result");
        assertEquals("complete", result.getString("resultType"));
        assertEquals("REFERRED", result.getJsonObject("structuredContent").getString("verdict"));
        assertEquals(McpErrorCodes.MISSING_CLIENT_CAPABILITY, b.expect(b.modern("tasks/get", obj("taskId", "task_" + "A".repeat(22)), "task_" + "A".repeat(22)),
                400, McpErrorCodes.MISSING_CLIENT_CAPABILITY).getJsonObject("error").getInt("code"));
    }

    @Test
    @Order(3)
    void aTaskRunningOnOneInstanceIsCancelledOnTheOther() throws Exception {
        String taskId = startTask(a, "send_quote_documents", startQuote(a, 40)).getString("taskId");
        // The situation under test is a cancellation part-way through the work, and nothing outside the instance shows
        // that the tool has begun: this sleep places the cancellation a second into the six.
        Thread.sleep(1000);
        long cancelled = System.nanoTime();
        JsonObject ack = b.expect(b.withTasks("tasks/cancel", obj("taskId", taskId), taskId), 200, null).getJsonObject("result");
        assertEquals("complete", ack.getString("resultType"));
        JsonObject ended = awaitSettled(b, taskId, Duration.ofSeconds(30));
        assertEquals("cancelled", ended.getString("status"), ended::toString);
        assertTrue(Duration.ofNanos(System.nanoTime() - cancelled).toSeconds() < WORK_SECONDS - 2,
                "the tool stopped when it saw the cancellation, not when its work was done");
    }

    @Test
    @Order(4)
    void whenTheRunningInstanceIsKilledTheOtherOneRecoversItsTasks() throws Exception {
        String underwriting = startTask(a, "underwrite_quote", startQuote(a, 40)).getString("taskId");
        String documents = startTask(a, "send_quote_documents", startQuote(a, 40)).getString("taskId");
        // The situation under test is a crash part-way through the work, and nothing outside the instance shows that
        // the tools have begun: this sleep places the kill a second and a half into the six.
        Thread.sleep(1500);
        first.kill();

        JsonObject rerun = awaitSettled(b, underwriting, Duration.ofSeconds(60));
        assertEquals("completed", rerun.getString("status"), rerun::toString);
        assertEquals("ACCEPTED", rerun.getJsonObject("result").getJsonObject("structuredContent").getString("verdict"));

        JsonObject failed = awaitSettled(b, documents, Duration.ofSeconds(60));
        assertEquals("failed", failed.getString("status"), failed::toString);
        assertEquals(McpErrorCodes.INTERNAL_ERROR, failed.getJsonObject("error").getInt("code"));
        assertTrue(failed.getString("statusMessage").contains("not idempotent, so it was not run again"), failed::toString);
        assertFalse(failed.toString().contains("Exception"));
        assertEquals(2, SharedDatabase.count("SELECT COUNT(*) FROM MCP_TASK WHERE ID IN ('" + underwriting + "', '" + documents
                + "') AND RUNNER IS NULL"), "no run owns them any more");
    }
}
