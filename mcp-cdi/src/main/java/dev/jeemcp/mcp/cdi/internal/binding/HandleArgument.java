package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.handles.HandleKinds;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import dev.jeemcp.mcp.handles.Handles;
import dev.jeemcp.mcp.internal.Json;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * A parameter of type {@code Handle<T>}: the client sends the id as a string, the schema shows its pattern, and the
 * method receives the handle loaded for the caller's tenant. A missing, foreign or expired handle becomes an error
 * result through the {@link Handles} exceptions; an id of the wrong shape or kind is an invalid argument.
 */
public final class HandleArgument implements ToolArgument {

    private final String name;
    private final Class<?> valueType;
    private final HandleKinds.Info kind;
    private final boolean required;
    private final JsonObject schema;
    private final BeanManager beanManager;
    private volatile Handles handles;

    public HandleArgument(String name, Class<?> valueType, boolean required, String description, BeanManager beanManager) {
        this.name = name;
        this.valueType = valueType;
        this.kind = HandleKinds.of(valueType);
        this.required = required;
        this.beanManager = beanManager;
        this.schema = Json.PROVIDER.createObjectBuilder()
                .add("type", "string")
                .add("pattern", kind.idPattern())
                .add("description", description.isEmpty() ? "The id of a " + kind.kind() + ", as returned by an earlier call" : description)
                .build();
    }

    @Override
    public void describe(JsonObjectBuilder properties, List<String> requiredNames) {
        properties.add(name, schema);
        if (required) {
            requiredNames.add(name);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void validate(JsonObject arguments, List<String> problems) {
        JsonValue value = arguments.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problems.add("missing required argument \"" + name + "\"");
            }
        } else if (!(value instanceof JsonString id) || !kind.owns(id.getString())) {
            problems.add(name + ": expected the id of a " + kind.kind() + " (" + kind.kind() + "_...), got " + JsonShape.describe(value));
        }
    }

    @Override
    public Object value(JsonObject arguments, McpRequest request, JsonBinding binding) {
        JsonValue value = arguments.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return handles().find(((JsonString) value).getString(), valueType);
    }

    private Handles handles() {
        Handles resolved = handles;
        if (resolved == null) {
            resolved = (Handles) beanManager.getReference(beanManager.resolve(beanManager.getBeans(Handles.class)),
                    Handles.class, beanManager.createCreationalContext(null));
            handles = resolved;
        }
        return resolved;
    }
}
