package dev.jeemcp.mcp.cdi.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The digest is SHA-256 of the documented canonical form: the same arguments in another order or spacing give the
 * same digest, on any JSON-P implementation, and a value recomputed outside Java matches.
 */
class ArgumentsDigestIsStableTest {

    private static JsonObject json(String text) {
        try (var reader = JsonProvider.provider().createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void theCanonicalFormSortsMembersAtEveryDepthAndEscapesOnlyWhatItMust() {
        JsonObject arguments = json("{ \"z\" : \"\\\"q\\u0001\u00e9\", \"a\": [1, 2.5, {\"c\": true, \"b\": null}] }");
        assertEquals("{\"a\":[1,2.5,{\"b\":null,\"c\":true}],\"z\":\"\\\"q\\u0001\u00e9\"}", CanonicalJson.of(arguments, Set.of()));
    }

    @Test
    void theDigestMatchesOneComputedElsewhere() {
        // python3: hashlib.sha256('{"a":[1,2.5,{"b":null,"c":true}],"z":"\\"q\\u0001é"}'.encode()).hexdigest()
        JsonObject arguments = json("{\"z\":\"\\\"q\\u0001\u00e9\",\"a\":[1,2.5,{\"c\":true,\"b\":null}]}");
        assertEquals("7f3ec49f3fad433b16bc87bbace8e0207c9754ddbda431d43c1cc27d69d38852",
                CanonicalJson.sha256(CanonicalJson.of(arguments, Set.of())));
    }

    @Test
    void orderAndSpacingDoNotChangeIt() {
        String one = CanonicalJson.sha256(CanonicalJson.of(json("{\"b\":{\"y\":1,\"x\":[true]},\"a\":\"v\"}"), Set.of()));
        String two = CanonicalJson.sha256(CanonicalJson.of(json("{ \"a\" : \"v\" ,\n \"b\" : { \"x\" : [ true ], \"y\" : 1 } }"), Set.of()));
        assertEquals(one, two);
    }

    @Test
    void anotherValueChangesIt() {
        assertNotEquals(CanonicalJson.sha256(CanonicalJson.of(json("{\"a\":1}"), Set.of())),
                CanonicalJson.sha256(CanonicalJson.of(json("{\"a\":2}"), Set.of())));
    }

    @Test
    void leftOutMembersAreNotPartOfIt() {
        assertEquals(CanonicalJson.of(json("{\"a\":1}"), Set.of()), CanonicalJson.of(json("{\"a\":1,\"secret\":\"s\"}"), Set.of("secret")));
    }
}
