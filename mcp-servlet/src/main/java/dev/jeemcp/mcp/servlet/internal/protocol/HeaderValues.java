package dev.jeemcp.mcp.servlet.internal.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Decodes MCP header values. A client sends a value that is not plain printable ASCII (or that has edge whitespace)
 * as {@code =?base64?<base64 of UTF-8>?=}; the server compares the decoded value with the body.
 */
public final class HeaderValues {

    private static final String PREFIX = "=?base64?";
    private static final String SUFFIX = "?=";

    private HeaderValues() {
    }

    /**
     * The decoded value, {@code null} for an absent header.
     *
     * @throws IllegalArgumentException when the value is a malformed encoded word or contains control characters
     */
    public static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.startsWith(PREFIX) && value.endsWith(SUFFIX) && value.length() >= PREFIX.length() + SUFFIX.length()) {
            String encoded = value.substring(PREFIX.length(), value.length() - SUFFIX.length());
            // Java's decoder tolerates missing padding; the transport requires canonical base64.
            if (encoded.length() % 4 != 0) {
                throw new IllegalArgumentException("base64 without its padding");
            }
            byte[] bytes = Base64.getDecoder().decode(encoded);
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("not UTF-8", e);
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("control character");
            }
        }
        return value;
    }
}
