package dev.jeemcp.mcp.servlet.internal.request;

import static dev.jeemcp.mcp.McpErrorCodes.HEADER_MISMATCH;
import static dev.jeemcp.mcp.McpErrorCodes.INVALID_PARAMS;
import static dev.jeemcp.mcp.McpErrorCodes.UNSUPPORTED_PROTOCOL_VERSION;

import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.HeaderValues;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.Principal;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Decides which protocol revision a request speaks and enforces that revision's envelope rules.
 *
 * <p>This server is dual-era on one endpoint and never keeps a session. A request is <em>modern</em> (2026-07-28)
 * when its {@code _meta} or {@code MCP-Protocol-Version} header names a modern revision, or when it carries the
 * modern-only {@code Mcp-Method} header; it is <em>legacy</em> when it names an older revision or none at all
 * ({@code initialize} always is). Legacy requests are served statelessly too: their capabilities were sent once in
 * {@code initialize}, so tools see none.
 */
public final class RequestEra {

    private static final JsonArray SUPPORTED = JsonIo.PROVIDER.createArrayBuilder(Wire.Version.ALL).build();

    private RequestEra() {
    }

    /**
     * @param headers the request's header values by name (case-insensitive, as HTTP has them)
     * @param caller the authenticated caller, or {@code null}
     * @param roles whether the caller has a role
     */
    public static CallContext establish(JsonRpcRequest rpc, UnaryOperator<String> headers, Principal caller, Predicate<String> roles) {
        Fault.Builder fault = Fault.forId(rpc.id());
        JsonObject meta = rpc.meta();
        String headerVersion = header(headers, Wire.Header.PROTOCOL_VERSION, fault);
        String methodHeader = header(headers, Wire.Header.METHOD, fault);
        JsonValue metaVersion = meta == null ? null : meta.get(Wire.Meta.PROTOCOL_VERSION);

        String version = metaVersion instanceof JsonString s ? s.getString() : headerVersion;
        // Only 2026-07-28 clients put a version in _meta, so one there (even an unknown one, or one of the wrong
        // type) selects the modern rules; so does a modern version header, or the modern-only Mcp-Method header.
        boolean modern = metaVersion != null && !Wire.Version.LEGACY.contains(version)
                || (headerVersion != null ? Wire.Version.MODERN.contains(headerVersion) : metaVersion == null && methodHeader != null);
        if (McpMethod.INITIALIZE.wireName().equals(rpc.method()) && !modern) {
            return new CallContext(false, null, JsonValue.EMPTY_JSON_OBJECT, caller, roles, headers);
        }
        if (!modern) {
            if (version == null) {
                return new CallContext(false, Wire.Version.ASSUMED_WITHOUT_HEADER, JsonValue.EMPTY_JSON_OBJECT, caller, roles, headers);
            }
            if (Wire.Version.LEGACY.contains(version)) {
                return new CallContext(false, version, JsonValue.EMPTY_JSON_OBJECT, caller, roles, headers);
            }
            throw unsupported(fault, version);
        }
        JsonObject capabilities = requireMeta(meta, fault);
        version = ((JsonString) meta.get(Wire.Meta.PROTOCOL_VERSION)).getString();
        // A header that contradicts the body is a mismatch before it is anything else.
        if (headerVersion != null && !version.equals(headerVersion)) {
            throw fault.error(HEADER_MISMATCH, "Header mismatch: MCP-Protocol-Version header \"" + headerVersion
                    + "\" differs from _meta \"" + version + "\"");
        }
        if (!Wire.Version.MODERN.contains(version)) {
            throw unsupported(fault, version);
        }
        if (headerVersion == null) {
            throw fault.error(HEADER_MISMATCH, "Header mismatch: the MCP-Protocol-Version header is required");
        }
        if (!rpc.method().equals(methodHeader)) {
            throw fault.error(HEADER_MISMATCH, methodHeader == null
                    ? "Header mismatch: the Mcp-Method header is required"
                    : "Header mismatch: Mcp-Method header \"" + methodHeader + "\" differs from method \"" + rpc.method() + "\"");
        }
        McpMethod known = McpMethod.lookup(rpc.method(), true);
        String mirrored = known == null ? null : known.mirroredNameParam();
        if (mirrored != null) {
            String nameHeader = header(headers, Wire.Header.NAME, fault);
            if (nameHeader == null) {
                throw fault.error(HEADER_MISMATCH, "Header mismatch: the Mcp-Name header is required for " + rpc.method());
            }
            if (!Objects.equals(nameHeader, rpc.stringParam(mirrored))) {
                throw fault.error(HEADER_MISMATCH, "Header mismatch: Mcp-Name header differs from params." + mirrored);
            }
        }
        checkNotificationOptions(meta, fault);
        return new CallContext(true, version, capabilities, caller, roles, headers);
    }

    /**
     * A {@code logLevel} that is not a level, or a {@code progressToken} that is neither a string nor a number, is
     * a malformed request: refused here, before any event stream could open.
     */
    private static void checkNotificationOptions(JsonObject meta, Fault.Builder fault) {
        JsonValue level = meta.get(Wire.Meta.LOG_LEVEL);
        if (level != null && !(level instanceof JsonString named && Notifications.LEVELS.contains(named.getString()))) {
            throw fault.error(INVALID_PARAMS, "Invalid params: _meta \"" + Wire.Meta.LOG_LEVEL + "\" must be one of "
                    + Notifications.LEVELS);
        }
        JsonValue token = meta.get(Wire.Meta.PROGRESS_TOKEN);
        if (token != null && token.getValueType() != JsonValue.ValueType.STRING && token.getValueType() != JsonValue.ValueType.NUMBER) {
            throw fault.error(INVALID_PARAMS, "Invalid params: _meta \"" + Wire.Meta.PROGRESS_TOKEN + "\" must be a string or a number");
        }
    }

    private static JsonObject requireMeta(JsonObject meta, Fault.Builder fault) {
        if (meta == null
                || !(meta.get(Wire.Meta.PROTOCOL_VERSION) instanceof JsonString)
                || !(meta.get(Wire.Meta.CLIENT_CAPABILITIES) instanceof JsonObject)) {
            throw fault.error(INVALID_PARAMS, "Invalid params: params._meta must carry \"" + Wire.Meta.PROTOCOL_VERSION
                    + "\" (a string) and \"" + Wire.Meta.CLIENT_CAPABILITIES + "\" (an object)");
        }
        return meta.getJsonObject(Wire.Meta.CLIENT_CAPABILITIES);
    }

    private static Fault unsupported(Fault.Builder fault, String requested) {
        return fault.error(UNSUPPORTED_PROTOCOL_VERSION, "Unsupported protocol version",
                JsonIo.object().add("supported", SUPPORTED).add("requested", requested).build());
    }

    private static String header(UnaryOperator<String> headers, String name, Fault.Builder fault) {
        try {
            return HeaderValues.decode(headers.apply(name));
        } catch (IllegalArgumentException e) {
            throw fault.error(HEADER_MISMATCH, "Header mismatch: the " + name + " header is not a valid value");
        }
    }
}
