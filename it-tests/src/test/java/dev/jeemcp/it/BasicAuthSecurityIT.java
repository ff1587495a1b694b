package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.JsonRpc;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.mcp.McpErrorCodes;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Container-managed BASIC authentication against Payara's file realm (users from the post-boot commands): the
 * library answers anonymous and unauthorized callers as an OAuth resource server, shows each caller only the tools
 * its roles allow, and binds requestState to the caller who received it.
 */
@ExtendWith(ArquillianExtension.class)
class BasicAuthSecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.secured("");
    }

    @ArquillianResource
    URL base;

    private RawHttp anonymous;

    @BeforeEach
    void connect() {
        anonymous = new RawHttp(Deployments.endpoint(base));
    }

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

    private String metadataUrl() {
        return Deployments.local(base) + "/.well-known/oauth-protected-resource";
    }

    @Test
    void anonymousCallersAreChallengedTowardsTheMetadata() {
        HttpResponse<String> response = anonymous.send(anonymous.post(PING));
        assertEquals(401, response.statusCode());
        // On the configured canonical host, under this deployment's context path.
        assertEquals("Bearer resource_metadata=\"https://mcp.test.example" + base.getPath().replaceAll("/$", "")
                + "/.well-known/oauth-protected-resource\"", response.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void wrongPasswordsAreChallengedToo() {
        HttpResponse<String> response = anonymous.as("alice", "guess").send(anonymous.as("alice", "guess").post(PING));
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer "), response.headers().map().toString());
    }

    @Test
    void aUserWithoutTheRequiredRoleIsForbidden() {
        RawHttp dave = anonymous.as("dave", "dave-secret");
        HttpResponse<String> response = dave.send(dave.post(PING));
        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer error=\"insufficient_scope\""));
    }

    @Test
    void theMetadataIsPublished() {
        HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(URI.create(metadataUrl())).GET());
        assertEquals(200, response.statusCode());
        JsonObject metadata = RawHttp.parse(response.body());
        assertEquals("[\"https://issuer.test.example\"]", metadata.getJsonArray("authorization_servers").toString());
        assertEquals(Deployments.RESOURCE, metadata.getString("resource"));
        assertEquals("public, max-age=3600", response.headers().firstValue("Cache-Control").orElse(""));
    }

    private static List<String> tools(RawHttp caller) {
        JsonObject result = caller.expect(caller.modern("tools/list", obj(), null), 200, null).getJsonObject("result");
        assertEquals("private", result.getString("cacheScope"));
        return result.getJsonArray("tools").stream().map(t -> t.asJsonObject().getString("name")).toList();
    }

    @Test
    void eachCallerSeesTheToolsItsRolesAllow() {
        assertFalse(tools(anonymous.as("alice", "alice-secret")).contains("approve_discount"));
        assertTrue(tools(anonymous.as("carol", "carol-secret")).contains("approve_discount"));
    }

    @Test
    void aToolTheCallerMayNotUseAnswersLikeAnUnknownOne() {
        RawHttp alice = anonymous.as("alice", "alice-secret");
        JsonObject hidden = alice.expect(alice.modern("tools/call",
                obj("name", "approve_discount", "arguments", obj("reference", "Q-1", "percent", 5)), "approve_discount"), 200, McpErrorCodes.INVALID_PARAMS);
        assertEquals("Unknown tool: approve_discount", hidden.getJsonObject("error").getString("message"));
    }

    @Test
    void requestStateIsBoundToTheCallerAndCannotBeAltered() {
        RawHttp carol = anonymous.as("carol", "carol-secret");
        JsonObject arguments = obj("reference", "Q-1", "percent", 5);
        JsonObject meta = JsonRpc.meta(obj("elicitation", obj()));
        JsonObject confirmed = obj("confirm", obj("action", "accept", "content", obj("confirm", true)));
        Function<String, String> answer = requestState -> JsonRpc.request(7, "tools/call", obj("name", "approve_discount",
                "arguments", arguments, "inputResponses", confirmed, "requestState", requestState, "_meta", meta)).toString();
        String[] headers = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "approve_discount"};

        String call = JsonRpc.request(7, "tools/call", obj("name", "approve_discount", "arguments", arguments, "_meta", meta)).toString();
        JsonObject asked = carol.expect(carol.post(call, headers), 200, null).getJsonObject("result");
        assertEquals("input_required", asked.getString("resultType"));
        String state = asked.getString("requestState");

        char[] tampered = state.toCharArray();
        tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
        carol.expect(carol.post(answer.apply(new String(tampered)), headers), 200, McpErrorCodes.INVALID_PARAMS);

        RawHttp erin = anonymous.as("erin", "erin-secret");
        JsonObject replayed = erin.expect(erin.post(answer.apply(state), headers), 200, McpErrorCodes.INVALID_PARAMS);
        assertEquals("Invalid params: requestState is not valid for this request", replayed.getJsonObject("error").getString("message"));

        JsonObject granted = carol.expect(carol.post(answer.apply(state), headers), 200, null)
                .getJsonObject("result");
        assertEquals("carol", granted.getJsonObject("structuredContent").getString("approvedBy"));
    }
}
