package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.JsonRpc;
import dev.jeemcp.it.infra.NginxBalancer;
import dev.jeemcp.it.infra.NodeClients;
import dev.jeemcp.it.infra.Poll;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.ScaleOutCluster;
import dev.jeemcp.it.infra.ServerProcess;
import dev.jeemcp.it.infra.SharedDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The promise of statelessness, on real infrastructure: nginx round-robins over three server instances that
 * share PostgreSQL. Many quoting flows run at once, with the official TypeScript client and with raw HTTP, while one
 * instance is killed with SIGKILL and brought back. Clients retry what failed; at the end every quote is accounted
 * for: none lost, none duplicated, none bound twice. The load is bounded in flows and time and stays on loopback.
 * <p>Runs on Payara Micro 6 and Tomcat, not again on Payara Micro 7 and WildFly: the pom's failsafe executions say why.
 */
class ScaleOutIT {

    private static final int RAW_THREADS = 6;
    private static final int RAW_FLOW_LIMIT = 3000;
    private static final int TS_FLOWS = 60;
    private static final int TS_CONCURRENCY = 6;
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(120);
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    /** The tag of the pings that look for the restarted instance, apart from the flows' requests. */
    private static final String AFTER_RESTART = "after-restart";

    private static ScaleOutCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = ScaleOutCluster.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void everyFlowCompletesOnceWhileAnInstanceIsKilledAndRestarted() throws Exception {
        Flow sequential = assertConsecutiveRequestsLandOnDifferentInstances();

        AtomicBoolean loading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Flow> rawFlows = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> rawFailures = new ConcurrentLinkedQueue<>();
        AtomicInteger started = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(RAW_THREADS);
        long deadline = System.nanoTime() + LOAD_LIMIT.toNanos();
        for (int t = 0; t < RAW_THREADS; t++) {
            threads.execute(() -> {
                RawFlows client = new RawFlows(cluster.balancer);
                int n;
                while (loading.get() && System.nanoTime() < deadline && (n = started.incrementAndGet()) <= RAW_FLOW_LIMIT) {
                    try {
                        rawFlows.add(client.run("raw-" + n));
                    } catch (RuntimeException | AssertionError e) {
                        rawFailures.add(e.getMessage());
                    }
                }
            });
        }
        Poll.until(Duration.ofSeconds(30), () -> rawFlows.size() + rawFailures.size() >= RAW_THREADS, "the raw load to run");
        CompletableFuture<JsonObject> typeScript = CompletableFuture.supplyAsync(() -> NodeClients.script("scale-flows.mjs",
                cluster.balancer.endpoint().toString(), Integer.toString(TS_FLOWS), Integer.toString(TS_CONCURRENCY), "ts"));
        Poll.until(Duration.ofSeconds(60), () -> cluster.balancer.accessLog().stream().anyMatch(line -> line.matches("\\S+ 200 ts-\\d+")),
                "the TypeScript flows to run");

        ServerProcess victim = cluster.instances.get(1);
        victim.kill();
        int logAtKill = cluster.balancer.accessLog().size();
        cluster.withdraw(victim); // what an orchestrator does once the liveness of an instance fails
        ServerProcess back = victim.restart();
        cluster.instances.set(1, back);
        cluster.admitWhenReady(back, Duration.ofMinutes(3));
        int logAtRestart = cluster.balancer.accessLog().size();
        String restarted = ScaleOutCluster.address(back);
        // On a loaded machine the restart can outlast the load (Payara took 75 s to boot once): ask through the balancer
        // as well, so that round-robin reaches the restarted instance whether or not flows are still running.
        RawHttp throughBalancer = new RawHttp(cluster.balancer.endpoint());
        Poll.until(Duration.ofSeconds(60), () -> {
            throughBalancer.send(throughBalancer.post(PING, "MCP-Protocol-Version", "2025-11-25", "X-Flow", AFTER_RESTART));
            List<String> log = cluster.balancer.accessLog();
            return log.subList(logAtRestart, log.size()).stream().anyMatch(line -> line.startsWith(restarted + " 200"));
        }, "the restarted instance to serve again");
        loading.set(false);
        threads.shutdown();
        assertTrue(threads.awaitTermination(LOAD_LIMIT.toSeconds(), TimeUnit.SECONDS), "raw flows ended");
        JsonObject ts = typeScript.get(LOAD_LIMIT.toSeconds(), TimeUnit.SECONDS);

        assertTrue(rawFailures.isEmpty(), () -> "raw flows failed: " + rawFailures);
        assertTrue(ts.getJsonArray("failures").isEmpty(), () -> "TypeScript flows failed: " + ts.getJsonArray("failures"));
        List<Flow> flows = new ArrayList<>(rawFlows);
        flows.add(sequential);
        ts.getJsonArray("flows").getValuesAs(JsonObject.class).forEach(f -> flows.add(new Flow(f.getString("flow"),
                f.getString("quote_id"), f.getString("policy_id"), f.getInt("retries"), f.getInt("ambiguousStarts"))));
        assertEquals(TS_FLOWS, ts.getJsonArray("flows").size());
        assertTrue(rawFlows.size() >= RAW_THREADS, "raw flows ran: " + rawFlows.size());

        List<String> log = cluster.balancer.accessLog();
        assertTrue(log.subList(logAtKill, log.size()).stream().anyMatch(line -> !line.endsWith(" " + AFTER_RESTART)),
                "the load went on after the kill");

        assertEveryQuoteAccountedFor(flows);
        System.out.printf("scale-out: %d flows (%d raw, %d TypeScript), %d requests, %d client retries, %d ambiguous starts%n",
                flows.size(), rawFlows.size(), TS_FLOWS, log.size(),
                flows.stream().mapToInt(Flow::retries).sum(), flows.stream().mapToInt(Flow::ambiguousStarts).sum());
    }

