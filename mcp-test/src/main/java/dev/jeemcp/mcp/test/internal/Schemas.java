package dev.jeemcp.mcp.test.internal;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
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
    /** The 2020-12 meta-schema (the validator ships it; nothing is fetched), against which a listed schema is checked. */
    private static final Schema META_SCHEMA = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    private Schemas() {
    }

    /** Compiles a schema a server listed; one that is not valid 2020-12 is a violation. */
    public static Schema compile(String where, JsonValue schema) {
        List<String> problems = problems(META_SCHEMA, schema);
        if (!problems.isEmpty()) {
            throw new dev.jeemcp.mcp.test.McpViolation(where + " is a valid JSON Schema 2020-12 -- but " + problems + " in " + schema);
        }
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
