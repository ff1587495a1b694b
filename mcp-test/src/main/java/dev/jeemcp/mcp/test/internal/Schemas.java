package dev.jeemcp.mcp.test.internal;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.jeemcp.mcp.test.McpViolation;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema (2020-12 unless a schema declares another dialect) with a complete validator (networknt), {@code format} asserted as ajv-formats does in the
 * TypeScript clients: a {@code date-time} that is not RFC 3339 fails here as it fails there.
 */
public final class Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    /**
     * The dialects the validator ships the meta-schema of (nothing is fetched), by the {@code $schema} a schema declares
     * (without a trailing {@code #}); a schema without one is 2020-12, as MCP says.
     */
    private static final Map<String, String> META_SCHEMAS = Map.of(
            "http://json-schema.org/draft-04/schema", "http://json-schema.org/draft-04/schema#",
            "http://json-schema.org/draft-06/schema", "http://json-schema.org/draft-06/schema#",
            "http://json-schema.org/draft-07/schema", "http://json-schema.org/draft-07/schema#",
            "https://json-schema.org/draft/2019-09/schema", "https://json-schema.org/draft/2019-09/schema",
            DRAFT_2020_12, DRAFT_2020_12);
    private static final Map<String, Schema> COMPILED_META_SCHEMAS = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /**
     * Compiles a schema a server listed; one that is not valid in its dialect (the {@code $schema} it declares, 2020-12
     * without one) is a violation, and so is a dialect the validator does not know.
     */
    public static Schema compile(String where, JsonValue schema) {
        String dialect = schema instanceof JsonObject object && object.get("$schema") instanceof JsonString declared
                ? declared.getString() : DRAFT_2020_12;
        String key = dialect.endsWith("#") ? dialect.substring(0, dialect.length() - 1) : dialect;
        String metaSchema = META_SCHEMAS.get(key);
        if (metaSchema == null) {
            throw new McpViolation(where + " declares a JSON Schema dialect the kit can check (" + META_SCHEMAS.keySet()
                    + ") -- but it declares $schema " + dialect);
        }
        Schema meta = COMPILED_META_SCHEMAS.computeIfAbsent(metaSchema, uri -> REGISTRY.getSchema(SchemaLocation.of(uri)));
        List<String> problems = problems(meta, schema);
        if (!problems.isEmpty()) {
            throw new McpViolation(where + " is a valid JSON Schema (" + key + ") -- but " + problems + " in " + schema);
        }
        try {
            return REGISTRY.getSchema(schema.toString(), InputFormat.JSON);
        } catch (RuntimeException e) {
            throw new McpViolation(where + " is not a JSON Schema (" + key + "): " + e.getMessage() + " in " + schema);
        }
    }

    /** What is wrong with the instance, each message once (a meta-schema may report one fault twice) with its location; empty when it is valid. */
    public static List<String> problems(Schema schema, JsonValue instance) {
        return schema.validate(instance.toString(), InputFormat.JSON,
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).distinct().toList();
    }
}
