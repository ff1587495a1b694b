package dev.jeemcp.it.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A token issuer for tests: an RSA key made for this run, and RS256 tokens signed with it, with plain JDK code. */
public final class TestIssuer {

    public static final String ISSUER = "https://issuer.test.example";
    public static final String AUDIENCE = "https://mcp.test.example/sample/mcp";

    private final KeyPair keys;

    public TestIssuer() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as MicroProfile JWT's {@code mp.jwt.verify.publickey} takes it. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** A signed token for a user, with its groups (roles) and scopes, valid for the given seconds (negative: expired). */
    public String token(String user, List<String> groups, String scope, long validSeconds) {
        long now = Instant.now().getEpochSecond();
        String payload = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + user + "\",\"upn\":\"" + user + "\",\"aud\":\"" + AUDIENCE + "\","
                + "\"groups\":[" + groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",")) + "],"
                + "\"scope\":\"" + scope + "\",\"iat\":" + (now - 60) + ",\"exp\":" + (now + validSeconds)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String unsigned = encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + encoder.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
