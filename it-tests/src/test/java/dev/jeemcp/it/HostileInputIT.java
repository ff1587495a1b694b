package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.mcp.McpErrorCodes;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A corpus of hostile requests, each with the exact status and JSON-RPC code it must get; afterwards the server
 * still serves and the database holds exactly what the valid calls wrote, nothing half-done.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    /** Secured, so that a caller of its own can list its quotes: anonymous callers of the sample may not. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.secured("");
    }

    @ArquillianResource
    URL base;

    /**
     * One hostile request and what it must get; {@code code} is null when the answer is a result, and
     * {@code refused} says that result must be an {@code isError} one (argument values the tool refuses, SEP-1303),
     * whose text names {@code argument} when that is not null.
     */
    private record Case(String name, HttpRequest.Builder request, int status, Integer code, boolean refused, String argument) {
        Case(String name, HttpRequest.Builder request, int status, Integer code) {
            this(name, request, status, code, false, null);
        }

        /** A request whose arguments the tool refuses: 200 and an isError result. */
        static Case refused(String name, HttpRequest.Builder request) {
            return new Case(name, request, 200, null, true, null);
        }
    }

    /** A request whose argument value the tool must refuse with an isError result naming it, at once. */
    private static Case refused(String name, HttpRequest.Builder request, String argument) {
        return new Case(name, request.timeout(ANSWER_WITHIN), 200, null, true, argument);
    }

    /** How long a refusal may take: one 11-byte exponent must not cost minutes of CPU. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

    private static String call(String tool, String arguments) {
        return "\"name\":\"" + tool + "\",\"arguments\":" + arguments;
    }

    private static List<Case> corpus(RawHttp http) {
        String validQuote = "{\"product\":\"HOME\",\"applicant\":{\"age\":42,\"smoker\":false,\"postcode\":\"1011\"}}";
        String[] modernHeaders = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "start_quote"};
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("truncated JSON", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\""), 400, McpErrorCodes.PARSE_ERROR));
        cases.add(new Case("trailing garbage", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} x"), 400, McpErrorCodes.PARSE_ERROR));
        cases.add(new Case("deep nesting", http.post("[".repeat(200_000) + "]".repeat(200_000)), 400, McpErrorCodes.PARSE_ERROR));
        cases.add(new Case("deep object nesting in params", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":"
                + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}"), 400, McpErrorCodes.PARSE_ERROR));
        cases.add(new Case("huge body", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\""
                + "a".repeat(2_000_000) + "\"}}"), 413, McpErrorCodes.INVALID_REQUEST));
        cases.add(new Case("invalid UTF-8", http.post(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}), 400, McpErrorCodes.PARSE_ERROR));
        cases.add(new Case("batch", http.post("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}]"), 400, McpErrorCodes.INVALID_REQUEST));
        cases.add(new Case("params as a string", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":\"all\"}"), 400, McpErrorCodes.INVALID_REQUEST));
        cases.add(new Case("id as an object", http.post("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}"), 400, McpErrorCodes.INVALID_REQUEST));
        cases.add(new Case("jsonrpc 1.0", http.post("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}"), 400, McpErrorCodes.INVALID_REQUEST));
        cases.add(new Case("unknown method", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"admin/shutdown\"}"), 404, McpErrorCodes.METHOD_NOT_FOUND));
        cases.add(new Case("text/plain body", http.post("{}", "Content-Type", "text/plain"), 415, McpErrorCodes.INVALID_REQUEST));
        cases.add(new Case("missing Mcp-Method", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{"
                + call("start_quote", validQuote) + "," + RawHttp.META + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Name", "start_quote"), 400, McpErrorCodes.HEADER_MISMATCH));
        cases.add(new Case("Mcp-Name naming another tool", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{"
                + call("start_quote", validQuote) + "," + RawHttp.META + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call",
                "Mcp-Name", "bind_policy"), 400, McpErrorCodes.HEADER_MISMATCH));
        cases.add(new Case("_meta version contradicting the header", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{"
                + call("start_quote", validQuote) + "," + RawHttp.META.replace("2026-07-28", "2025-11-25") + "}}", modernHeaders), 400, McpErrorCodes.HEADER_MISMATCH));
        cases.add(new Case("_meta without capabilities", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{"
                + call("start_quote", validQuote) + ",\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}}", modernHeaders), 400, McpErrorCodes.INVALID_PARAMS));
        cases.add(Case.refused("schema violation", http.modernText("tools/call", call("start_quote",
                "{\"product\":\"YACHT\",\"applicant\":{\"age\":\"old\",\"smoker\":\"no\"}}"), "start_quote")));
        cases.add(new Case("huge string argument", http.modernText("tools/call", call("check_postcode",
                "{\"postcode\":\"" + "9".repeat(500_000) + "\"}"), "check_postcode"), 200, null));
        cases.add(Case.refused("handle of another kind", http.modernText("tools/call", call("get_quote",
                "{\"quote_id\":\"policy_AAAAAAAAAAAAAAAAAAAAAA\"}"), "get_quote")));
        cases.add(Case.refused("handle with an injection", http.modernText("tools/call", call("bind_policy",
                "{\"quote_id\":\"quote_' OR '1'='1\"}"), "bind_policy")));
        cases.add(new Case("forged requestState", http.modernText("tools/call", call("start_quote", validQuote)
                + ",\"requestState\":\"eyJjIjoiIn0.AAAA\",\"inputResponses\":{}", "start_quote"), 200, McpErrorCodes.INVALID_PARAMS));
        cases.add(new Case("requestState of the wrong type", http.modernText("tools/call", call("start_quote", validQuote)
                + ",\"requestState\":42", "start_quote"), 200, McpErrorCodes.INVALID_PARAMS));
        cases.add(new Case("duplicate tool name", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{"
                + "\"name\":\"get_quote\",\"name\":\"approve_discount\"," + RawHttp.META + "}}", modernHeaders), 400, McpErrorCodes.PARSE_ERROR));
        cases.add(new Case("duplicate argument", http.modernText("tools/call", call("check_postcode",
                "{\"postcode\":\"1011\",\"postcode\":\"9999\"}"), "check_postcode"), 400, McpErrorCodes.PARSE_ERROR));
        String streamed = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{" + call("start_quote", validQuote)
                + ",\"_meta\":{%s\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
        cases.add(new Case("log level that is no level", http.post(String.format(streamed, "\"io.modelcontextprotocol/logLevel\":\"all\","),
                modernHeaders), 400, McpErrorCodes.INVALID_PARAMS));
        cases.add(new Case("progress token that is an object", http.post(String.format(streamed, "\"progressToken\":{\"a\":1},"),
                modernHeaders), 400, McpErrorCodes.INVALID_PARAMS));
        String answered = "{\"jsonrpc\":\"2.0\",\"id\":%s,\"result\":{\"action\":\"accept\",\"content\":{\"confirm\":true}}}";
        cases.add(new Case("forged answer id", http.post(String.format(answered, "\"jeemcp-in-forged\"")), 400, McpErrorCodes.INVALID_REQUEST));
        cases.add(new Case("answer to a request never made", http.post(String.format(answered, "\"jeemcp-in-" + "A".repeat(43) + "\"")),
                400, McpErrorCodes.INVALID_REQUEST));
        cases.add(new Case("answer with a number for an id", http.post(String.format(answered, "7")), 400, McpErrorCodes.INVALID_REQUEST));
        cases.add(new Case("answer with both result and error", http.post("{\"jsonrpc\":\"2.0\",\"id\":\"jeemcp-in-" + "A".repeat(43)
                + "\",\"result\":{},\"error\":{\"code\":1,\"message\":\"x\"}}"), 400, McpErrorCodes.INVALID_REQUEST));
        cases.add(new Case("answer far over the answer limit", http.post(String.format(answered.replace("true}", "true,\"x\":\""
                + "a".repeat(100_000) + "\"}"), "\"jeemcp-in-" + "A".repeat(43) + "\"")), 413, McpErrorCodes.INVALID_REQUEST));
        numbers(http, cases);
        return cases;
    }

    /** Exponents huge and tiny, NaN-like values, deep nesting inside an argument; nothing of it reaches arithmetic. */
    private static void numbers(RawHttp http, List<Case> cases) {
        String applicant = "\"applicant\":{\"age\":42,\"smoker\":false,\"postcode\":\"1011\"}";
        java.util.function.Function<String, HttpRequest.Builder> estimate = coverage -> http.modernText("tools/call",
                call("estimate_premium", "{\"product\":\"HOME\"," + applicant + ",\"coverage\":" + coverage + "}"), "estimate_premium");
        java.util.function.Function<String, HttpRequest.Builder> startWithAge = age -> http.modernText("tools/call", call("start_quote",
                "{\"product\":\"HOME\",\"applicant\":{\"age\":" + age + ",\"smoker\":false,\"postcode\":\"1011\"}}"), "start_quote");
        cases.add(refused("huge exponent in a decimal", estimate.apply("1e600000000"), "coverage"));
        cases.add(refused("tiny exponent in a decimal", estimate.apply("1e-600000000"), "coverage"));
        cases.add(refused("huge negative decimal", estimate.apply("-1E+600000000"), "coverage"));
        cases.add(refused("huge exponent in an int", startWithAge.apply("1e600000000"), "applicant.age"));
        cases.add(refused("tiny exponent in an int", startWithAge.apply("1e-600000000"), "applicant.age"));
        cases.add(refused("integer beyond long in an int", startWithAge.apply("9".repeat(400)), "applicant.age"));
        cases.add(new Case("bare NaN", estimate.apply("NaN"), 400, McpErrorCodes.PARSE_ERROR));
        cases.add(new Case("bare Infinity", estimate.apply("Infinity"), 400, McpErrorCodes.PARSE_ERROR));
        cases.add(new Case("bare -Infinity", estimate.apply("-Infinity"), 400, McpErrorCodes.PARSE_ERROR));
        cases.add(refused("NaN as a string for a decimal", estimate.apply("\"NaN\""), "coverage"));
        cases.add(refused("Infinity as a string for a decimal", estimate.apply("\"Infinity\""), "coverage"));
        cases.add(refused("NaN as a string for an int", startWithAge.apply("\"NaN\""), "applicant.age"));
        cases.add(refused("deep nesting in a list argument", http.modernText("tools/call", call("update_coverage",
                "{\"quote_id\":\"quote_AAAAAAAAAAAAAAAAAAAAAA\",\"coverage\":{\"sumInsured\":1000,\"deductible\":0,\"extras\":"
                        + "[".repeat(900) + "]".repeat(900) + "}}"), "update_coverage"), "coverage.extras[0]"));
        cases.add(refused("deep nesting in a record argument", startWithAge.apply("{\"a\":".repeat(900) + "1" + "}".repeat(900)),
                "applicant.age"));
        cases.add(new Case("nesting past the parser's limit in an argument", estimate.apply("[".repeat(1_100) + "]".repeat(1_100)),
                400, McpErrorCodes.PARSE_ERROR));
    }

    @Test
    void everyHostileRequestGetsItsErrorAndNothingIsHalfWritten() {
        RawHttp http = new RawHttp(Deployments.endpoint(base)).as("alice", "alice-secret");
        int openBefore = openQuotes(http);
        // Every case is checked, so that one run shows every wrong answer.
        assertAll(corpus(http).stream().map(hostile -> (Executable) () -> {
            var response = http.send(hostile.request());
            assertEquals(hostile.status(), response.statusCode(), hostile.name() + ": " + abbreviate(response.body()));
            if (hostile.code() != null) {
                JsonObject body = RawHttp.parse(response.body());
                assertEquals(hostile.code().intValue(), body.getJsonObject("error").getInt("code"), hostile.name());
            }
            if (hostile.refused()) {
                JsonObject result = RawHttp.parse(response.body()).getJsonObject("result");
                assertTrue(result != null && result.getBoolean("isError", false), hostile.name() + ": " + abbreviate(response.body()));
                if (hostile.argument() != null) {
                    String text = result.getJsonArray("content").getJsonObject(0).getString("text");
                    assertTrue(text.contains(hostile.argument() + ":"), hostile.name() + " names the argument: " + text);
                }
            }
        }));
        assertEquals("{}", http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"), 200, null)
                .getJsonObject("result").toString(), "still serving");
        assertEquals(openBefore, openQuotes(http), "no quote was created by a refused request");
        JsonObject started = http.expect(http.modern("tools/call", obj("name", "start_quote",
                "arguments", obj("product", "HOME", "applicant", obj("age", 42, "smoker", false, "postcode", "1011"))), "start_quote"), 200, null)
                .getJsonObject("result");
        assertTrue(started.getJsonObject("structuredContent").getString("quote_id").startsWith("quote_"));
        assertEquals(openBefore + 1, openQuotes(http));
    }

    /**
     * A live request of the server, answered by another caller (another tenant here: each user is one), then by its
     * own caller, then replayed: only the own caller's first answer counts, and the tool binds with it.
     */
    @Test
    void anAnswerFromAnotherTenantOrAReplayIsRefused() throws Exception {
        RawHttp alice = new RawHttp(Deployments.endpoint(base)).as("alice", "alice-secret");
        RawHttp bob = new RawHttp(Deployments.endpoint(base)).as("bob", "bob-secret");
        String quoteId = alice.expect(alice.modern("tools/call", obj("name", "start_quote",
                "arguments", obj("product", "HOME", "applicant", obj("age", 42, "smoker", false, "postcode", "1011"))), "start_quote"), 200, null)
                .getJsonObject("result").getJsonObject("structuredContent").getString("quote_id");
        var call = java.net.http.HttpClient.newHttpClient().send(alice.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"bind_policy_confirmed\",\"arguments\":{\"quote_id\":\"" + quoteId + "\"}}}",
                "MCP-Protocol-Version", "2025-11-25").build(), java.net.http.HttpResponse.BodyHandlers.ofLines());
        var events = call.body().filter(line -> line.startsWith("data: ")).map(line -> RawHttp.parse(line.substring(6))).iterator();
        JsonObject asked = events.next();
        assertEquals("elicitation/create", asked.getString("method"));
        String answer = "{\"jsonrpc\":\"2.0\",\"id\":\"" + asked.getString("id") + "\",\"result\":{\"action\":\"accept\","
                + "\"content\":{\"confirm\":true}}}";
        assertEquals(400, bob.send(bob.post(answer, "MCP-Protocol-Version", "2025-11-25")).statusCode(), "another tenant's answer");
        assertEquals(202, alice.send(alice.post(answer, "MCP-Protocol-Version", "2025-11-25")).statusCode());
        assertEquals(400, alice.send(alice.post(answer, "MCP-Protocol-Version", "2025-11-25")).statusCode(), "a replay");
        JsonObject bound = events.next().getJsonObject("result");
        assertFalse(bound.getBoolean("isError", false), bound.toString());
        assertTrue(bound.getJsonObject("structuredContent").getString("policy_id").startsWith("policy_"));
    }

    private static int openQuotes(RawHttp http) {
        return http.expect(http.modern("tools/call", obj("name", "list_quotes", "arguments", obj()), "list_quotes"), 200, null)
                .getJsonObject("result").getJsonObject("structuredContent").getJsonArray("quotes").size();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
