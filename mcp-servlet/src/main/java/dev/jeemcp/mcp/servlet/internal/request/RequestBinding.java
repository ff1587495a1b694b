package dev.jeemcp.mcp.servlet.internal.request;

import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.spi.McpCatalog;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a {@code requestState} is bound to: who asked, and exactly what they asked. A state sealed for
 * {@code approve_discount {"percent":5}} opens only for the same caller in the same tenant, method, name and arguments.
 *
 * @param caller {@code user:<name>} for an authenticated caller, {@code anonymous} otherwise: the two namespaces
 *     never meet, so no user name (not even an empty one) matches an anonymous caller
 * @param tenant {@code tenant:<stored form>} of the caller's tenant ({@link McpCatalog#tenantOf}), or {@code none}:
 *     user names may be unique only within a tenant ({@code mcp.tenantClaim}), so bob of tenant A is not bob of B
 * @param digest base64url SHA-256 of the method, the name (or URI) and the canonical arguments
 */
public record RequestBinding(String caller, String tenant, String method, String name, String digest) {

    /** Every anonymous caller is this one: a stateless server cannot tell two of them apart. */
    static final String ANONYMOUS = "anonymous";

    /** The tenant of a caller that has none; the {@code tenant:} prefix keeps it apart from any tenant's name. */
    static final String NO_TENANT = "none";

    /**
     * @param arguments the request's arguments ({@code tools/call}, {@code prompts/get}), or {@code null} for
     *     {@code resources/read}, whose URI is its name
     * @param tenant the caller's tenant, as the catalog stores it, or empty when it has none
     */
    public static RequestBinding of(CallContext context, Optional<String> tenant, McpMethod method, String name, JsonValue arguments) {
        String caller = context.principal() == null ? ANONYMOUS : "user:" + context.principal().getName();
        StringBuilder canonical = new StringBuilder(method.wireName()).append('\n').append(name).append('\n');
        canonical(arguments == null || arguments == JsonValue.NULL ? JsonValue.EMPTY_JSON_OBJECT : arguments, canonical);
        return new RequestBinding(caller, tenant.map(t -> "tenant:" + t).orElse(NO_TENANT), method.wireName(), name, sha256(canonical.toString()));
    }

    /**
     * JSON with object keys sorted and numbers in one form ({@code 5}, {@code 5.0} and {@code 5e0} are the same
     * argument to the tool, so they are the same here); strings keep JSON escaping, so no two values collide.
     */
    static void canonical(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                out.append('{');
                boolean first = true;
                for (String key : new TreeSet<>(object.keySet())) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quoted(key, out);
                    out.append(':');
                    canonical(object.get(key), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                out.append('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    canonical(array.get(i), out);
                }
                out.append(']');
            }
            // toString, not toPlainString: 1e999999999 stays short.
            case NUMBER -> out.append(((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toString());
            case STRING -> quoted(((JsonString) value).getString(), out);
            default -> out.append(value);
        }
    }

    /** Quoted, with the quote and the backslash escaped: enough to keep the encoding unambiguous. */
    private static void quoted(String text, StringBuilder out) {
        out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }

    private static String sha256(String text) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
