package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.cdi.internal.fixtures.DocumentFeatures;
import dev.jeemcp.mcp.spi.Prompt;
import dev.jeemcp.mcp.spi.Resource;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** @McpPrompt, @McpResource and @McpCompletion methods are discovered, described and called through the bean. */
class PromptsAndResourcesTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(DocumentFeatures.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    private static Prompt prompt() {
        return fixture.catalog.prompts().get(0);
    }

    private static Resource resource(String key) {
        return fixture.catalog.resources().stream()
                .filter(r -> r.definition().getString(r.isTemplate() ? "uriTemplate" : "uri").equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aPromptIsDescribedFromItsParameters() {
        JsonObject definition = prompt().definition();
        assertEquals("explain", definition.getString("name"));
        assertEquals("[{\"name\":\"quote\",\"description\":\"The quote\",\"required\":true},{\"name\":\"tone\",\"required\":false}]",
                definition.getJsonArray("arguments").toString());
    }

    @Test
    void aPromptRendersAsOneUserMessage() {
        JsonObject result = prompt().get(Map.of("quote", "Q1"), CatalogFixture.ANONYMOUS);
        assertEquals("Explains a quote", result.getString("description"));
        JsonObject message = result.getJsonArray("messages").getJsonObject(0);
        assertEquals("user", message.getString("role"));
        assertEquals("Explain Q1 in a plain tone", message.getJsonObject("content").getString("text"));
    }

    @Test
    void aMissingRequiredPromptArgumentIsInvalidParams() {
        var error = assertThrows(McpProtocolException.class, () -> prompt().get(Map.of(), CatalogFixture.ANONYMOUS));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
        assertTrue(error.getMessage().contains("\"quote\""));
    }

    @Test
    void completionsSuggestByPrefix() {
        assertTrue(prompt().completes());
        assertEquals(java.util.List.of("plain", "playful"), prompt().complete("tone", "pl", Map.of(), CatalogFixture.ANONYMOUS));
    }

    @Test
    void textAndBinaryResourcesAreRead() {
        JsonObject about = resource("docs://about").read("docs://about", Map.of(), CatalogFixture.ANONYMOUS);
        assertEquals("{\"uri\":\"docs://about\",\"mimeType\":\"text/markdown\",\"text\":\"# About\"}",
                about.getJsonArray("contents").getJsonObject(0).toString());
        Resource logo = resource("docs://{id}/logo");
        Map<String, String> variables = logo.match("docs://acme/logo").orElseThrow();
        assertEquals(Map.of("id", "acme"), variables);
        assertEquals("AQID", logo.read("docs://acme/logo", variables, CatalogFixture.ANONYMOUS)
                .getJsonArray("contents").getJsonObject(0).getString("blob"));
        assertTrue(logo.match("docs://a/b/logo").isEmpty(), "a variable is one path segment");
    }

    @Test
    void resourceFailuresAreSafeProtocolErrors() {
        var told = assertThrows(McpProtocolException.class,
                () -> resource("docs://{id}/logo").read("docs://missing/logo", Map.of("id", "missing"), CatalogFixture.ANONYMOUS));
        assertEquals("No logo for missing", told.getMessage());
        assertEquals(McpErrorCodes.INVALID_PARAMS, told.code(), "refused as asked, not a server fault");
        var handle = assertThrows(McpProtocolException.class,
                () -> resource("docs://{id}/quote").read("docs://quote_x/quote", Map.of("id", "quote_x"), CatalogFixture.ANONYMOUS));
        assertEquals(McpErrorCodes.INVALID_PARAMS, handle.code());
        assertEquals("quote_x was not found", handle.getMessage());
        var hidden = assertThrows(McpProtocolException.class,
                () -> resource("docs://{id}/secret").read("docs://x/secret", Map.of("id", "x"), CatalogFixture.ANONYMOUS));
        assertEquals(McpErrorCodes.INTERNAL_ERROR, hidden.code());
        assertEquals("Resource docs://{id}/secret failed. The details are in the server log.", hidden.getMessage());
    }
}
