package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.fixtures.LimitedTools;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.Principal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A call that asks for input is as many requests as it has rounds, and each counts against the rate limits: the first
 * request (answered {@code input_required}) and the retry that carries the answers (and the sealed
 * {@code requestState}) are both {@code tools/call}s the client sent and the method runs for, so a client cannot
 * stretch its budget by answering input, and one over the limit is refused at any round.
 */
class EachRoundOfAMultiRoundTripCallCountsTest {

    /** The retry of a round trip, as the servlet hands it to the tool: the same caller, with the client's answers. */
    private static McpRequest retry(McpRequest first) {
        JsonObject answers = Json.createObjectBuilder().add("confirm", Json.createObjectBuilder().add("action", "accept")).build();
        return new McpRequest() {
            @Override
            public String protocolVersion() {
                return first.protocolVersion();
            }

            @Override
            public JsonObject clientCapabilities() {
                return first.clientCapabilities();
            }

            @Override
            public Optional<Principal> caller() {
                return first.caller();
            }

            @Override
            public boolean isCallerInRole(String role) {
                return first.isCallerInRole(role);
            }

            @Override
            public JsonObject inputResponses() {
                return answers;
            }
        };
    }

    @Test
    void theFirstRequestAndTheRetryEachCount() {
        LimitedTools.Confirming.RUNS.set(0);
        try (CatalogFixture fixture = new CatalogFixture(LimitedTools.Confirming.class)) {
            McpRequest alice = TestRequests.caller("alice");
            JsonObject none = Json.createObjectBuilder().build();
            assertThrows(InputRequired.class, () -> fixture.tool("cancel").call(none, alice), "round 1: input required");
            assertEquals(false, fixture.tool("cancel").call(none, retry(alice)).getBoolean("isError"), "round 2: the answer");
            assertThrows(InputRequired.class, () -> fixture.tool("cancel").call(none, alice), "another call's round 1: the third request");
            assertThrows(McpRateLimitedException.class, () -> fixture.tool("cancel").call(none, retry(alice)),
                    "its retry is the fourth request of the hour");
            assertEquals(3, LimitedTools.Confirming.RUNS.get(), "the refused retry never reached the method");
        }
    }
}
