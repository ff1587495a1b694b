package dev.jeemcp.it.infra;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import dev.jeemcp.mcp.McpErrorCodes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Calls every tool of a deployment the way a model would: lists the tools, makes arguments from each
 * {@code inputSchema} (minimal and full, see {@link SchemaInstances}), calls it, and checks the answer against the
 * tool's own promises with a real JSON Schema 2020-12 validator:
 * <ul>
 * <li>arguments valid by the {@code inputSchema} are accepted (no JSON-RPC error, no HTTP error);</li>
 * <li>a result of a tool with an {@code outputSchema} carries {@code structuredContent} (unless {@code isError}) and
 * it is valid against that schema, {@code format} included;</li>
 * <li>not every call of a tool is refused: a tool that refuses every argument its schema allows has rules its schema
 * does not tell (unless the deployment names it as failing by design).</li>
 * </ul>
 * Tools without a handle argument are called first (those that change something before those that read), then the
 * tools that take a handle, read-only first, then idempotent, then the rest, so that a handle is still open when the
 * tools that read it run; a handle argument takes the newest id an earlier result carried. Everything is written to
 * {@code target/schema-sweep/<deployment>-<server>.txt}; each problem names the tool, the schema and the payload.
 */
public final class SchemaSweep {

    /** A 2026-07-28 client that can answer every kind of input request, so that tools asking for input say so. */
    private static final JsonObject CAPABILITIES = Json.createObjectBuilder()
            .add("elicitation", Json.createObjectBuilder().add("form", JsonValue.EMPTY_JSON_OBJECT))
            .add("sampling", JsonValue.EMPTY_JSON_OBJECT).add("roots", JsonValue.EMPTY_JSON_OBJECT).build();

    private final RawHttp http;
    private final String deployment;
    private final Map<String, String> failingByDesign;
    private final java.util.function.Predicate<String> neverFails;
    private final List<String> ids = new ArrayList<>();
    private final List<String> report = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();

    /**
     * @param failingByDesign tools that always answer an error, with why
     * @param neverFails tools that never refuse anything: any error they answer is the library's
     */
    public SchemaSweep(URI endpoint, String deployment, Map<String, String> failingByDesign, java.util.function.Predicate<String> neverFails) {
        this.http = new RawHttp(endpoint);
        this.deployment = deployment;
        this.failingByDesign = failingByDesign;
        this.neverFails = neverFails;
    }

