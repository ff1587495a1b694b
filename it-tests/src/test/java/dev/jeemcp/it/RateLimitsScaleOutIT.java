package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.ScaleOutCluster;
import dev.jeemcp.it.infra.SharedDatabase;
import dev.jeemcp.mcp.McpErrorCodes;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rate limit holds for the whole cluster: three instances behind nginx round-robin count one tool's calls in the
 * shared PostgreSQL ({@code mcp.rateLimit.mode=database}), and many threads hammering the tool through the balancer
 * for several windows never get more calls admitted in a window than the limit. What was admitted is read back from
 * the count table: every window's row is at most the limit, and the rows add up to exactly the calls the clients saw
 * answered. Every refusal is a 429 with {@code Retry-After} and a retryable error saying when. Bounded in threads and
 * time, on loopback.
 * <p>Runs on Payara Micro 6 and Tomcat, not again on Payara Micro 7 and WildFly: the pom's failsafe executions say why.
 */
class RateLimitsScaleOutIT {

    private static final int LIMIT = 25;
    private static final int WINDOW_SECONDS = 5;
    private static final int THREADS = 6;
    private static final Duration LOAD = Duration.ofSeconds(3L * WINDOW_SECONDS);

    private static ScaleOutCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = ScaleOutCluster.start(List.of("mcp.rateLimit.mode=database",
                "mcp.rateLimit.tool.estimate_premium=" + LIMIT + "/PT" + WINDOW_SECONDS + "S"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void noWindowAdmitsMoreThanTheLimitAcrossThreeInstances() throws Exception {
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long deadline = System.nanoTime() + LOAD.toNanos();
        for (int t = 0; t < THREADS; t++) {
            threads.execute(() -> {
                RawHttp http = new RawHttp(cluster.balancer.endpoint());
                while (System.nanoTime() < deadline) {
                    HttpResponse<String> response = http.send(estimate(http));
                    if (response.statusCode() == 200 && !RawHttp.parse(response.body()).containsKey("error")) {
                        admitted.incrementAndGet();
                    } else if (response.statusCode() == 429) {
                        refused.incrementAndGet();
                        String problem = refusalProblem(response);
                        if (problem != null) {
                            wrong.add(problem);
                        }
                    } else {
                        wrong.add(response.statusCode() + " " + response.body());
                    }
                }
            });
        }
        threads.shutdown();
        assertTrue(threads.awaitTermination(LOAD.toSeconds() + 60, TimeUnit.SECONDS), "the load ended");

        assertTrue(wrong.isEmpty(), () -> "unexpected answers: " + wrong.stream().limit(5).toList());
        assertTrue(refused.get() > 0, "the limit was reached: " + admitted + " admitted");
        int windows = SharedDatabase.count("SELECT COUNT(*) FROM MCP_RATE");
        int fullest = SharedDatabase.count("SELECT COALESCE(MAX(CALLS), 0) FROM MCP_RATE");
        int counted = SharedDatabase.count("SELECT COALESCE(SUM(CALLS), 0) FROM MCP_RATE");
        assertTrue(fullest <= LIMIT, "a window admitted " + fullest + " calls, over the limit of " + LIMIT);
        assertEquals(admitted.get(), counted, "the windows' counts are the calls the clients saw admitted");
        assertTrue(windows >= 3, "the load spanned several windows: " + windows);
        assertEquals(LIMIT, fullest, "a window was filled to the limit, not past it");
        assertAllInstancesAdmitted();
        System.out.printf("rate limits: %d admitted, %d refused with 429 over %d windows of %d s (limit %d)%n",
                admitted.get(), refused.get(), windows, WINDOW_SECONDS, LIMIT);
    }

    private static HttpRequest.Builder estimate(RawHttp http) {
        JsonObject applicant = obj("age", 40, "smoker", false, "postcode", "1011");
        return http.modern("tools/call", obj("name", "estimate_premium",
                "arguments", obj("product", "HOME", "applicant", applicant)), "estimate_premium");
    }

    /** What is wrong with a 429, or {@code null}: it needs a positive Retry-After and a retryable error saying when. */
    private static String refusalProblem(HttpResponse<String> response) {
        long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L);
        JsonObject error = RawHttp.parse(response.body()).getJsonObject("error");
        if (retryAfter < 1 || retryAfter > WINDOW_SECONDS || error == null || error.getInt("code") != McpErrorCodes.INTERNAL_ERROR
                || !error.getJsonObject("data").getBoolean("retryable")
                || error.getJsonObject("data").getJsonNumber("retryAfterMs").longValue() > WINDOW_SECONDS * 1000L) {
            return "429 " + response.headers().map() + " " + response.body();
        }
        return null;
    }

    /** Round-robin spread the calls: every instance admitted some, so the count was shared, not per instance. */
    private static void assertAllInstancesAdmitted() throws Exception {
        Set<String> admitting = new HashSet<>();
        for (String line : cluster.balancer.accessLog()) {
            String[] upstreamAndStatus = line.split(" "); // the balancer logs "$upstream_addr $status $http_x_flow"
            if (upstreamAndStatus.length >= 2 && upstreamAndStatus[1].equals("200")) {
                admitting.add(upstreamAndStatus[0]);
            }
        }
        assertEquals(3, admitting.size(), () -> "instances that admitted calls: " + admitting);
    }
}
