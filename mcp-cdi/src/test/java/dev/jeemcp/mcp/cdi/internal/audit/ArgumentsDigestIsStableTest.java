package dev.jeemcp.mcp.cdi.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The digest is an HMAC-SHA256 of the documented canonical form: under one key, the same arguments in another order
 * or spacing give the same digest, on any JSON-P implementation, and a value recomputed outside Java matches.
 */
class ArgumentsDigestIsStableTest {

    private static JsonObject json(String text) {
        try (var reader = JsonProvider.provider().createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static final SecretKeySpec KEY = new SecretKeySpec(filled(), "HmacSHA256");

    private static byte[] filled() {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) 7);
        return key;
    }

    private static String digest(JsonObject arguments, Set<String> leftOut) {
        return DigestKey.digest(KEY, CanonicalJson.of(arguments, leftOut));
    }

    @Test
    void theCanonicalFormSortsMembersAtEveryDepthAndEscapesOnlyWhatItMust() {
        JsonObject arguments = json("{ \"z\" : \"\\\"q\\u0001\u00e9\", \"a\": [1, 2.5, {\"c\": true, \"b\": null}] }");
        assertEquals("{\"a\":[1,2.5,{\"b\":null,\"c\":true}],\"z\":\"\\\"q\\u0001\u00e9\"}", CanonicalJson.of(arguments, Set.of()));
    }

    @Test
    void theDigestMatchesOneComputedElsewhere() {
        // python3: hmac.new(bytes([7]) * 32, '{"a":[1,2.5,{"b":null,"c":true}],"z":"\\"q\\u0001é"}'.encode(), hashlib.sha256).hexdigest()
        JsonObject arguments = json("{\"z\":\"\\\"q\\u0001\u00e9\",\"a\":[1,2.5,{\"c\":true,\"b\":null}]}");
        assertEquals("e129858ac128b318849af3ceb9d7d1ba2de39ed5d0190b1819e6db4a0030bc5e", digest(arguments, Set.of()));
    }

    @Test
    void orderAndSpacingDoNotChangeIt() {
        String one = digest(json("{\"b\":{\"y\":1,\"x\":[true]},\"a\":\"v\"}"), Set.of());
        String two = digest(json("{ \"a\" : \"v\" ,\n \"b\" : { \"x\" : [ true ], \"y\" : 1 } }"), Set.of());
        assertEquals(one, two);
    }

    @Test
    void anotherValueChangesIt() {
        assertNotEquals(digest(json("{\"a\":1}"), Set.of()),
                digest(json("{\"a\":2}"), Set.of()));
    }

    @Test
    void leftOutMembersAreNotPartOfIt() {
        assertEquals(CanonicalJson.of(json("{\"a\":1}"), Set.of()), CanonicalJson.of(json("{\"a\":1,\"secret\":\"s\"}"), Set.of("secret")));
    }
}
