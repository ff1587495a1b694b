package dev.jeemcp.mcp.servlet.internal.roundtrip;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.request.RequestBinding;
import dev.jeemcp.mcp.spi.SingleUseStates;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the {@code requestState} of a multi-round-trip request: {@code kid.base64url(payload).base64url(HMAC-SHA256)},
 * the MAC covering the key id and the payload.
 *
 * <p>The client treats the state as opaque but may be hostile, so the payload binds the application state to the
 * caller, the method, the name, a digest of the arguments ({@link RequestBinding}), the input keys the server asked
 * for, a random id and an expiry. Every instance shares the keys ({@link RequestStateKeys}), so the retry can land
 * anywhere. With {@link SingleUseStates} each state opens once; otherwise it opens any number of times until it
 * expires. The payload is signed, not encrypted: applications must not put secrets in it.
 */
public final class RequestStateCodec {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String INVALID = "Invalid params: requestState is not valid for this request";

    /** An opened state: the application's state and the input keys the server asked for. */
    public record Opened(JsonObject state, Set<String> inputKeys) {
    }

    private final RequestStateKeys keys;
    private final long ttlMillis;
    private final Clock clock;
    private final SingleUseStates singleUse;

    public RequestStateCodec(byte[] key, long ttlMillis, Clock clock) {
        this(RequestStateKeys.of(key), ttlMillis, clock, null);
    }

    /** @param singleUse where used states are remembered, or {@code null} to let a state open until it expires */
    public RequestStateCodec(RequestStateKeys keys, long ttlMillis, Clock clock, SingleUseStates singleUse) {
        this.keys = keys;
        this.ttlMillis = ttlMillis;
        this.clock = clock;
        this.singleUse = singleUse;
    }

    public String seal(JsonObject state, RequestBinding binding, Set<String> inputKeys) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = ENCODER.encodeToString(random);
        long expiry = clock.millis() + ttlMillis;
        if (singleUse != null) {
            singleUse.issued(id, Instant.ofEpochMilli(expiry));
        }
        JsonObject payload = JsonIo.object()
                .add("c", binding.caller()).add("t", binding.tenant()).add("m", binding.method()).add("n", binding.name()).add("d", binding.digest())
                .add("i", JsonIo.PROVIDER.createArrayBuilder(inputKeys))
                .add("j", id)
                .add("e", expiry)
                .add("s", state)
                .build();
        String signed = keys.currentId() + "." + ENCODER.encodeToString(JsonIo.write(payload).getBytes(StandardCharsets.UTF_8));
        return signed + "." + ENCODER.encodeToString(mac(keys.current(), signed));
    }

    /**
     * The state, if the seal is intact, unexpired, unused (when states are single-use), and was made for this
     * binding.
     *
     * @throws McpProtocolException -32602 for a state that is forged, altered, expired, used, or made for another
     *     caller or request
     */
    public Opened open(String sealed, RequestBinding binding) {
        JsonObject payload = verified(sealed);
        if (payload == null || !text(payload, "c").equals(binding.caller())
                || !text(payload, "t").equals(binding.tenant()) || !text(payload, "m").equals(binding.method())
                || !text(payload, "n").equals(binding.name()) || !text(payload, "d").equals(binding.digest())
                || !(payload.get("s") instanceof JsonObject state) || !(payload.get("i") instanceof JsonArray asked)) {
            throw McpProtocolException.invalidParams(INVALID);
        }
        if (!(payload.get("e") instanceof JsonNumber expiry) || expiry.longValue() < clock.millis()) {
            throw McpProtocolException.invalidParams("Invalid params: requestState has expired; send the request again without it");
        }
        if (singleUse != null && !singleUse.claim(text(payload, "j"))) {
            throw McpProtocolException.invalidParams("Invalid params: requestState was already used; send the request again without it");
        }
        Set<String> inputKeys = new LinkedHashSet<>();
        for (JsonValue key : asked) {
            if (key instanceof JsonString s) {
                inputKeys.add(s.getString());
            }
        }
        return new Opened(state, Set.copyOf(inputKeys));
    }

    /** The payload, when the MAC is right under the key the state names; {@code null} otherwise. */
    private JsonObject verified(String sealed) {
        int first = sealed.indexOf('.');
        int second = sealed.lastIndexOf('.');
        if (first <= 0 || second <= first) {
            return null;
        }
        SecretKeySpec key = keys.find(sealed.substring(0, first));
        if (key == null) {
            return null;
        }
        String signed = sealed.substring(0, second);
        try {
            if (!MessageDigest.isEqual(DECODER.decode(sealed.substring(second + 1)), mac(key, signed))) {
                return null;
            }
            return JsonIo.parse(new String(DECODER.decode(signed.substring(first + 1)), StandardCharsets.UTF_8)) instanceof JsonObject o
                    ? o : null;
        } catch (IllegalArgumentException e) {
            return null; // not base64: forged
        }
    }

    private static String text(JsonObject payload, String key) {
        return payload.get(key) instanceof JsonString s ? s.getString() : "\u0000";
    }

    private static byte[] mac(SecretKeySpec key, String signed) {
        try {
            // Mac instances are not thread-safe; a new one per call is cheap next to a request.
            Mac mac = Mac.getInstance(RequestStateKeys.ALGORITHM);
            mac.init(key);
            return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
