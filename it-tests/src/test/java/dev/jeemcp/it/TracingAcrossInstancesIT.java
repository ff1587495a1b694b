package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jeemcp.it.infra.JsonRpc;
import dev.jeemcp.it.infra.OtlpReceiver;
import dev.jeemcp.it.infra.OtlpReceiver.ReceivedSpan;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.Server;
import dev.jeemcp.it.infra.ServerProcess;
import dev.jeemcp.it.infra.SharedDatabase;
import dev.jeemcp.it.infra.Telemetry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One agent's work is one trace, whichever instance answers: two instances of the sample export their spans over
 * OTLP to a real receiver the test runs, each MCP request is a SERVER span in the caller's trace (from the
 * {@code traceparent} header, or from {@code _meta} first), and a task run taken over by the other instance after a
 * SIGKILL links to the span of the request that created the task.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TracingAcrossInstancesIT {

    private static final Duration EXPORTED = Duration.ofSeconds(30);
    private static OtlpReceiver receiver;
    private static ServerProcess first;
    private static ServerProcess second;
    private static RawHttp a;
    private static RawHttp b;

    @BeforeAll
    static void startTwoTracedInstances() throws Exception {
        SharedDatabase.recreate();
        receiver = OtlpReceiver.start();
        first = Telemetry.startTracedSample("trace-a", receiver, List.of("sample.underwriting.seconds=6", "mcp.taskHeartbeatMs=1000"));
        second = Telemetry.startTracedSample("trace-b", receiver, List.of("sample.underwriting.seconds=6", "mcp.taskHeartbeatMs=1000"));
        first.awaitReady(Duration.ofMinutes(3));
        second.awaitReady(Duration.ofMinutes(3));
        a = new RawHttp(first.endpoint());
        b = new RawHttp(second.endpoint());
    }

    @AfterAll
    static void stop() throws Exception {
        ServerProcess.closeAll(Arrays.asList(first, second));
        if (receiver != null) {
            receiver.close();
        }
    }

    /** A W3C traceparent of a sampled client span: a fresh trace id, or a new span in the given trace. */
    private static String traceparent(String traceId) {
        return "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
    }

    private static String newTraceId() {
        return HexFormat.of().formatHex(randomBytes(16));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    private static String startQuote(RawHttp on, String traceparent) {
        JsonObject answer = on.expect(on.modern("tools/call", startQuoteArguments(), "start_quote").header("traceparent", traceparent), 200, null);
        return answer.getJsonObject("result").getJsonObject("structuredContent").getString("quote_id");
    }

    private static JsonObject startQuoteArguments() {
        return obj("name", "start_quote", "arguments", obj("product", "HOME", "applicant", obj("age", 40, "smoker", false, "postcode", "1011")));
    }

    private static ReceivedSpan serverSpan(String traceId, String parentSpanId) {
        return receiver.awaitSpan(EXPORTED, "the server span under " + parentSpanId, span -> span.kind() == ReceivedSpan.SERVER
                && span.traceId().equals(traceId) && span.parentSpanId().equals(parentSpanId));
    }

    @Test
    @Order(1)
    void aToolCallIsOneServerSpanInTheCallersTrace() {
        String trace = newTraceId();
        String parent = traceparent(trace);
        startQuote(a, parent);

        ReceivedSpan span = serverSpan(trace, spanId(parent));
        assertEquals("tools/call start_quote", span.name(), span::toString);
        assertEquals("tools/call", span.attribute("mcp.method.name"), span::toString);
        assertEquals("start_quote", span.attribute("gen_ai.tool.name"), span::toString);
        assertEquals("42", span.attribute("jsonrpc.request.id"), span::toString);
        assertEquals("2026-07-28", span.attribute("mcp.protocol.version"), span::toString);
        assertEquals(0, span.statusCode(), "no error: " + span);
    }

    @Test
    @Order(2)
    void oneQuoteIsOneTraceAcrossTwoInstances() {
        String trace = newTraceId();
        String onA = traceparent(trace);
        String quoteId = startQuote(a, onA);
        String onB = traceparent(trace);
        JsonObject underwritten = b.expect(b.modern("tools/call", obj("name", "underwrite_quote", "arguments", obj("quote_id", quoteId)),
                "underwrite_quote").header("traceparent", onB), 200, null);
        assertEquals("ACCEPTED", underwritten.getJsonObject("result").getJsonObject("structuredContent").getString("verdict"));

        ReceivedSpan started = serverSpan(trace, spanId(onA));
        ReceivedSpan decided = serverSpan(trace, spanId(onB));
        assertEquals("trace-a", started.resource().get("service.instance.id"), started::toString);
        assertEquals("trace-b", decided.resource().get("service.instance.id"), decided::toString);
        assertEquals("tools/call underwrite_quote", decided.name(), decided::toString);
    }

    @Test
    @Order(3)
    void theMetaTraceparentWinsOverTheHeader() {
        String metaTrace = newTraceId();
        String inMeta = traceparent(metaTrace);
        String inHeader = traceparent(newTraceId());
        JsonObject meta = Json.createObjectBuilder(JsonRpc.meta(obj())).add("traceparent", inMeta).build();
        JsonObject params = Json.createObjectBuilder(startQuoteArguments()).add("_meta", meta).build();
        a.expect(a.post(JsonRpc.request(7, "tools/call", params).toString(), "MCP-Protocol-Version", "2026-07-28",
                "Mcp-Method", "tools/call", "Mcp-Name", "start_quote", "traceparent", inHeader), 200, null);

        ReceivedSpan span = serverSpan(metaTrace, spanId(inMeta));
        assertEquals("7", span.attribute("jsonrpc.request.id"), span::toString);
        assertTrue(receiver.spans().stream().noneMatch(s -> s.parentSpanId().equals(spanId(inHeader))), "the header's context is not used");
    }

    @Test
    @Order(4)
    void aToolErrorIsMarkedOnItsSpan() {
        String trace = newTraceId();
        String parent = traceparent(trace);
        JsonObject answer = a.expect(a.modern("tools/call", obj("name", "start_quote", "arguments", obj("product", "HOME",
                "applicant", obj("age", 12, "smoker", false, "postcode", "1011"))), "start_quote").header("traceparent", parent), 200, null);
        assertTrue(answer.getJsonObject("result").getBoolean("isError"), answer::toString);

        ReceivedSpan span = serverSpan(trace, spanId(parent));
        assertEquals("tool_error", span.attribute("error.type"), span::toString);
        assertEquals(2, span.statusCode(), "STATUS_CODE_ERROR: " + span);
    }

    @Test
    @Order(5)
    void theOperationDurationIsExportedPerMethodAndTool() {
        startQuote(b, traceparent(newTraceId()));
        var point = receiver.awaitPoint(EXPORTED, "mcp.server.operation.duration of start_quote",
                p -> p.metric().equals("mcp.server.operation.duration") && "tools/call".equals(p.attributes().get("mcp.method.name"))
                        && "start_quote".equals(p.attributes().get("gen_ai.tool.name")));
        assertEquals("s", point.unit(), point::toString);
        assertTrue(point.value() >= 1, point::toString);
    }

    @Test
    @Order(6)
    void aTaskRunTakenOverAfterAKillLinksToTheRequestThatCreatedIt() throws Exception {
        assumeTrue(Server.current().runsTasks(), "tasks need a ManagedExecutorService");
        String trace = newTraceId();
        String quoteId = startQuote(a, traceparent(trace));
        String creating = traceparent(trace);
        JsonObject task = a.expect(a.withTasks("tools/call", obj("name", "underwrite_quote", "arguments", obj("quote_id", quoteId)),
                "underwrite_quote").header("traceparent", creating), 200, null).getJsonObject("result");
        assertEquals("task", task.getString("resultType"), task::toString);
        // The creating request's span must have left the instance before it dies; it is exported within a batch delay.
        ReceivedSpan created = serverSpan(trace, spanId(creating));
        // The situation under test is a crash part-way through the work; nothing outside shows that the run began.
        Thread.sleep(1500);
        first.kill();
        // A task whose runner stopped beating is taken over when it is next looked at: the client polls the other instance.
        String taskId = task.getString("taskId");
        JsonObject settled = dev.jeemcp.it.infra.Poll.until(Duration.ofSeconds(60),
                () -> b.expect(b.withTasks("tasks/get", obj("taskId", taskId), taskId), 200, null).getJsonObject("result"),
                polled -> !polled.getString("status").equals("working"), "task " + taskId + " to settle on trace-b");
        assertEquals("completed", settled.getString("status"), settled::toString);

        ReceivedSpan takenOver = receiver.awaitSpan(Duration.ofSeconds(90), "a run on trace-b linked to " + created.spanId(),
                span -> "trace-b".equals(span.resource().get("service.instance.id")) && span.linkedSpanIds().contains(created.spanId()));
        assertNotEquals(created.spanId(), takenOver.spanId());
        assertEquals("underwrite_quote", takenOver.attribute("gen_ai.tool.name"), takenOver::toString);
    }
}
