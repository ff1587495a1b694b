package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.servlet.internal.AnswersTable;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Every malformed request gets its HTTP status and JSON-RPC error code, with the request id when it could be read,
 * no stack trace, and no session. The sample is deployed with a page size of 2 and a 64 KiB body limit, set through
 * web.xml context parameters, as a user would.
 */
@ExtendWith(ArquillianExtension.class)
class RawHttpIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.sample().setWebXML(new StringAsset("""
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <context-param><param-name>mcp.pageSize</param-name><param-value>2</param-value></context-param>
                  <context-param><param-name>mcp.maxRequestBytes</param-name><param-value>65536</param-value></context-param>
                  <context-param><param-name>mcp.input.maxAnswerBytes</param-name><param-value>1000</param-value></context-param>
                </web-app>"""));
    }

    @ArquillianResource
    URL base;

    private RawHttp http;

    @BeforeEach
    void connect() {
        http = new RawHttp(Deployments.endpoint(base));
    }

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

    // --- the table of docs/reference/errors.md ----------------------------------------------------------------

    /** Rows this deployment cannot produce (it needs a tool made to fail, or other limits), and who sends them. */
    private static final Map<String, String> ANSWERED_ELSEWHERE = Map.ofEntries(
            Map.entry("missing-capability", "AnswersTableTest"),
            Map.entry("tool-throws", "mcp-cdi ToolResultsTest and UnwritableResultTest"),
            Map.entry("feature-refuses", "mcp-cdi PromptsAndResourcesTest"),
            Map.entry("feature-throws", "mcp-cdi PromptsAndResourcesTest"),
            Map.entry("streams-exhausted", "AnswersTableTest"),
            Map.entry("stream-timeout", "AnswersTableTest"),
            Map.entry("async-timeout", "AnswersTableTest"),
            Map.entry("unavailable", "AnswersTableTest and DatabaseOutageIT"),
            Map.entry("rate-limited", "AnswersTableTest and RateLimitsScaleOutIT"),
            Map.entry("input-busy", "AnswersTableTest and LegacyInputIsBoundedTest"),
            Map.entry("input-round-too-large", "AnswersTableTest, ARoundTooLargeToAskIsNotRetryableTest and AnInputRequestWithoutQuestionsIsOneErrorTest"),
            Map.entry("unexpected", "AnswersTableTest"),
            Map.entry("answer-stored", "AnswersTableTest, HostileInputIT and LegacyInputAcrossInstancesIT"));

    /** How each row of docs/reference/answers.tsv is sent to the sample. */
    private Map<String, HttpRequest.Builder> answerCases() {
        Function<Object, JsonObject> adult = age -> obj("product", "HOME", "applicant", obj("age", age, "smoker", false, "postcode", "1011"));
        return Map.ofEntries(
                Map.entry("not-post", HttpRequest.newBuilder(Deployments.endpoint(base)).DELETE()),
                Map.entry("foreign-origin", http.post(PING, "Origin", "https://attacker.example")),
                Map.entry("preflight", HttpRequest.newBuilder(Deployments.endpoint(base))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "http://localhost:6274").header("Access-Control-Request-Method", "POST")),
                Map.entry("content-type", http.post(PING, "Content-Type", "text/plain")),
                Map.entry("accept", http.post(PING, "Accept", "text/html")),
                Map.entry("too-large", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\""
                        + "a".repeat(70_000) + "\"}}")),
                Map.entry("parse-error", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"method\":\"tools/list\"}")),
                Map.entry("invalid-request", http.post("[" + PING + "]")),
                Map.entry("notification", http.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")),
                Map.entry("answer-refused", http.post("{\"jsonrpc\":\"2.0\",\"id\":\"jeemcp-in-" + "A".repeat(43)
                        + "\",\"result\":{\"action\":\"accept\"}}")),
                Map.entry("answer-too-large", http.post("{\"jsonrpc\":\"2.0\",\"id\":\"jeemcp-in-" + "A".repeat(43)
                        + "\",\"result\":{\"action\":\"accept\",\"content\":{\"x\":\"" + "a".repeat(2_000) + "\"}}}")),
                Map.entry("modern-meta", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
                        "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list")),
                Map.entry("unsupported-version", http.post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/list\",\"params\":{\"_meta\":"
                        + "{\"io.modelcontextprotocol/protocolVersion\":\"1900-01-01\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}",
                        "MCP-Protocol-Version", "1900-01-01", "Mcp-Method", "tools/list")),
                Map.entry("header-mismatch", http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{"
                        + RawHttp.META + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call")),
                Map.entry("unknown-method", http.modern("no/such/method", obj(), null)),
                Map.entry("invalid-params", http.modern("tools/call", obj("name", "drop_tables"), "drop_tables")),
                Map.entry("schema-violation", http.modern("tools/call",
                        obj("name", "estimate_premium", "arguments", adult.apply("forty")), "estimate_premium")),
                Map.entry("bean-validation", http.modern("tools/call",
                        obj("name", "estimate_premium", "arguments", adult.apply(12)), "estimate_premium")));
    }

    @Test
    void everyRowOfTheAnswersTableIsAnsweredAsItSays() {
        Map<String, HttpRequest.Builder> cases = answerCases();
        Set<String> named = new TreeSet<>(cases.keySet());
        named.addAll(ANSWERED_ELSEWHERE.keySet());
        assertEquals(new TreeSet<>(AnswersTable.rows().stream().map(AnswersTable.Row::name).toList()), named,
                "every row of answers.tsv is sent here or named where it is");
        assertAll(AnswersTable.rows().stream().filter(row -> cases.containsKey(row.name()))
                .map(row -> (Executable) () -> AnswersTable.check(row, http.send(cases.get(row.name())))));
    }

    // --- transport -------------------------------------------------------------------------------------------

    @Test
    void getAndDeleteAreNotAllowed() {
        var get = http.send(HttpRequest.newBuilder(Deployments.endpoint(base)).GET());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        assertEquals(405, http.send(HttpRequest.newBuilder(Deployments.endpoint(base)).DELETE()).statusCode());
    }

    @Test
    void aForeignOriginIsForbiddenAndLoopbackIsNot() {
        http.expect(http.post(PING, "Origin", "https://attacker.example"), 403, McpErrorCodes.INVALID_REQUEST);
        http.expect(http.post(PING, "Origin", "http://localhost:6274"), 200, null);
    }

    @Test
    void aLoopbackPagePassesTheCorsPreflightAndAForeignOneDoesNot() {
        var preflight = http.send(HttpRequest.newBuilder(Deployments.endpoint(base))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:6274")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, mcp-protocol-version, mcp-method, mcp-name"));
        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals("http://localhost:6274", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Mcp-Method"));
        var foreign = http.send(HttpRequest.newBuilder(Deployments.endpoint(base))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://attacker.example")
                .header("Access-Control-Request-Method", "POST"));
        assertEquals(403, foreign.statusCode());
    }

    @Test
    void aDuplicateKeyIsAParseError() {
        http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"method\":\"tools/list\"}"), 400, McpErrorCodes.PARSE_ERROR);
    }

    @Test
    void aRequestForProgressIsValidatedBeforeAnythingStreams() {
        String meta = "\"_meta\":{\"progressToken\":\"p\",\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
        var unknown = http.send(http.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"drop_tables\","
                + meta + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "drop_tables"));
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), unknown.headers().map().toString());
        assertEquals(McpErrorCodes.INVALID_PARAMS, RawHttp.parse(unknown.body()).getJsonObject("error").getInt("code"));
        http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"list_products\","
                + meta.replace("\"progressToken\":\"p\"", "\"io.modelcontextprotocol/logLevel\":\"loud\"") + "}}",
                "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "list_products"), 400, McpErrorCodes.INVALID_PARAMS);
    }

    @Test
    void contentTypeAndAcceptAreChecked() {
        http.expect(http.post(PING, "Content-Type", "text/plain"), 415, McpErrorCodes.INVALID_REQUEST);
        http.expect(http.post(PING, "Accept", "text/html"), 406, McpErrorCodes.INVALID_REQUEST);
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        String huge = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\"" + "a".repeat(70_000) + "\"}}";
        http.expect(http.post(huge), 413, McpErrorCodes.INVALID_REQUEST);
    }

    // --- envelope --------------------------------------------------------------------------------------------

    @Test
    void malformedJsonAndInvalidUtf8AreParseErrors() {
        JsonObject error = http.expect(http.post("{\"jsonrpc\":"), 400, McpErrorCodes.PARSE_ERROR);
        assertEquals(JsonValue.NULL, error.get("id"));
        byte[] latin1 = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        http.expect(http.post(latin1), 400, McpErrorCodes.PARSE_ERROR);
    }

    @Test
    void batchesAndNonRequestsAreInvalidRequests() {
        http.expect(http.post("[" + PING + "]"), 400, McpErrorCodes.INVALID_REQUEST);
        http.expect(http.post("\"ping\""), 400, McpErrorCodes.INVALID_REQUEST);
        http.expect(http.post("{\"id\":1,\"method\":\"ping\"}"), 400, McpErrorCodes.INVALID_REQUEST);
        http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":1}"), 400, McpErrorCodes.INVALID_REQUEST);
        http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"ping\"}"), 400, McpErrorCodes.INVALID_REQUEST);
        JsonObject withId = http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":\"x-1\",\"method\":7}"), 400, McpErrorCodes.INVALID_REQUEST);
        assertEquals("x-1", withId.getString("id"));
    }

    @Test
    void aNotificationIsAccepted() {
        HttpResponse<String> response = http.send(http.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
        assertEquals(202, response.statusCode());
        assertEquals("", response.body());
    }

    // --- legacy era ------------------------------------------------------------------------------------------

    @Test
    void legacyClientsNegotiateAndPing() {
        JsonObject agreed = http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}"), 200, null);
        assertEquals("2025-06-18", agreed.getJsonObject("result").getString("protocolVersion"));
        JsonObject fallback = http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                + "{\"protocolVersion\":\"1999-01-01\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}"), 200, null);
        assertEquals("2025-11-25", fallback.getJsonObject("result").getString("protocolVersion"));
        assertEquals("{}", http.expect(http.post(PING), 200, null).getJsonObject("result").toString());
        JsonObject tools = http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}"), 200, null);
        assertFalse(tools.getJsonObject("result").containsKey("resultType"));
    }

    // --- modern era ------------------------------------------------------------------------------------------

    @Test
    void discoverDescribesTheServer() {
        JsonObject result = http.expect(http.modern("server/discover", obj(), null), 200, null).getJsonObject("result");
        assertEquals("complete", result.getString("resultType"));
        assertTrue(result.getJsonArray("supportedVersions").toString().contains("\"2026-07-28\""));
        assertTrue(result.getJsonArray("supportedVersions").toString().contains("\"2025-11-25\""));
        assertTrue(result.getJsonObject("capabilities").containsKey("tools"));
        assertEquals("jeemcp", result.getJsonObject("_meta").getJsonObject("io.modelcontextprotocol/serverInfo").getString("name"));
        assertTrue(result.getJsonNumber("ttlMs").longValue() > 0);
        assertEquals("public", result.getString("cacheScope"));
    }

    @Test
    void theCursorChainListsEveryToolOnce() {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = http.expect(http.modern("tools/list", cursor == null ? obj() : obj("cursor", cursor), null), 200, null)
                    .getJsonObject("result");
            assertTrue(page.getJsonArray("tools").size() <= 2);
            // approve_discount is for underwriters only, so what the list holds depends on the caller.
            assertEquals("private", page.getString("cacheScope"));
            page.getJsonArray("tools").forEach(tool -> names.add(tool.asJsonObject().getString("name")));
            cursor = page.getString("nextCursor", null);
        } while (cursor != null);
        assertEquals(List.of("audit_count", "bind_policy", "bind_policy_confirmed", "check_postcode", "estimate_premium", "get_quote", "list_products", "list_quotes", "renewal_date", "send_quote_documents", "start_quote", "underwrite_quote", "update_coverage"), names);
        http.expect(http.modern("tools/list", obj("cursor", "not-a-cursor"), null), 200, McpErrorCodes.INVALID_PARAMS);
    }

    @Test
    void missingMetaIsInvalidParams() {
        http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
                "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list"), 400, McpErrorCodes.INVALID_PARAMS);
        http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"_meta\":"
                + "{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}}",
                "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list"), 400, McpErrorCodes.INVALID_PARAMS);
    }

    @Test
    void anUnsupportedVersionNamesTheSupportedOnes() {
        JsonObject error = http.expect(http.post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/list\",\"params\":{\"_meta\":"
                + "{\"io.modelcontextprotocol/protocolVersion\":\"1900-01-01\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}",
                "MCP-Protocol-Version", "1900-01-01", "Mcp-Method", "tools/list"), 400, McpErrorCodes.UNSUPPORTED_PROTOCOL_VERSION).getJsonObject("error");
        assertEquals("1900-01-01", error.getJsonObject("data").getString("requested"));
        assertTrue(error.getJsonObject("data").getJsonArray("supported").toString().contains("2026-07-28"));
    }

    @Test
    void headersMustMatchTheBody() {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{" + RawHttp.META + "}}";
        http.expect(http.post(body, "MCP-Protocol-Version", "2026-07-28"), 400, McpErrorCodes.HEADER_MISMATCH);
        http.expect(http.post(body, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call"), 400, McpErrorCodes.HEADER_MISMATCH);
        http.expect(http.post(body, "MCP-Protocol-Version", "2025-11-25", "Mcp-Method", "tools/list"), 400, McpErrorCodes.HEADER_MISMATCH);
        http.expect(http.post(body, "Mcp-Method", "tools/list"), 400, McpErrorCodes.HEADER_MISMATCH);
        String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"list_products\"," + RawHttp.META + "}}";
        http.expect(http.post(call, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call"), 400, McpErrorCodes.HEADER_MISMATCH);
        http.expect(http.post(call, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "audit_count"), 400, McpErrorCodes.HEADER_MISMATCH);
    }

    @Test
    void anEncodedMcpNameIsDecoded() {
        String encoded = "=?base64?" + Base64.getEncoder().encodeToString("list_products".getBytes(StandardCharsets.UTF_8)) + "?=";
        JsonObject result = http.expect(http.modern("tools/call", obj("name", "list_products"), encoded), 200, null).getJsonObject("result");
        assertFalse(result.getBoolean("isError"));
    }

    @Test
    void unknownMethodsAreNotFound() {
        http.expect(http.modern("resources/subscribe", obj(), null), 404, McpErrorCodes.METHOD_NOT_FOUND);
        http.expect(http.modern("ping", obj(), null), 404, McpErrorCodes.METHOD_NOT_FOUND);
        http.expect(http.modern("no/such/method", obj(), null), 404, McpErrorCodes.METHOD_NOT_FOUND);
    }

    @Test
    void anUnknownToolIsInvalidParamsAndBadArgumentsAreAnErrorResult() {
        JsonObject unknown = http.expect(http.modern("tools/call", obj("name", "drop_tables"), "drop_tables"), 200, McpErrorCodes.INVALID_PARAMS);
        assertEquals(42, unknown.getInt("id"));
        assertEquals("Unknown tool: drop_tables", unknown.getJsonObject("error").getString("message"));
        JsonObject[] badArguments = {
            obj("product", "HOME"),
            obj("product", "HOME", "applicant", obj("age", "forty", "smoker", false, "postcode", "1011")),
            obj("product", "BOAT", "applicant", obj("age", 40, "smoker", false, "postcode", "1011")),
            obj("product", "HOME", "applicant", obj("age", 40, "smoker", false, "postcode", "1011"), "discount", 5),
            obj("product", "HOME", "applicant", obj("age", new BigDecimal("40.5"), "smoker", false, "postcode", "1011"))
        };
        String[] expected = {"missing required argument \"applicant\"", "applicant.age: expected integer",
            "product: expected one of", "unknown argument \"discount\"", "applicant.age: expected integer"};
        // SEP-1303: argument values the tool refuses are a result the model reads, not a JSON-RPC error.
        for (int i = 0; i < badArguments.length; i++) {
            JsonObject result = http.expect(http.modern("tools/call", obj("name", "estimate_premium", "arguments", badArguments[i]),
                    "estimate_premium"), 200, null).getJsonObject("result");
            assertTrue(result.getBoolean("isError"), result.toString());
            String text = result.getJsonArray("content").getJsonObject(0).getString("text");
            assertTrue(text.startsWith("Invalid arguments for tool estimate_premium: ") && text.contains(expected[i]), text);
        }
    }

    @Test
    void aViolatedConstraintIsAnErrorResult() {
        JsonObject result = http.expect(http.modern("tools/call",
                obj("name", "estimate_premium", "arguments", obj("product", "HOME", "applicant", obj("age", 12, "smoker", false, "postcode", "1011"))),
                "estimate_premium"), 200, null).getJsonObject("result");
        assertTrue(result.getBoolean("isError"));
        assertEquals("Invalid arguments for tool estimate_premium: applicant.age: must be greater than or equal to 18",
                result.getJsonArray("content").getJsonObject(0).getString("text"));
    }

    @Test
    void interceptorsRunAroundTools() {
        long before = count();
        http.expect(http.modern("tools/call", obj("name", "list_products"), "list_products"), 200, null);
        assertTrue(count() > before, "the @Audited interceptor counted the call");
    }

    private long count() {
        return http.expect(http.modern("tools/call", obj("name", "audit_count"), "audit_count"), 200, null)
                .getJsonObject("result").getJsonObject("structuredContent").getJsonNumber("calls").longValue();
    }
}
