package dev.jeemcp.mcp.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import org.junit.jupiter.api.Test;

/**
 * {@code assertListed}/{@code assertHidden} and {@code assertHandleNotVisible} fail when the rule they state does not
 * hold: a listed tool, a hidden one, a handle answered differently from an unknown one, a call its owner cannot make
 * either.
 */
class AccessAssertionsReadAsRulesTest {

    private static String error(String text) {
        return "{\"resultType\":\"complete\",\"content\":[{\"type\":\"text\",\"text\":\"" + text + "\"}],\"isError\":true}";
    }

    @Test
    void listedAndHiddenTools() {
        try (ScriptedServer server = new ScriptedServer(request -> Reply.json(ScriptedServer.result(request, Scripts.TOOLS)))) {
            Listing tools = server.client().tools().assertListed("get_weather").assertHidden("approve_discount");
            assertEquals(java.util.List.of("get_weather"), tools.names());
            assertThrows(AssertionError.class, () -> tools.assertHidden("get_weather"));
            assertThrows(AssertionError.class, () -> tools.assertListed("approve_discount"));
        }
    }

    @Test
    void aHandleAnsweredAsUnknownIsNotVisible() {
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> isAlice(request) ? Scripts.WEATHER : error("No quote "
                + request.message().getJsonObject("params").getJsonObject("arguments").getString("location") + " for you"))))  {
            McpAssertions.assertHandleNotVisible(server.client().as("alice", "a"), server.client().as("bob", "b"), "get_weather", "location", "quote_abc123");
        }
    }

    @Test
    void aHandleAnsweredDifferentlyLeaks() {
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> isAlice(request) ? Scripts.WEATHER : request.message().getJsonObject("params")
                .getJsonObject("arguments").getString("location").equals("quote_abc123") ? error("Not yours") : error("No such quote")))) {
            AssertionError leak = assertThrows(AssertionError.class,
                    () -> McpAssertions.assertHandleNotVisible(server.client().as("alice", "a"), server.client().as("bob", "b"), "get_weather", "location", "quote_abc123"));
            assertTrue(leak.getMessage().contains("leaks"), leak.getMessage());
        }
    }

    @Test
    void aCallRefusedForTheOwnerTooProvesNothing() {
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> error("location: expected a city")))) {
            AssertionError nothing = assertThrows(AssertionError.class, () -> McpAssertions.assertHandleNotVisible(
                    server.client().as("alice", "a"), server.client().as("bob", "b"), "get_weather", "location", "quote_abc123"));
            assertTrue(nothing.getMessage().contains("refuses the owner"), nothing.getMessage());
        }
    }

    private static boolean isAlice(ScriptedServer.Received request) {
        return ("Basic " + java.util.Base64.getEncoder().encodeToString("alice:a".getBytes())).equals(request.header("Authorization"));
    }

    @Test
    void aMadeUpHandleKeepsItsShape() {
        assertEquals("quote_QQQQQQ", McpAssertions.madeUp("quote_abc123"));
        assertEquals("quote_RR", McpAssertions.madeUp("quote_QQ"));
    }
}
