package dev.jeemcp.mcp.cdi.internal.features;

import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.cdi.internal.audit.AuditCall;
import dev.jeemcp.mcp.cdi.internal.audit.AuditTrail;
import java.util.Set;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.caller.AccessRule;
import dev.jeemcp.mcp.cdi.internal.invocation.Invocations;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodInvoker;
import dev.jeemcp.mcp.internal.Json;
import dev.jeemcp.mcp.spi.Resource;
import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@code @McpResource} method, prepared at deploy time: one URI, or a template of them. */
public final class ResourceMethod extends FeatureMethod implements Resource {

    private final String uri;
    private final UriTemplate template;
    private final String mimeType;
    /** For each parameter, the template variable it receives, or {@code null} for the request. */
    private final List<String> parameterVariables;
    private final MethodInvoker invoker;
    private final Completions completions = new Completions();

    public ResourceMethod(JsonObject definition, String uri, UriTemplate template, String mimeType,
            List<String> parameterVariables, MethodInvoker invoker, String javaName, AccessRule access, AuditTrail trail,
            Set<String> sensitive) {
        super(definition, javaName, access, trail, sensitive);
        this.uri = uri;
        this.template = template;
        this.mimeType = mimeType;
        this.parameterVariables = parameterVariables;
        this.invoker = invoker;
    }

    @Override
    public void refused(McpRequest request) {
        auditRefusal(Feature.RESOURCE, key(), request);
    }

    @Override
    public boolean isTemplate() {
        return template != null;
    }

    /** The URI or the URI template, which identifies the resource. */
    public String key() {
        return template != null ? template.toString() : uri;
    }

    public UriTemplate template() {
        return template;
    }

    public Completions completions() {
        return completions;
    }

    @Override
    public Optional<Map<String, String>> match(String requested) {
        if (template != null) {
            return template.match(requested);
        }
        return uri.equals(requested) ? Optional.of(Map.of()) : Optional.empty();
    }

    @Override
    public JsonObject read(String requested, Map<String, String> variables, McpRequest request) {
        // Named by its URI or template, never the URI read: that carries the variables, which may be sensitive.
        AuditCall audit = audit(Feature.RESOURCE, key(), request, PromptMethod.asJson(variables));
        try {
            return audit.answered(contents(requested, variables, request));
        } catch (RuntimeException e) {
            throw audit.threw(e);
        }
    }

    private JsonObject contents(String requested, Map<String, String> variables, McpRequest request) {
        Object[] values = new Object[parameterVariables.size()];
        for (int i = 0; i < values.length; i++) {
            String variable = parameterVariables.get(i);
            values[i] = variable == null ? request : variables.get(variable);
        }
        Object returned = Invocations.call(invoker, values, "Resource " + key(), javaName());
        var content = Json.PROVIDER.createObjectBuilder().add("uri", requested).add("mimeType", mimeType);
        if (returned instanceof byte[] bytes) {
            content.add("blob", Base64.getEncoder().encodeToString(bytes));
        } else {
            content.add("text", returned == null ? "" : returned.toString());
        }
        return Json.PROVIDER.createObjectBuilder().add("contents", Json.PROVIDER.createArrayBuilder().add(content)).build();
    }

    @Override
    public List<String> complete(String variable, String prefix, Map<String, String> context, McpRequest request) {
        return completions.complete(variable, prefix, context, request);
    }

    @Override
    public boolean completes() {
        return completions.any();
    }

    @Override
    public String toString() {
        return key() + " -> " + javaName();
    }
}
