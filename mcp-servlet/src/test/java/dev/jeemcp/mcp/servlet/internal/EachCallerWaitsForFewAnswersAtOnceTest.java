package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.ConfirmingTool;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.SharedAnswers;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.Stream;
import dev.jeemcp.mcp.spi.InputAnswers;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A caller, its tenant and name as the store keys its rows, holds at most {@code mcp.input.maxWaitingPerCaller} of the
 * {@code mcp.input.maxWaiting} places of an instance: two callers cannot take them all for minutes. The same name in
 * another tenant is another caller, for this count and for the count of open requests alike.
 */
class EachCallerWaitsForFewAnswersAtOnceTest {

    private final SharedAnswers answers = new SharedAnswers();
    private final McpCatalog catalog = withTenants(LegacyInputFixture.catalog(answers, new ConfirmingTool()));

    /** Tenants from roles, as {@code mcp.tenantRoles} makes them. */
    private static McpCatalog withTenants(McpCatalog catalog) {
        return new McpCatalog() {
            @Override
            public List<Tool> tools() {
                return catalog.tools();
            }

            @Override
            public <T> T serving(McpRequest request, Supplier<T> work) {
                return catalog.serving(request, work);
            }

            @Override
            public Optional<InputAnswers> inputAnswers() {
                return catalog.inputAnswers();
            }

            @Override
            public Optional<String> tenantOf(McpRequest request) {
                return Optional.of(request.isCallerInRole("acme") ? "acme" : "globex");
            }
        };
    }

    private static String[] as(String caller) {
        return new String[] {"MCP-Protocol-Version", LegacyInputFixture.LEGACY, "X-Test-Caller", caller};
    }

    @Test
    void aCallerOverItsShareIsToldToRetryAndOthersStillWait() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog, "mcp.input.maxWaitingPerCaller", "1")) {
            Stream first = new Stream(a, call("bind", 1), as("alice roles=acme"));
            assertEquals("elicitation/create", first.next().getString("method"));
            HttpResponse<String> second = a.send(a.post(call("bind", 2), as("alice roles=acme")));
            assertEquals(429, second.statusCode(), second.body());
            assertEquals("1", second.headers().firstValue("Retry-After").orElse(null));
            JsonObject error = Fixtures.json(second.body()).getJsonObject("error");
            assertEquals(McpErrorCodes.INTERNAL_ERROR, error.getInt("code"));
            assertTrue(error.getJsonObject("data").getBoolean("retryable"));
            assertEquals("Too many of your calls are waiting for your answers on this server; answer those first",
                    error.getString("message"));
            Stream bobs = new Stream(a, call("bind", 3), as("bob roles=acme"));
            assertEquals("elicitation/create", bobs.next().getString("method"), "another caller of the tenant");
            Stream otherTenants = new Stream(a, call("bind", 4), as("alice roles=globex"));
            assertEquals("elicitation/create", otherTenants.next().getString("method"), "the same name in another tenant");
            first.close();
            bobs.close();
            otherTenants.close();
        }
    }

    /** The instance's own count of open requests is keyed like the store's rows: by tenant and name, not by name. */
    @Test
    void theSameNameInAnotherTenantHasOpenRequestsOfItsOwn() throws Exception {
        answers.racing = true; // only this instance's count decides
        try (var a = LegacyInputFixture.instance(catalog, "mcp.input.maxPendingPerCaller", "1")) {
            Stream first = new Stream(a, call("bind", 1), as("alice roles=acme"));
            first.next();
            assertEquals(429, a.send(a.post(call("bind", 2), as("alice roles=acme"))).statusCode());
            Stream otherTenants = new Stream(a, call("bind", 3), as("alice roles=globex"));
            assertEquals("elicitation/create", otherTenants.next().getString("method"));
            first.close();
            otherTenants.close();
        }
    }

    @Test
    void theSettingMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Fixtures.settings("mcp.input.maxWaitingPerCaller", "0"));
    }
}
