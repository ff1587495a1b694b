package dev.jeemcp.mcp.servlet.internal.roundtrip;

import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC keys of {@code requestState}: the current one, which seals, and previous ones, which still open states
 * sealed before a rotation. Each key is known by its id ({@code kid}), a fingerprint of the key itself, so rotating
 * needs no second setting: put the new key first and keep the old one in the previous keys for one TTL.
 *
 * <p>A secret should not be a {@code -D} flag, which every user of the machine sees in {@code ps}. Each key is read
 * from JNDI ({@code java:comp/env/mcp/requestStateKey}), then the environment ({@code MCP_REQUEST_STATE_KEY}), then
 * the context parameter or system property.
 */
public record RequestStateKeys(String currentId, SecretKeySpec current, Map<String, SecretKeySpec> accepted, boolean configured) {

    static final String ALGORITHM = "HmacSHA256";
    public static final String JNDI_KEY = "java:comp/env/mcp/requestStateKey";
    static final String JNDI_PREVIOUS_KEYS = "java:comp/env/mcp/requestStatePreviousKeys";
    public static final String ENV_KEY = "MCP_REQUEST_STATE_KEY";
    static final String ENV_PREVIOUS_KEYS = "MCP_REQUEST_STATE_PREVIOUS_KEYS";

    /** One key, the only one accepted. */
    public static RequestStateKeys of(byte[] key) {
        return of(key, List.of(), true);
    }

    public static RequestStateKeys of(byte[] key, List<byte[]> previous, boolean configured) {
        Map<String, SecretKeySpec> accepted = new LinkedHashMap<>();
        SecretKeySpec current = spec(key);
        String currentId = id(key);
        accepted.put(currentId, current);
        previous.forEach(old -> accepted.putIfAbsent(id(old), spec(old)));
        return new RequestStateKeys(currentId, current, Map.copyOf(accepted), configured);
    }

    /**
     * Reads the keys from where the operator put them; a fresh random key (good on one instance only) when none is
     * configured anywhere.
     *
     * @param settings the context parameter or system property of a name
     * @param jndi a JNDI lookup, {@code null} when absent
     * @param environment an environment variable, {@code null} when absent
     */
    public static RequestStateKeys load(UnaryOperator<String> settings, UnaryOperator<String> jndi, UnaryOperator<String> environment) {
        String current = first(jndi.apply(JNDI_KEY), environment.apply(ENV_KEY), settings.apply(McpSettings.REQUEST_STATE_KEY));
        String previous = first(jndi.apply(JNDI_PREVIOUS_KEYS), environment.apply(ENV_PREVIOUS_KEYS),
                settings.apply(McpSettings.REQUEST_STATE_PREVIOUS_KEYS));
        List<byte[]> old = previous == null ? List.of()
                : Arrays.stream(previous.split("[,\\s]+")).filter(s -> !s.isEmpty())
                        .map(s -> decode(s, McpSettings.REQUEST_STATE_PREVIOUS_KEYS)).toList();
        if (current == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return of(random, old, false);
        }
        return of(decode(current, McpSettings.REQUEST_STATE_KEY), old, true);
    }

    SecretKeySpec find(String id) {
        return accepted.get(id);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    private static byte[] decode(String base64, String name) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be base64");
        }
    }

    private static SecretKeySpec spec(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException(McpSettings.REQUEST_STATE_KEY + " must hold at least 256 bits (32 bytes, base64)");
        }
        return new SecretKeySpec(key, ALGORITHM);
    }

    /** The first 48 bits of a hash of the key: names it without revealing anything usable. */
    private static String id(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    concat("jeemcp-requestState-kid:".getBytes(StandardCharsets.US_ASCII), key));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
