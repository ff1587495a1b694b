package dev.jeemcp.it.infra;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * A real JSON Schema 2020-12 validator (networknt), used the way validating MCP clients use ajv: a tool's
 * {@code structuredContent} must be valid against its {@code outputSchema}, {@code format} included (the
 * TypeScript clients register ajv-formats, so a {@code date-time} that is not RFC 3339 fails there too).
 */
public final class JsonSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private JsonSchemas() {
    }

    /** Compiles a schema; a schema that is not valid 2020-12 fails here. */
    static Schema compile(JsonValue schema) {
        return REGISTRY.getSchema(schema.toString(), InputFormat.JSON);
    }

    /** What is wrong with the instance, one message per violation (with its location); empty when it is valid. */
    static List<String> problems(Schema schema, JsonValue instance) {
        return schema.validate(instance.toString(), InputFormat.JSON,
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }

    /** The same, compiling the schema first: for a test that checks one result against the schema a tool listed. */
    public static List<String> problems(JsonValue schema, JsonValue instance) {
        return problems(compile(schema), instance);
    }
}
