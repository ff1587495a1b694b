package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.server.McpProtocolException;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A sealed requestState opens only unchanged, unexpired, for the same caller, method and name, with the same key. */
class RequestStateSealTest {

    private static final byte[] KEY = new byte[32];
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final JsonObject state = Fixtures.json("{\"quote\":\"quote_abc\",\"step\":2}");

    private static RequestStateCodec codec(Instant now) {
        return new RequestStateCodec(KEY, 60_000, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String rejection(String sealed, String caller, String method, String name, Instant at) {
        McpProtocolException error = assertThrows(McpProtocolException.class, () -> codec(at).open(sealed, caller, method, name));
        assertEquals(-32602, error.code());
        return error.getMessage();
    }

    @Test
    void anIntactStateOpensOnAnyInstanceWithTheSameKey() {
        String sealed = codec(NOW).seal(state, "alice", "tools/call", "bind_policy");
        RequestStateCodec otherInstance = new RequestStateCodec(KEY.clone(), 60_000, Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC));
        assertEquals(state, otherInstance.open(sealed, "alice", "tools/call", "bind_policy"));
    }

    @Test
    void aTamperedStateIsRejected() {
        String sealed = codec(NOW).seal(state, "alice", "tools/call", "bind_policy");
        char[] chars = sealed.toCharArray();
        chars[3] = chars[3] == 'A' ? 'B' : 'A';
        assertEquals("Invalid params: requestState is not valid for this request",
                rejection(new String(chars), "alice", "tools/call", "bind_policy", NOW));
        rejection("not-a-state", "alice", "tools/call", "bind_policy", NOW);
    }

    @Test
    void aStateReplayedByAnotherCallerOrForAnotherToolIsRejected() {
        String sealed = codec(NOW).seal(state, "alice", "tools/call", "bind_policy");
        rejection(sealed, "bob", "tools/call", "bind_policy", NOW);
        rejection(sealed, "alice", "tools/call", "delete_quote", NOW);
        rejection(sealed, "alice", "prompts/get", "bind_policy", NOW);
    }

    @Test
    void anExpiredStateSaysSo() {
        String sealed = codec(NOW).seal(state, "alice", "tools/call", "bind_policy");
        assertEquals("Invalid params: requestState has expired; send the request again without it",
                rejection(sealed, "alice", "tools/call", "bind_policy", NOW.plus(Duration.ofMinutes(2))));
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = codec(NOW).seal(state, "alice", "tools/call", "bind_policy");
        byte[] otherKey = Arrays.copyOf(KEY, 32);
        otherKey[0] = 1;
        RequestStateCodec other = new RequestStateCodec(otherKey, 60_000, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(McpProtocolException.class, () -> other.open(sealed, "alice", "tools/call", "bind_policy"));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RequestStateCodec(new byte[16], 1, Clock.systemUTC()));
    }
}