    /** With one client at a time, round-robin sends each request of a flow to the next instance. */
    private static Flow assertConsecutiveRequestsLandOnDifferentInstances() throws IOException {
        int before = cluster.balancer.accessLog().size();
        Flow flow = new RawFlows(cluster.balancer).run("sequential");
        assertEquals(0, flow.retries());
        // nginx logs a request once its answer is sent, which may be a moment after the client has read it.
        List<String> seen = Poll.until(Duration.ofSeconds(2), () -> {
            List<String> log = cluster.balancer.accessLog();
            return log.subList(before, log.size()).stream()
                    .filter(line -> line.endsWith(" sequential")).map(line -> line.split(" ")[0]).toList();
        }, upstreams -> upstreams.size() >= 4, "nginx to log the four requests of the sequential flow");
        assertEquals(4, seen.size(), seen::toString);
        assertEquals(3, new HashSet<>(seen).size(), () -> "all three instances took part: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertNotEquals(seen.get(i - 1), seen.get(i), () -> "consecutive requests on one instance: " + seen);
        }
        return flow;
    }

    private static void assertEveryQuoteAccountedFor(List<Flow> flows) throws SQLException {
        Set<String> quotes = new HashSet<>();
        Set<String> policies = new HashSet<>();
        for (Flow flow : flows) {
            assertTrue(quotes.add(flow.quoteId()), "one quote per flow: " + flow);
            assertTrue(policies.add(flow.policyId()), "one policy per flow: " + flow);
            assertEquals(1, SharedDatabase.count("SELECT COUNT(*) FROM SAMPLE_POLICY WHERE QUOTE_ID = '" + flow.quoteId()
                    + "' AND ID = '" + flow.policyId() + "'"), () -> "bound exactly once: " + flow);
        }
        assertEquals(flows.size(), SharedDatabase.count("SELECT COUNT(*) FROM SAMPLE_POLICY"), "no quote bound twice, no stray policy");
        int handles = SharedDatabase.count("SELECT COUNT(*) FROM MCP_HANDLE WHERE KIND = 'quote'");
        int ambiguous = flows.stream().mapToInt(Flow::ambiguousStarts).sum();
        // A start whose answer was lost may have created a quote the client never saw: allowed, but only that many.
        assertTrue(handles >= flows.size() && handles <= flows.size() + ambiguous,
                () -> handles + " quotes stored for " + flows.size() + " flows and " + ambiguous + " ambiguous starts");
    }


