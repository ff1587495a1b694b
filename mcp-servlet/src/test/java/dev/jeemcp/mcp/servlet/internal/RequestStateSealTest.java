package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.RequestBinding;
import dev.jeemcp.mcp.servlet.internal.roundtrip.RequestStateCodec;
import dev.jeemcp.mcp.servlet.internal.roundtrip.RequestStateKeys;
import dev.jeemcp.mcp.spi.SingleUseStates;
import jakarta.json.JsonObject;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * A sealed requestState opens only unchanged, unexpired, for the same caller, method, name and arguments, under a key
 * the instance accepts, and (when single-use) once.
 */
class RequestStateSealTest {

    private static final byte[] KEY = new byte[32];
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Set<String> ASKED = Set.of("confirm");
    private final JsonObject state = Fixtures.json("{\"quote\":\"quote_abc\",\"step\":2}");

    private static RequestStateCodec codec(Instant now) {
        return new RequestStateCodec(KEY, 60_000, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The binding of a tools/call by that caller ({@code null}: anonymous) with those arguments. */
    static RequestBinding call(String caller, String tool, String arguments) {
        return binding(caller, McpMethod.TOOLS_CALL, tool, arguments == null ? null : Fixtures.json(arguments));
    }

    private static RequestBinding binding(String caller, McpMethod method, String name, JsonObject arguments) {
        return binding(caller, Optional.empty(), method, name, arguments);
    }

    private static RequestBinding binding(String caller, Optional<String> tenant, McpMethod method, String name, JsonObject arguments) {
        Principal principal = caller == null ? null : () -> caller;
        CallContext context = new CallContext(true, Fixtures.MODERN, Fixtures.json("{}"), principal, role -> false, header -> null);
        return RequestBinding.of(context, tenant, method, name, arguments);
    }

    /** The same user name in another tenant is another caller ({@code mcp.tenantClaim} names may repeat across tenants). */
    @Test
    void aStateReplayedBySameNamedCallerOfAnotherTenantIsRejected() {
        JsonObject arguments = Fixtures.json("{}");
        String sealed = codec(NOW).seal(state, binding("bob", Optional.of("claim:A"), McpMethod.TOOLS_CALL, "bind_policy", arguments), ASKED);
        rejection(sealed, binding("bob", Optional.of("claim:B"), McpMethod.TOOLS_CALL, "bind_policy", arguments), NOW);
        rejection(sealed, binding("bob", Optional.empty(), McpMethod.TOOLS_CALL, "bind_policy", arguments), NOW);
        rejection(codec(NOW).seal(state, binding("bob", Optional.empty(), McpMethod.TOOLS_CALL, "bind_policy", arguments), ASKED),
                binding("bob", Optional.of("none"), McpMethod.TOOLS_CALL, "bind_policy", arguments), NOW);
        assertEquals(state, codec(NOW).open(sealed,
                binding("bob", Optional.of("claim:A"), McpMethod.TOOLS_CALL, "bind_policy", arguments)).state());
    }

    private static String rejection(String sealed, RequestBinding binding, Instant at) {
        McpProtocolException error = assertThrows(McpProtocolException.class, () -> codec(at).open(sealed, binding));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
        return error.getMessage();
    }

    @Test
    void anIntactStateOpensOnAnyInstanceWithTheSameKey() {
        String sealed = codec(NOW).seal(state, call("alice", "bind_policy", "{}"), ASKED);
        RequestStateCodec otherInstance = new RequestStateCodec(KEY.clone(), 60_000, Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC));
        RequestStateCodec.Opened opened = otherInstance.open(sealed, call("alice", "bind_policy", "{}"));
        assertEquals(state, opened.state());
        assertEquals(ASKED, opened.inputKeys());
    }

    @Test
    void aTamperedStateIsRejected() {
        String sealed = codec(NOW).seal(state, call("alice", "bind_policy", "{}"), ASKED);
        String[] parts = sealed.split("\\.");
        char[] body = parts[1].toCharArray();
        body[3] = body[3] == 'A' ? 'B' : 'A';
        assertEquals("Invalid params: requestState is not valid for this request",
                rejection(parts[0] + "." + new String(body) + "." + parts[2], call("alice", "bind_policy", "{}"), NOW));
        rejection("not-a-state", call("alice", "bind_policy", "{}"), NOW);
        rejection("a.b.c", call("alice", "bind_policy", "{}"), NOW);
    }

    @Test
    void aStateReplayedByAnotherCallerOrForAnotherToolIsRejected() {
        String sealed = codec(NOW).seal(state, call("alice", "bind_policy", "{}"), ASKED);
        rejection(sealed, call("bob", "bind_policy", "{}"), NOW);
        rejection(sealed, call("alice", "delete_quote", "{}"), NOW);
        rejection(sealed, binding("alice", McpMethod.PROMPTS_GET, "bind_policy", Fixtures.json("{}")), NOW);
    }

    @Test
    void aStateForOneSetOfArgumentsIsRefusedForAnother() {
        String sealed = codec(NOW).seal(state, call("carol", "approve_discount", "{\"quote_id\":\"q1\",\"percent\":5}"), ASKED);
        rejection(sealed, call("carol", "approve_discount", "{\"quote_id\":\"q1\",\"percent\":30}"), NOW);
        rejection(sealed, call("carol", "approve_discount", "{\"quote_id\":\"q2\",\"percent\":5}"), NOW);
        rejection(sealed, call("carol", "approve_discount", "{\"quote_id\":\"q1\",\"percent\":5,\"note\":\"x\"}"), NOW);
        // The same arguments in another order or number notation are the same request.
        assertEquals(state, codec(NOW).open(sealed, call("carol", "approve_discount", "{\"percent\":5.0,\"quote_id\":\"q1\"}")).state());
    }

    @Test
    void aResourceStateIsBoundToItsUri() {
        String sealed = codec(NOW).seal(state, binding("alice", McpMethod.RESOURCES_READ, "quote://q1/terms", null), ASKED);
        rejection(sealed, binding("alice", McpMethod.RESOURCES_READ, "quote://q2/terms", null), NOW);
        assertEquals(state, codec(NOW).open(sealed, binding("alice", McpMethod.RESOURCES_READ, "quote://q1/terms", null)).state());
    }

    @Test
    void anonymousCallersAreNotAUserWithAnEmptyOrTheSameName() {
        String anonymous = codec(NOW).seal(state, call(null, "bind_policy", "{}"), ASKED);
        rejection(anonymous, call("", "bind_policy", "{}"), NOW);
        rejection(anonymous, call("anonymous", "bind_policy", "{}"), NOW);
        String empty = codec(NOW).seal(state, call("", "bind_policy", "{}"), ASKED);
        rejection(empty, call(null, "bind_policy", "{}"), NOW);
        // Every anonymous caller is the same caller to a server without sessions (see docs/guides/security.md).
        assertEquals(state, codec(NOW).open(anonymous, call(null, "bind_policy", "{}")).state());
    }

    @Test
    void anExpiredStateSaysSo() {
        String sealed = codec(NOW).seal(state, call("alice", "bind_policy", "{}"), ASKED);
        assertEquals("Invalid params: requestState has expired; send the request again without it",
                rejection(sealed, call("alice", "bind_policy", "{}"), NOW.plus(Duration.ofMinutes(2))));
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = codec(NOW).seal(state, call("alice", "bind_policy", "{}"), ASKED);
        RequestStateCodec other = new RequestStateCodec(otherKey(), 60_000, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(McpProtocolException.class, () -> other.open(sealed, call("alice", "bind_policy", "{}")));
    }

    @Test
    void afterARotationThePreviousKeyStillOpensUntilItIsDropped() {
        String sealedWithOld = codec(NOW).seal(state, call("alice", "bind_policy", "{}"), ASKED);
        RequestStateKeys rotated = RequestStateKeys.of(otherKey(), List.of(KEY), true);
        RequestStateCodec afterRotation = new RequestStateCodec(rotated, 60_000, Clock.fixed(NOW, ZoneOffset.UTC), null);
        assertEquals(state, afterRotation.open(sealedWithOld, call("alice", "bind_policy", "{}")).state());
        String sealedWithNew = afterRotation.seal(state, call("alice", "bind_policy", "{}"), ASKED);
        assertNotEquals(sealedWithOld.split("\\.")[0], sealedWithNew.split("\\.")[0], "each key has its own id");
        RequestStateCodec oldDropped = new RequestStateCodec(otherKey(), 60_000, Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(state, oldDropped.open(sealedWithNew, call("alice", "bind_policy", "{}")).state());
        assertThrows(McpProtocolException.class, () -> oldDropped.open(sealedWithOld, call("alice", "bind_policy", "{}")));
    }

    @Test
    void aSingleUseStateOpensOnce() {
        Map<String, Instant> issued = new ConcurrentHashMap<>();
        Set<String> used = ConcurrentHashMap.newKeySet();
        SingleUseStates ledger = new SingleUseStates() {
            @Override
            public void issued(String id, Instant expiresAt) {
                issued.put(id, expiresAt);
            }

            @Override
            public boolean claim(String id) {
                return issued.containsKey(id) && used.add(id);
            }
        };
        RequestStateCodec singleUse = new RequestStateCodec(RequestStateKeys.of(KEY), 60_000, Clock.fixed(NOW, ZoneOffset.UTC), ledger);
        String sealed = singleUse.seal(state, call("alice", "bind_policy", "{}"), ASKED);
        assertEquals(state, singleUse.open(sealed, call("alice", "bind_policy", "{}")).state());
        McpProtocolException replay = assertThrows(McpProtocolException.class, () -> singleUse.open(sealed, call("alice", "bind_policy", "{}")));
        assertEquals("Invalid params: requestState was already used; send the request again without it", replay.getMessage());
        assertEquals(NOW.plusSeconds(60), issued.values().iterator().next());
    }

    @Test
    void theKeyIsReadFromJndiThenTheEnvironmentThenTheSettings() {
        String jndiKey = java.util.Base64.getEncoder().encodeToString(otherKey());
        String settingKey = java.util.Base64.getEncoder().encodeToString(KEY);
        RequestStateKeys fromJndi = RequestStateKeys.load(name -> settingKey,
                name -> RequestStateKeys.JNDI_KEY.equals(name) ? jndiKey : null, name -> settingKey);
        assertEquals(RequestStateKeys.of(otherKey()).currentId(), fromJndi.currentId());
        RequestStateKeys fromEnvironment = RequestStateKeys.load(name -> null, name -> null,
                name -> RequestStateKeys.ENV_KEY.equals(name) ? jndiKey : null);
        assertEquals(RequestStateKeys.of(otherKey()).currentId(), fromEnvironment.currentId());
        RequestStateKeys none = RequestStateKeys.load(name -> null, name -> null, name -> null);
        assertEquals(false, none.configured());
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RequestStateCodec(new byte[16], 1, Clock.systemUTC()));
    }

    private static byte[] otherKey() {
        byte[] otherKey = Arrays.copyOf(KEY, 32);
        otherKey[0] = 1;
        return otherKey;
    }
}
