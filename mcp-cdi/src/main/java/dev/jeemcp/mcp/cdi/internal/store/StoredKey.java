package dev.jeemcp.mcp.cdi.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The form in which a tenant or an owner is stored in the {@code TENANT} and {@code OWNER} columns (255 characters):
 * the value itself when it has at most {@value #MAX_PLAIN} characters, else {@code sha256:} and the base64url
 * SHA-256 of its UTF-8 bytes (50 characters). A value that itself starts with {@code sha256:} is hashed too, so no
 * plain value can pose as the hash of another one: two different values never share a stored form, and a long
 * value is neither refused with a database error nor truncated into another tenant by a lax MariaDB.
 *
 * <p>Columns are compared exactly (binary collations on MariaDB), so the stored form is the whole identity.
 */
public final class StoredKey {

    /** The longest value stored as it is; short enough for the 255-character columns in any character set. */
    public static final int MAX_PLAIN = 128;
    static final String HASHED = "sha256:";

    private StoredKey() {
    }

    /** The stored form of a tenant or owner. */
    public static String of(String value) {
        if (value.length() <= MAX_PLAIN && !value.startsWith(HASHED)) {
            return value;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HASHED + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
