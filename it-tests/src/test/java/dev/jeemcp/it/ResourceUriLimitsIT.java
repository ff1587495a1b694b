package dev.jeemcp.it;

import static dev.jeemcp.it.infra.AccessFixtures.result;
import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.it.infra.AccessFixtures;
import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.mcp.McpErrorCodes;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A template with three variables in one segment answers the input that made a backtracking regex run for seconds
 * at once (the matcher is one pass), and a URI over mcp.maxUriLength (4096) is -32602 before any template sees it.
 */
@ExtendWith(ArquillianExtension.class)
class ResourceUriLimitsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AccessFixtures.deployment();
    }

    @ArquillianResource
    URL base;

    @Test
    void pathologicalAndOverlongUrisGetTheirExactAnswers() {
        RawHttp alice = new RawHttp(Deployments.endpoint(base)).as("alice", "alice-secret");
        assertEquals("x+y+z-w", result(alice, "resources/read", obj("uri", "parts://x-y-z-w/joined"), "parts://x-y-z-w/joined")
                .getJsonArray("contents").getJsonObject(0).getString("text"));

        String pathological = "parts://" + "-".repeat(4000) + "/joine";
        var notFound = alice.expect(alice.modern("resources/read", obj("uri", pathological), pathological), 200, McpErrorCodes.INVALID_PARAMS)
                .getJsonObject("error");
        assertEquals("Resource not found: " + pathological, notFound.getString("message"));

        String overlong = "parts://" + "-".repeat(4096) + "/joined";
        var refused = alice.expect(alice.modern("resources/read", obj("uri", overlong), overlong), 200, McpErrorCodes.INVALID_PARAMS)
                .getJsonObject("error");
        assertEquals("Invalid params: \"uri\" is longer than 4096 characters", refused.getString("message"));
    }
}
