package dev.jeemcp.mcp.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prompts and resources: listed once each, a prompt's messages each with a role, a resource's contents each with a URI
 * and exactly one of text and blob; {@code server/discover} is a cacheable result.
 */
class PromptsAndResourcesAreCheckedTest {

    private static final String CACHE = "\"resultType\":\"complete\",\"ttlMs\":60000,\"cacheScope\":\"public\"";

    private static ScriptedServer serving(String result) {
        return new ScriptedServer(request -> Reply.json(ScriptedServer.result(request, result)));
    }

    @Test
    void aPromptsTextIsRead() {
        try (ScriptedServer server = serving("{\"resultType\":\"complete\",\"messages\":[{\"role\":\"user\","
                + "\"content\":{\"type\":\"text\",\"text\":\"Review quote_1\"}}]}")) {
            assertEquals("Review quote_1", server.client().prompt("brief", Map.of("quote", "quote_1")).text());
            assertEquals("quote_1", server.received.get(0).message().getJsonObject("params").getJsonObject("arguments").getString("quote"));
            assertEquals("brief", server.received.get(0).header("Mcp-Name"));
        }
    }

    @Test
    void aMessageWithoutARoleIsAViolation() {
        try (ScriptedServer server = serving("{\"resultType\":\"complete\",\"messages\":[{\"content\":{\"type\":\"text\",\"text\":\"x\"}}]}")) {
            assertThrows(McpViolation.class, () -> server.client().prompt("brief", Map.of()));
        }
    }

    @Test
    void aResourcesTextIsRead() {
        try (ScriptedServer server = serving("{" + CACHE + ",\"contents\":[{\"uri\":\"doc://a\",\"text\":\"Never insure dragons.\"}]}")) {
            assertEquals("Never insure dragons.", server.client().read("doc://a").text());
            assertEquals("doc://a", server.received.get(0).header("Mcp-Name"));
        }
    }

    @Test
    void contentWithTextAndBlobIsAViolation() {
        try (ScriptedServer server = serving("{" + CACHE + ",\"contents\":[{\"uri\":\"doc://a\",\"text\":\"x\",\"blob\":\"eA==\"}]}")) {
            assertThrows(McpViolation.class, () -> server.client().read("doc://a"));
        }
    }

    @Test
    void aResourceReadWithoutCacheFieldsIsAViolation() {
        try (ScriptedServer server = serving("{\"resultType\":\"complete\",\"contents\":[{\"uri\":\"doc://a\",\"text\":\"x\"}]}")) {
            assertThrows(McpViolation.class, () -> server.client().read("doc://a"));
        }
    }

    @Test
    void aResourceListedTwiceIsAViolation() {
        try (ScriptedServer server = serving("{" + CACHE + ",\"resources\":[{\"uri\":\"doc://a\",\"name\":\"a\"},{\"uri\":\"doc://a\",\"name\":\"b\"}]}")) {
            assertThrows(McpViolation.class, () -> server.client().resources());
        }
    }

    @Test
    void discoverIsCacheable() {
        try (ScriptedServer server = serving("{" + CACHE + ",\"supportedVersions\":[\"2026-07-28\"],\"capabilities\":{}}")) {
            assertEquals("2026-07-28", server.client().discover().getJsonArray("supportedVersions").getString(0));
        }
        try (ScriptedServer server = serving("{\"resultType\":\"complete\",\"supportedVersions\":[\"2026-07-28\"],\"capabilities\":{}}")) {
            assertThrows(McpViolation.class, () -> server.client().discover());
        }
    }
}