    /** What one flow ended with. */
    record Flow(String name, String quoteId, String policyId, int retries, int ambiguousStarts) {
    }

    /** The quoting flow over raw HTTP, as a hand-written client would do it: retry what failed in transit or with 503. */
    static final class RawFlows {

        private static final int MAX_ATTEMPTS = 40;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final NginxBalancer balancer;
        private int retries;
        private int ambiguousStarts;

        RawFlows(NginxBalancer balancer) {
            this.balancer = balancer;
        }

        Flow run(String flow) {
            retries = 0;
            ambiguousStarts = 0;
            JsonObject started = call(flow, "start_quote", Json.createObjectBuilder().add("product", "HOME")
                    .add("applicant", Json.createObjectBuilder().add("age", 40).add("smoker", false).add("postcode", "1011")).build());
            String quoteId = started.getJsonObject("structuredContent").getString("quote_id");
            JsonObject updated = call(flow, "update_coverage", Json.createObjectBuilder().add("quote_id", quoteId)
                    .add("coverage", Json.createObjectBuilder().add("sumInsured", 300000).add("deductible", 1000)
                            .add("extras", Json.createArrayBuilder().add("LEGAL_EXPENSES"))).build());
            assertFalse(updated.getBoolean("isError"), updated::toString);
            JsonObject read = call(flow, "get_quote", quote(quoteId));
            assertEquals(300000, read.getJsonObject("structuredContent").getJsonObject("coverage").getInt("sumInsured"));
            JsonObject bound = call(flow, "bind_policy", quote(quoteId));
            String policyId = bound.getBoolean("isError")
                    // a retried bind whose first attempt went through: the quote names its policy
                    ? call(flow, "get_quote", quote(quoteId)).getJsonObject("structuredContent").getString("policy_id")
                    : bound.getJsonObject("structuredContent").getString("policy_id");
            return new Flow(flow, quoteId, policyId, retries, ambiguousStarts);
        }

        private static JsonObject quote(String quoteId) {
            return Json.createObjectBuilder().add("quote_id", quoteId).build();
        }

        private JsonObject call(String flow, String tool, JsonObject arguments) {
            String body = JsonRpc.toolCall(1, tool, arguments, JsonValue.EMPTY_JSON_OBJECT).toString();
            HttpRequest request = HttpRequest.newBuilder(balancer.endpoint())
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .header("MCP-Protocol-Version", "2026-07-28")
                    .header("Mcp-Method", "tools/call")
                    .header("Mcp-Name", tool)
                    .header("X-Flow", flow)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            String last = null;
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return RawHttp.parse(response.body()).getJsonObject("result");
                    }
                    last = response.statusCode() + " " + response.body();
                    // A gateway error while an instance dies, or a retryable 503. No 404: the restarted instance is
                    // admitted only once its readiness endpoint says its WAR is deployed (Payara Micro opens its port
                    // and answers 404 before that).
                    assertTrue(response.statusCode() == 502 || response.statusCode() == 503 || response.statusCode() == 504, last);
                    if (tool.equals("start_quote") && (response.statusCode() == 502 || response.statusCode() == 504)) {
                        ambiguousStarts++; // nginx lost the answer: the quote may exist
                    }
                } catch (IOException e) {
                    last = e.toString();
                    if (tool.equals("start_quote")) {
                        ambiguousStarts++;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                retries++;
                backOff();
            }
            throw new IllegalStateException(flow + ": " + tool + " failed " + MAX_ATTEMPTS + " times, last: " + last);
        }

        /** A client's pause between retries, not a wait for something: it paces the retries while an instance is down. */
        private static void backOff() {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
