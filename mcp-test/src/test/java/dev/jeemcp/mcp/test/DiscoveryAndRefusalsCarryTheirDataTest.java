package dev.jeemcp.mcp.test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code server/discover} names the versions the server speaks (2026-07-28 among them) and its capabilities;
 * {@code -32022} carries {@code data.supported} and {@code data.requested}, {@code -32021} {@code data.requiredCapabilities}.
 */
class DiscoveryAndRefusalsCarryTheirDataTest {

    private static String violation(String result) {
        try (ScriptedServer server = new ScriptedServer(request -> Reply.json(ScriptedServer.result(request, result)))) {
            return assertThrows(McpViolation.class, () -> server.client().discover()).getMessage();
        }
    }

    private static String refusal(String error) {
        try (ScriptedServer server = new ScriptedServer(request -> new Reply(400, "application/json",
                "{\"jsonrpc\":\"2.0\",\"id\":" + request.message().get("id") + ",\"error\":" + error + "}", Map.of()))) {
            return assertThrows(McpViolation.class, () -> server.client().discover()).getMessage();
        }
    }

    @Test
    void discoveryWithoutTheModernVersionFails() {
        String message = violation("{\"resultType\":\"complete\",\"ttlMs\":0,\"cacheScope\":\"public\","
                + "\"supportedVersions\":[\"2025-11-25\"],\"capabilities\":{}}");
        assertTrue(message.contains("supportedVersions, 2026-07-28 among them"), message);
    }

    @Test
    void discoveryWithoutCapabilitiesFails() {
        String message = violation("{\"resultType\":\"complete\",\"ttlMs\":0,\"cacheScope\":\"public\","
                + "\"supportedVersions\":[\"2026-07-28\"]}");
        assertTrue(message.contains("server/discover carries capabilities"), message);
    }

    @Test
    void anUnsupportedVersionWithoutItsDataFails() {
        String message = refusal("{\"code\":-32022,\"message\":\"unsupported\"}");
        assertTrue(message.contains("-32022 carries data.supported and data.requested"), message);
    }

    @Test
    void aMissingCapabilityWithoutItsDataFails() {
        String message = refusal("{\"code\":-32021,\"message\":\"missing\",\"data\":{}}");
        assertTrue(message.contains("-32021 carries data.requiredCapabilities"), message);
    }
}
