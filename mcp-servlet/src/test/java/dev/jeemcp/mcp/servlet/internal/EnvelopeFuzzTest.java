package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever bytes arrive, reading the envelope either yields a request or fails with -32700 or -32600: never another
 * exception, which would become a 500. Bounded tries, so the build stays fast.
 */
class EnvelopeFuzzTest {

    @Property(tries = 1000)
    void anyBytesGiveARequestOrAParseOrRequestError(@ForAll byte[] body) {
        assertOnlyProtocolErrors(body);
    }

    @Property(tries = 1000)
    void mutatedRequestsGiveARequestOrAParseOrRequestError(@ForAll("nearlyValid") String body) {
        assertOnlyProtocolErrors(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A valid request with characters cut out, doubled or replaced, which is what broken clients send. */
    @Provide
    Arbitrary<String> nearlyValid() {
        String valid = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"x\",\"arguments\":{\"a\":[1,2.5,\"s\",null,true]}}}";
        return Arbitraries.integers().between(0, valid.length() - 1).list().ofMinSize(1).ofMaxSize(4).flatMap(positions ->
                Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', 'x', '0', ' ').list().ofSize(positions.size()).map(replacements -> {
                    StringBuilder mutated = new StringBuilder(valid);
                    for (int i = 0; i < positions.size(); i++) {
                        mutated.setCharAt(positions.get(i), replacements.get(i));
                    }
                    return mutated.toString();
                }));
    }

    private static void assertOnlyProtocolErrors(byte[] body) {
        try {
            JsonRpcRequest.parse(body);
        } catch (Fault e) {
            assertTrue(e.code() == McpErrorCodes.PARSE_ERROR || e.code() == McpErrorCodes.INVALID_REQUEST, "code " + e.code());
            assertTrue(e.status() == 400);
        }
    }
}
