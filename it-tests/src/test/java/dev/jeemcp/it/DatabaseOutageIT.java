package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Poll;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.ScaleOutCluster;
import dev.jeemcp.it.infra.Server;
import dev.jeemcp.it.infra.ServerProcess;
import dev.jeemcp.it.infra.SharedDatabase;
import dev.jeemcp.mcp.McpErrorCodes;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When the database goes away, every instance behind the balancer answers with a clear, retryable error (HTTP 503,
 * {@code Retry-After}, JSON-RPC {@code -32603} with {@code data.retryable}, no stack trace) and writes nothing, and
 * says it is not ready ({@code /mcp-ready}: 503, {@code mcp-database} DOWN); when it is back, they all say they are
 * ready again within a bound and recover by themselves, with no restart.
 */
class DatabaseOutageIT {

    private static final JsonObject START = obj("name", "start_quote",
            "arguments", obj("product", "HOME", "applicant", obj("age", 40, "smoker", false, "postcode", "1011")));

    /** How long an instance may take to notice: the database probe's bound, its stuck probes given up, a pool's recovery. */
    private static final Duration READINESS_BOUND = Duration.ofSeconds(45);
    /** Where tools run as tasks, the task executor is a check too; it accepts work through the outage. */
    private static final String TASKS = Server.current().runsTasks() ? " mcp-tasks=UP" : "";
    private static final String READY = "200 mcp-catalog=UP mcp-database=UP" + TASKS;
    private static final String NOT_READY = "503 mcp-catalog=UP mcp-database=DOWN" + TASKS;

    private static ScaleOutCluster cluster;
    private static RawHttp http;
    private static final HttpClient READINESS = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        cluster = ScaleOutCluster.start();
        http = new RawHttp(cluster.balancer.endpoint());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            SharedDatabase.startServer(); // whatever happened, leave the machine's database running
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    /** The readiness answer of one instance, as {@code status check=STATE...}; the instance answers without credentials. */
    private static String readiness(ServerProcess instance) throws IOException, InterruptedException {
        HttpResponse<String> response = READINESS.send(HttpRequest.newBuilder(instance.readiness()).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        StringBuilder answer = new StringBuilder().append(response.statusCode());
        for (JsonObject check : RawHttp.parse(response.body()).getJsonArray("checks").getValuesAs(JsonObject.class)) {
            answer.append(' ').append(check.getString("name")).append('=').append(check.getString("status"));
        }
        return answer.toString();
    }

    @Test
    void requestsFailRetryablyWhileTheDatabaseIsDownAndRecoverWhenItIsBack() throws Exception {
        for (int i = 0; i < 3; i++) {
            http.expect(http.modern("tools/call", START, "start_quote"), 200, null); // warm pools on every instance
        }
        for (ServerProcess instance : cluster.instances) {
            assertEquals(READY, readiness(instance));
        }
        int stored = SharedDatabase.count("SELECT COUNT(*) FROM MCP_HANDLE");

        SharedDatabase.stopServer();
        try {
            Set<String> refusedBy = new HashSet<>();
            int logBefore = cluster.balancer.accessLog().size();
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> response = http.send(http.modern("tools/call", START, "start_quote"));
                assertEquals(503, response.statusCode(), response.body());
                assertEquals("1", response.headers().firstValue("Retry-After").orElse(null));
                JsonObject error = RawHttp.parse(response.body()).getJsonObject("error");
                assertEquals(McpErrorCodes.INTERNAL_ERROR, error.getInt("code"));
                assertEquals("Service temporarily unavailable; retry the request", error.getString("message"));
                assertTrue(error.getJsonObject("data").getBoolean("retryable"));
            }
            List<String> log = cluster.balancer.accessLog();
            log.subList(logBefore, log.size()).forEach(line -> refusedBy.add(line.split(" ")[0]));
            assertEquals(3, refusedBy.size(), () -> "every instance answered 503 itself: " + refusedBy);
            for (ServerProcess instance : cluster.instances) {
                Poll.until(READINESS_BOUND, () -> readiness(instance), ready -> ready.equals(NOT_READY),
                        "instance " + ScaleOutCluster.address(instance) + " to say it is not ready");
            }
        } finally {
            SharedDatabase.startServer();
        }
        long restarted = System.nanoTime();
        for (ServerProcess instance : cluster.instances) {
            // A probe that hung while the database was away must not keep it "not ready": it is given up and replaced.
            Poll.until(READINESS_BOUND, () -> readiness(instance), ready -> ready.equals(READY),
                    "instance " + ScaleOutCluster.address(instance) + " to say it is ready again");
        }
        System.out.printf("database outage: every instance ready again %d ms after the database was back%n",
                Duration.ofNanos(System.nanoTime() - restarted).toMillis());

        assertEquals(stored, SharedDatabase.count("SELECT COUNT(*) FROM MCP_HANDLE"), "nothing was half-written");
        int logBefore = cluster.balancer.accessLog().size();
        for (int i = 0; i < 6; i++) {
            JsonObject result = http.expect(http.modern("tools/call", START, "start_quote"), 200, null).getJsonObject("result");
            assertTrue(result.getJsonObject("structuredContent").getString("quote_id").startsWith("quote_"), result::toString);
        }
        List<String> log = cluster.balancer.accessLog();
        Set<String> recovered = new HashSet<>();
        log.subList(logBefore, log.size()).forEach(line -> recovered.add(line.split(" ")[0]));
        assertEquals(3, recovered.size(), () -> "every instance recovered by itself: " + recovered);
        assertEquals(stored + 6, SharedDatabase.count("SELECT COUNT(*) FROM MCP_HANDLE"));
    }
}
