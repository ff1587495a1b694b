package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.AuditLog;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditedFeatures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The arguments' digest is an HMAC-SHA256 under a secret key, not a bare SHA-256 that anyone could compute again:
 * a low-entropy argument (a policy number) cannot be found from the digest by trying every value. The same arguments
 * give the same digest under one key and another under another key. Without {@code mcp.audit.digestKey} the
 * {@code requestState} key (which every instance of a cluster shares already) is used, and without either a random key
 * of the deployment: digests still work, comparable within that deployment only.
 */
class ArgumentDigestsAreKeyedTest {

    private static final String ARGUMENTS = "{\"user\":\"ann\",\"password\":\"pw\",\"attempt\":1}";
    private static final String CANONICAL = "{\"attempt\":1,\"user\":\"ann\"}"; // the password is sensitive

    @AfterEach
    void clear() {
        System.clearProperty("mcp.audit.digestKey");
        System.clearProperty("mcp.requestStateKey");
    }

    private static String digest() {
        try (CatalogFixture fixture = new CatalogFixture(AuditedFeatures.class, AuditLog.class)) {
            fixture.call("login", ARGUMENTS);
            String first = fixture.bean(AuditLog.class).only().argumentsDigest();
            fixture.call("login", ARGUMENTS);
            assertEquals(first, fixture.bean(AuditLog.class).events().get(1).argumentsDigest(), "the same arguments, the same digest");
            return first;
        }
    }

    private static String key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String hmac(String base64Key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDigestIsAnHmacUnderTheAuditKey() throws Exception {
        System.setProperty("mcp.audit.digestKey", key(1));
        String one = digest();
        assertEquals(hmac(key(1), CANONICAL), one);
        assertNotEquals(sha256(CANONICAL), one, "not a digest anybody can compute");

        System.setProperty("mcp.audit.digestKey", key(2));
        String two = digest();
        assertEquals(hmac(key(2), CANONICAL), two);
        assertNotEquals(one, two, "another key, another digest");
    }

    @Test
    void theRequestStateKeyServesWhenNoAuditKeyIsSet() throws Exception {
        System.setProperty("mcp.requestStateKey", key(3));
        String one = digest();
        assertEquals(one, digest(), "two deployments with the same requestState key: comparable digests");
        assertNotEquals(sha256(CANONICAL), one);
        assertNotEquals(hmac(key(3), CANONICAL), one, "a key of its own, derived: never the requestState MAC itself");
        System.setProperty("mcp.requestStateKey", key(4));
        assertNotEquals(one, digest());
    }

    @Test
    void withoutAnyKeyDigestsWorkWithinOneDeployment() throws Exception {
        String one = digest();
        assertTrue(one.matches("[0-9a-f]{64}"), one);
        assertNotEquals(sha256(CANONICAL), one);
        assertNotEquals(one, digest(), "a random key per deployment: not comparable across deployments");
    }
}
