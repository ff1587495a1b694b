package dev.jeemcp.mcp.servlet.internal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the {@code requestState} of a multi-round-trip request: {@code base64url(payload).base64url(HMAC-SHA256)}.
 *
 * <p>The client treats the state as opaque but may be hostile, so the payload binds the application state to the
 * caller, the method, the tool, prompt or resource name, and an expiry, and the MAC covers all of it. Every
 * instance shares the key ({@code mcp.requestStateKey}), so the retry can land anywhere. The payload is signed, not
 * encrypted: applications must not put secrets in it.
 */
final class RequestStateCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final long ttlMillis;
    private final Clock clock;

    RequestStateCodec(byte[] key, long ttlMillis, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException(McpSettings.REQUEST_STATE_KEY + " must hold at least 256 bits");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.ttlMillis = ttlMillis;
        this.clock = clock;
    }

    /** A key for a single instance, when none is configured. */
    static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    String seal(JsonObject state, String caller, String method, String name) {
        JsonObject payload = JsonIo.object()
                .add("c", caller).add("m", method).add("n", name)
                .add("e", clock.millis() + ttlMillis)
                .add("s", state)
                .build();
        String body = ENCODER.encodeToString(JsonIo.write(payload).getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODER.encodeToString(mac(body));
    }

    /**
     * The application state, if the seal is intact and was made for this caller, method and name.
     *
     * @throws dev.jeemcp.mcp.server.McpProtocolException -32602 for a state that is forged, altered, expired or
     *     made for another caller or request
     */
    JsonObject open(String sealed, String caller, String method, String name) {
        int dot = sealed.indexOf('.');
        JsonObject payload = null;
        if (dot > 0) {
            String body = sealed.substring(0, dot);
            try {
                byte[] claimed = DECODER.decode(sealed.substring(dot + 1));
                if (MessageDigest.isEqual(claimed, mac(body))) {
                    payload = JsonIo.parse(new String(DECODER.decode(body), StandardCharsets.UTF_8)).asJsonObject();
                }
            } catch (IllegalArgumentException e) {
                payload = null; // not base64: forged
            }
        }
        if (payload == null || !text(payload, "c").equals(caller) || !text(payload, "m").equals(method)
                || !text(payload, "n").equals(name)) {
            throw dev.jeemcp.mcp.server.McpProtocolException.invalidParams(
                    "Invalid params: requestState is not valid for this request");
        }
        if (!(payload.get("e") instanceof JsonNumber expiry) || expiry.longValue() < clock.millis()) {
            throw dev.jeemcp.mcp.server.McpProtocolException.invalidParams(
                    "Invalid params: requestState has expired; send the request again without it");
        }
        return payload.getJsonObject("s");
    }

    private static String text(JsonObject payload, String key) {
        return payload.get(key) instanceof JsonString s ? s.getString() : "\u0000";
    }

    private byte[] mac(String body) {
        try {
            // Mac instances are not thread-safe; a new one per call is cheap next to a request.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
