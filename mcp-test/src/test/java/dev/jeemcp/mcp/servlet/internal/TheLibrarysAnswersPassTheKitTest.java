package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.test.Input;
import dev.jeemcp.mcp.test.McpClient;
import dev.jeemcp.mcp.test.McpErrorResponse;
import dev.jeemcp.mcp.test.McpHttpError;
import dev.jeemcp.mcp.test.Progress;
import dev.jeemcp.mcp.test.ToolResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library's own servlet, on an embedded Tomcat with the fixtures of its tests, answers everything the kit checks
 * without a violation, in both eras: the kit's rules are the server's, and a test of an application fails only where
 * the application (or a real protocol fault) is at fault. In this package to reach the servlet tests' fixtures.
 */
class TheLibrarysAnswersPassTheKitTest {

    private static final String KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    private static EmbeddedServer server() {
        return new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null), new EventStreamProgressTest.SlowTool(3),
                new InputRequiredTest.ConfirmingTool()), Fixtures.settings("mcp.requestStateKey", KEY));
    }

    @Test
    void listingDiscoveryAndCallsPass() {
        try (EmbeddedServer server = server()) {
            McpClient client = McpClient.endpoint(server.endpoint);
            assertTrue(client.discover().containsKey("supportedVersions"));
            client.tools().assertListed("echo", "slow", "bind");
            assertEquals("x", client.call("echo", obj("a", "x")).assertSuccess().structured().getString("a"));
            McpErrorResponse unknown = assertThrows(McpErrorResponse.class, () -> client.call("nope", obj()));
            assertEquals(McpErrorCodes.INVALID_PARAMS, unknown.code());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void progressOnTheStreamPasses() {
        try (EmbeddedServer server = server()) {
            ToolResult result = McpClient.endpoint(server.endpoint).withProgress().call("slow", obj()).assertSuccess();
            assertEquals(List.of(new Progress(1, 3.0, "step 1"), new Progress(2, 3.0, "step 2"), new Progress(3, 3.0, "step 3")),
                    result.progress());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void inputRequestsAndTheRetryPass() {
        try (EmbeddedServer server = server()) {
            ToolResult asked = McpClient.endpoint(server.endpoint).withElicitation().call("bind", obj());
            assertTrue(asked.isInputRequired());
            ToolResult answered = asked.respond("confirm", Input.accept("ok", true)).assertSuccess();
            assertEquals("accept", answered.structured().getJsonObject("answer").getString("action"));
            assertEquals("quote_1", answered.structured().getJsonObject("state").getString("quote"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anUndeclaredCapabilityIsARefusalNotAViolation() {
        try (EmbeddedServer server = server()) {
            McpErrorResponse refused = assertThrows(McpErrorResponse.class, () -> McpClient.endpoint(server.endpoint).call("bind", obj()));
            assertEquals(McpErrorCodes.MISSING_CLIENT_CAPABILITY, refused.code());
            assertEquals(400, refused.status());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theLegacyEraPasses() {
        try (EmbeddedServer server = server()) {
            McpClient legacy = McpClient.endpoint(server.endpoint).legacy();
            assertTrue(legacy.discover().containsKey("serverInfo"));
            assertEquals("y", legacy.call("echo", obj("a", "y")).assertSuccess().structured().getString("a"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theBearerGatesRefusalIsAnHttpError() {
        McpSettings settings = Fixtures.settings(
                "mcp.auth.rolesAllowed", "quoter",
                "mcp.oauth.authorizationServers", "https://login.example.com/realms/insure",
                "mcp.oauth.resource", "https://api.example.com/mcp");
        try (EmbeddedServer server = new EmbeddedServer(Fixtures.echoTools(1), settings)) {
            McpHttpError refused = assertThrows(McpHttpError.class, () -> McpClient.endpoint(server.endpoint).tools());
            assertEquals(401, refused.status());
            assertTrue(refused.header("WWW-Authenticate").orElseThrow().startsWith("Bearer "), refused.getMessage());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aForeignOriginsRefusalIsAnHttpErrorWithItsJsonRpcError() {
        try (EmbeddedServer server = server()) {
            McpHttpError refused = assertThrows(McpHttpError.class,
                    () -> McpClient.endpoint(server.endpoint).withHeader("Origin", "https://evil.example.com").tools());
            assertEquals(403, refused.status());
            assertEquals(McpErrorCodes.INVALID_REQUEST, refused.error().orElseThrow().getInt("code"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
