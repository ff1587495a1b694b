package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.internal.FeatureDenied;
import dev.jeemcp.mcp.internal.UnknownFeatures;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.roundtrip.MultiRoundTrip;
import dev.jeemcp.mcp.spi.Resource;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code resources/read}: single resources first, then templates, in catalog order. An unknown URI is -32602 with
 * the URI in {@code data}, as 2026-07-28 requires (it was -32002 before); a resource the caller may not read is
 * skipped, so it answers exactly like an unknown URI. A URI longer than {@code mcp.maxUriLength} is refused before any
 * template looks at it.
 */
final class ResourcesReadHandler implements MethodHandler {

    private final List<Resource> resources;
    private final MultiRoundTrip roundTrip;
    private final int maxUriLength;

    ResourcesReadHandler(List<Resource> resources, MultiRoundTrip roundTrip, int maxUriLength) {
        this.maxUriLength = maxUriLength;
        // Exact URIs win over templates that would also match them.
        this.resources = resources.stream().sorted((a, b) -> Boolean.compare(a.isTemplate(), b.isTemplate())).toList();
        this.roundTrip = roundTrip;
    }

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        String uri = Arguments.requiredString(params, "uri");
        if (uri.length() > maxUriLength) {
            throw McpProtocolException.invalidParams("Invalid params: \"uri\" is longer than " + maxUriLength + " characters");
        }
        List<Resource> hidden = new ArrayList<>();
        for (Resource resource : resources) {
            if (!resource.isVisibleTo(context)) {
                if (resource.match(uri).isPresent()) {
                    hidden.add(resource); // refused, unless another template serves the URI
                }
                continue; // as if it did not exist: another template may still serve the URI
            }
            Optional<Map<String, String>> variables = resource.match(uri);
            if (variables.isPresent()) {
                JsonObject result;
                try {
                    result = roundTrip.run(params, context, McpMethod.RESOURCES_READ, uri, null,
                            resumed -> resource.read(uri, variables.get(), resumed));
                } catch (McpProtocolException e) {
                    throw withUri(e, uri);
                } catch (FeatureDenied e) {
                    continue; // refused by the container: as if hidden, so another template may still serve the URI
                }
                return context.modern() && !result.containsKey(Wire.Result.RESULT_TYPE) ? cacheable(result) : result;
            }
        }
        hidden.forEach(resource -> resource.refused(context));
        throw UnknownFeatures.resource(uri);
    }

    /** A resource refused as given (such as a handle that does not exist) carries its URI, as not-found does. */
    private static McpProtocolException withUri(McpProtocolException e, String uri) {
        if (e.code() == McpErrorCodes.INVALID_PARAMS && e.data() == null) {
            return new McpProtocolException(McpErrorCodes.INVALID_PARAMS, e.getMessage(), JsonIo.object().add("uri", uri).build());
        }
        return e;
    }

    /** Contents may be per-user, so unless the resource says otherwise they are not to be shared or kept. */
    private static JsonObject cacheable(JsonObject result) {
        var builder = JsonIo.PROVIDER.createObjectBuilder(result);
        if (!result.containsKey(Wire.Result.TTL_MS)) {
            builder.add(Wire.Result.TTL_MS, 0);
        }
        if (!result.containsKey(Wire.Result.CACHE_SCOPE)) {
            builder.add(Wire.Result.CACHE_SCOPE, "private");
        }
        return builder.build();
    }
}
