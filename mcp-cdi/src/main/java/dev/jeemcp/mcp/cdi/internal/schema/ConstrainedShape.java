package dev.jeemcp.mcp.cdi.internal.schema;

import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A shape narrowed by Bean Validation constraints (see {@link Constraints}): the schema of the shape it wraps plus
 * the constraints' keywords, and the same rules checked on the value. Immutable and thread-safe.
 */
final class ConstrainedShape extends JsonShape {

    /** One rule: what a valid value satisfies, and the message when it does not. */
    record Check(Predicate<JsonValue> valid, String message) {
    }

    private final JsonShape shape;
    private final List<Consumer<JsonObjectBuilder>> keywords;
    private final List<String> notes;
    private final List<Check> checks;
    private final boolean notNull;

    ConstrainedShape(JsonShape shape, List<Consumer<JsonObjectBuilder>> keywords, List<String> notes, List<Check> checks,
            boolean notNull) {
        this.shape = shape;
        this.keywords = List.copyOf(keywords);
        this.notes = List.copyOf(notes);
        this.checks = List.copyOf(checks);
        this.notNull = notNull;
    }

    /**
     * Whether {@code @NotNull} (or {@code @NotEmpty}, {@code @NotBlank}) forbids null: for the rule that decides which
     * properties an object shape requires.
     */
    boolean isNotNull() {
        return notNull;
    }

    @Override
    JsonObject buildSchema() {
        JsonObject inner = shape.schema();
        JsonObjectBuilder schema = Json.PROVIDER.createObjectBuilder(inner);
        keywords.forEach(keyword -> keyword.accept(schema));
        if (!notes.isEmpty()) {
            String described = inner.getString("description", "");
            schema.add("description", (described.isEmpty() ? "" : described + " ") + String.join(" ", notes));
        }
        return schema.build();
    }

    @Override
    public void validate(JsonValue value, String path, List<String> problems) {
        if (value == JsonValue.NULL) {
            // Reached for list items and map values; a missing argument or property is the object's "required".
            if (notNull) {
                ArgumentProblems.violation(problems, path + ": must not be null");
            } else {
                shape.validate(value, path, problems);
            }
            return;
        }
        int before = problems.size();
        shape.validate(value, path, problems);
        if (problems.size() != before) {
            return; // the value is not of the type: its constraints say nothing more
        }
        for (Check check : checks) {
            if (!check.valid().test(value)) {
                ArgumentProblems.violation(problems, path + ": " + check.message());
            }
        }
    }

    @Override
    public boolean isObject() {
        return shape.isObject();
    }

    @Override
    public boolean isOptional() {
        return shape.isOptional();
    }
}
