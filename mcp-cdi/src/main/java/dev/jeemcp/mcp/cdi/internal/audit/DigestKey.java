package dev.jeemcp.mcp.cdi.internal.audit;

import dev.jeemcp.mcp.cdi.internal.store.StoreSettings;
import dev.jeemcp.mcp.internal.Naming;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.roundtrip.RequestStateKeys;
import jakarta.enterprise.inject.Instance;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key of the arguments' digest (HMAC-SHA256), so that a digest of a low-entropy argument (a policy number,
 * a date of birth) cannot be reversed by hashing every candidate, as a bare SHA-256 could. In order:
 * <ol>
 * <li>{@value #SETTING}: base64 of at least 32 bytes (a secret: {@code jndi:<name>} names a JNDI string);</li>
 * <li>else the {@code requestState} key (JNDI, environment, setting, as the servlet reads it), which every instance of
 * a cluster shares already: a key derived from it (never the key itself, so a digest is never a seal's MAC);</li>
 * <li>else a random key of this deployment, with a warning: digests then compare within this instance's lifetime only.</li>
 * </ol>
 * Digests compare only under one key: changing it starts new digests.
 */
final class DigestKey {

    static final String SETTING = "mcp.audit.digestKey";
    private static final String ALGORITHM = "HmacSHA256";
    /** The label of the key derived from the requestState key: another purpose, another key. */
    private static final byte[] DERIVATION = "jeemcp audit argument digest v1".getBytes(StandardCharsets.US_ASCII);
    private static final System.Logger LOG = System.getLogger(DigestKey.class.getName());

    private DigestKey() {
    }

    /**
     * The key the settings give.
     *
     * @throws IllegalStateException naming the setting (never its value) when it is not base64 of 32 bytes or more
     */
    static SecretKeySpec load(Instance<ServletContext> servletContext) {
        String own = StoreSettings.secret(servletContext, SETTING);
        if (own != null) {
            return new SecretKeySpec(decode(own, SETTING), ALGORITHM);
        }
        String requestState = first(Naming.lookup(RequestStateKeys.JNDI_KEY, String.class).orElse(null),
                System.getenv(RequestStateKeys.ENV_KEY), StoreSettings.secret(servletContext, McpSettings.REQUEST_STATE_KEY));
        if (requestState != null) {
            return new SecretKeySpec(mac(new SecretKeySpec(decode(requestState, McpSettings.REQUEST_STATE_KEY), ALGORITHM),
                    DERIVATION), ALGORITHM);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        LOG.log(System.Logger.Level.WARNING, "Neither " + SETTING + " nor " + McpSettings.REQUEST_STATE_KEY + " is set: the"
                + " audit's argument digests use a random key of this deployment, so they compare only within it. Give every"
                + " instance the same base64 key of 32+ bytes in " + SETTING + " to compare digests across instances and restarts");
        return new SecretKeySpec(random, ALGORITHM);
    }

    /** Lower-case hex HMAC-SHA256 of the text's UTF-8 bytes. */
    static String digest(SecretKeySpec key, String text) {
        return HexFormat.of().formatHex(mac(key, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] mac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe: one per digest, made only when somebody audits
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    private static byte[] decode(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " must be base64 of at least 32 bytes");
        }
        if (key.length < 32) {
            throw new IllegalStateException(setting + " must be base64 of at least 32 bytes");
        }
        return key;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