    /** Runs the sweep; fails with every problem found, and returns the tools skipped with their reasons. */
    public Map<String, String> run() {
        List<JsonObject> tools = listTools();
        // Tools that take no handle first, those that change something first (start_quote before list_quotes); then
        // the tools that take a handle: read-only, idempotent, the rest (bind_policy last, it closes the quote).
        List<JsonObject> free = tools.stream().filter(t -> !takesHandle(t))
                .sorted(Comparator.comparingInt(SchemaSweep::order).reversed()).toList();
        List<JsonObject> needIds = tools.stream().filter(SchemaSweep::takesHandle).sorted(Comparator.comparingInt(SchemaSweep::order)).toList();
        for (JsonObject tool : free) {
            sweep(tool);
        }
        for (JsonObject tool : needIds) {
            sweep(tool);
        }
        write();
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + deployment + " on " + Server.current() + ":\n"
                + String.join("\n", problems));
        return skipped;
    }

    /** Whether an argument is a handle id: a string whose pattern is {@code ^kind_...}. */
    private static boolean takesHandle(JsonObject tool) {
        return HANDLE_PATTERN.matcher(tool.getJsonObject("inputSchema").toString()).find();
    }

    private static final Pattern HANDLE_PATTERN = Pattern.compile("\"pattern\":\"\\^[a-z][a-z0-9]*_");

    /** Read-only tools first, then idempotent ones, then the rest (which may close a handle, like bind_policy). */
    private static int order(JsonObject tool) {
        JsonObject hints = tool.containsKey("annotations") ? tool.getJsonObject("annotations") : JsonValue.EMPTY_JSON_OBJECT;
        return hints.getBoolean("readOnlyHint", false) ? 0 : hints.getBoolean("idempotentHint", false) ? 1 : 2;
    }

    private List<JsonObject> listTools() {
        List<JsonObject> tools = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject result = http.expect(http.modern("tools/list", cursor == null ? obj() : obj("cursor", cursor), null), 200, null)
                    .getJsonObject("result");
            tools.addAll(result.getJsonArray("tools").getValuesAs(JsonObject.class));
            cursor = result.containsKey("nextCursor") ? result.getString("nextCursor") : null;
        } while (cursor != null);
        report.add("tools: " + tools.stream().map(t -> t.getString("name")).toList());
        return tools;
    }

    /** Calls the tool with minimal and full arguments. */
    private void sweep(JsonObject tool) {
        String name = tool.getString("name");
        JsonObject input = tool.getJsonObject("inputSchema");
        Schema inputSchema = JsonSchemas.compile(input);
        Schema outputSchema = tool.containsKey("outputSchema") ? JsonSchemas.compile(tool.get("outputSchema")) : null;
        Map<Boolean, JsonValue> variants = new LinkedHashMap<>();
        for (boolean full : List.of(false, true)) {
            try {
                variants.put(full, new SchemaInstances(input, full, this::idFor).instance());
            } catch (SchemaInstances.NoInstance e) {
                skipped.put(name, e.getMessage());
                report.add("SKIPPED " + name + ": " + e.getMessage());
                return;
            }
        }
        List<Boolean> refused = new ArrayList<>();
        for (var entry : variants.entrySet()) {
            String variant = name + (entry.getKey() ? " (full arguments)" : " (minimal arguments)");
            JsonValue arguments = entry.getValue();
            List<String> invalid = JsonSchemas.problems(inputSchema, arguments);
            if (!invalid.isEmpty()) {
                skipped.put(name, "the generated arguments " + arguments + " are not valid by the inputSchema: " + invalid);
                report.add("SKIPPED " + variant + ": " + skipped.get(name));
                return;
            }
            Boolean isError = call(tool, variant, arguments.asJsonObject(), outputSchema);
            if (isError != null) {
                refused.add(isError);
            }
        }
        if (!refused.isEmpty() && refused.stream().allMatch(b -> b) && !failingByDesign.containsKey(name)) {
            problems.add(name + ": every call with arguments its inputSchema allows was refused, so the schema does not"
                    + " tell the rules the tool applies; inputSchema " + input);
        }
    }

    /** Calls and checks; returns whether the result is an error, or null when there is no result to judge. */
    private Boolean call(JsonObject tool, String variant, JsonObject arguments, Schema outputSchema) {
        String name = tool.getString("name");
        String body = JsonRpc.toolCall(7, name, arguments, CAPABILITIES).toString();
        List<String> headers = new ArrayList<>(List.of("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", name));
        JsonObject properties = tool.getJsonObject("inputSchema").getJsonObject("properties");
        if (properties != null) {
            properties.forEach((property, schema) -> {
                if (schema.asJsonObject().containsKey("x-mcp-header") && arguments.containsKey(property)) {
                    JsonValue value = arguments.get(property);
                    headers.add("Mcp-Param-" + schema.asJsonObject().getString("x-mcp-header"));
                    headers.add(value instanceof JsonString text ? text.getString() : value.toString());
                }
            });
        }
        var response = http.send(http.post(body, headers.toArray(String[]::new)));
        String seen = variant + " " + arguments + " -> HTTP " + response.statusCode() + " " + abbreviate(response.body());
        report.add(seen);
        JsonObject answer = RawHttp.parse(response.body());
        if (answer.containsKey("error")) {
            int code = answer.getJsonObject("error").getInt("code");
            if (code == McpErrorCodes.MISSING_CLIENT_CAPABILITY) { // a client capability or extension this plain client did not declare
                skipped.put(name, "needs what the client did not declare: " + answer.getJsonObject("error").getString("message"));
                return null;
            }
            if (!failingByDesign.containsKey(name)) {
                problems.add(variant + ": arguments valid by its inputSchema were refused with a JSON-RPC error: " + seen);
            }
            return null;
        }
        if (response.statusCode() != 200) {
            problems.add(variant + ": HTTP " + response.statusCode() + " for a result: " + seen);
        }
        JsonObject result = answer.getJsonObject("result");
        if ("input_required".equals(result.getString("resultType", ""))) {
            skipped.put(name, "asks the client for input (resultType input_required); the sweep does not answer");
            return null;
        }
        boolean isError = result.getBoolean("isError", false);
        if (isError && neverFails.test(name)) {
            problems.add(variant + ": a tool that never fails answered an error: " + seen);
        }
        collectIds(result);
        if (outputSchema != null && !isError && !result.containsKey("structuredContent")) {
            problems.add(variant + ": has an outputSchema but sent no structuredContent: " + seen);
        }
        if (outputSchema != null && result.containsKey("structuredContent")) {
            List<String> violations = JsonSchemas.problems(outputSchema, result.get("structuredContent"));
            if (!violations.isEmpty()) {
                problems.add(variant + ": structuredContent does not match the outputSchema: " + violations
                        + "\n    outputSchema: " + tool.get("outputSchema") + "\n    structuredContent: " + result.get("structuredContent"));
            }
        }
        return isError;
    }

    private void collectIds(JsonValue value) {
        switch (value.getValueType()) {
            case STRING -> ids.add(0, ((JsonString) value).getString()); // the newest first
            case OBJECT -> value.asJsonObject().values().forEach(this::collectIds);
            case ARRAY -> value.asJsonArray().forEach(this::collectIds);
            default -> { }
        }
    }

    /** The newest string any result carried that matches a handle's pattern ({@code ^kind_...$}). */
    private Optional<String> idFor(Pattern pattern) {
        if (!pattern.pattern().matches("\\^[a-z][a-z0-9]*_.*")) {
            return Optional.empty();
        }
        return ids.stream().filter(id -> pattern.matcher(id).find()).findFirst();
    }

    private void write() {
        report.add("skipped: " + skipped);
        report.add("problems: " + problems.size());
        report.addAll(problems);
        try {
            Path file = Path.of("target/schema-sweep/" + deployment + "-" + Server.current().name().toLowerCase() + "-java" + Runtime.version().feature() + ".txt");
            Files.createDirectories(file.getParent());
            Files.write(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report.forEach(System.out::println);
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
