package dev.jeemcp.mcp.test.internal;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * JSON Schema 2020-12 with a complete validator (networknt), {@code format} asserted as ajv-formats does in the
 * TypeScript clients: a {@code date-time} that is not RFC 3339 fails here as it fails there.
 */
public final class Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private Schemas() {
    }

    /** Compiles a schema a server listed; one that is not valid 2020-12 is a violation. */
    public static Schema compile(String where, JsonValue schema) {
        try {
            return REGISTRY.getSchema(schema.toString(), InputFormat.JSON);
        } catch (RuntimeException e) {
            throw new dev.jeemcp.mcp.test.McpViolation(where + " is not a JSON Schema 2020-12: " + e.getMessage() + " in " + schema);
        }
    }

    /** What is wrong with the instance, one message per violation with its location; empty when it is valid. */
    public static List<String> problems(Schema schema, JsonValue instance) {
        return schema.validate(instance.toString(), InputFormat.JSON,
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }
}
