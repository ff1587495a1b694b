package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.jeemcp.mcp.cdi.internal.fixtures.TypeTableTools;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table of supported types in {@code docs/guides/tools.md}, one row per type, made from what the library really
 * does: the input schema a parameter of the type gets, the output schema a result of it gets, and what is sent for a
 * hard value of it (a null component, a region zone, a negative fractional duration, a null element; see
 * {@link TypeTableTools}). Each value sent must be valid against its own output schema by a real JSON Schema 2020-12
 * validator with format assertions (as the clients' ajv-formats does), each example input must be accepted, and the
 * tools guide must show this very table ({@code target/supported-types.md}; copy it between the guide's markers when
 * a schema changes).
 */
class SupportedTypesTableTest {

    private static final String START = "<!-- supported-types:start (SupportedTypesTableTest) -->";
    private static final String END = "<!-- supported-types:end -->";
    /** The page that shows the table, from mcp-cdi (where Maven runs the test). */
    private static final Path GUIDE = Path.of("../docs/guides/tools.md");
    private static final SchemaRegistry VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** A row: the Java type as the table names it, the tool that takes and returns it, an input the model may send. */
    private record Row(String type, String tool, String input) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("`boolean`, `Boolean`", "t_boolean", "false"),
            new Row("`int`", "t_int", "7"),
            new Row("`Integer`", "t_Integer", "7"),
            new Row("`long`, `Long`", "t_long", "7"),
            new Row("`short`, `Short`", "t_short", "7"),
            new Row("`byte`, `Byte`", "t_byte", "7"),
            new Row("`BigInteger`", "t_BigInteger", "123456789012345678901234567890"),
            new Row("`double`, `Double`", "t_double", "0.25"),
            new Row("`float`, `Float`", "t_float", "0.25"),
            new Row("`BigDecimal`", "t_BigDecimal", "19.99"),
            new Row("`String`", "t_String", "\"text\""),
            new Row("`char`, `Character`", "t_char", "\"x\""),
            new Row("an `enum`", "t_enum", "\"BASIC\""),
            new Row("`UUID`", "t_UUID", "\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\""),
            new Row("`LocalDate`", "t_LocalDate", "\"2026-01-31\""),
            new Row("`Instant`", "t_Instant", "\"2026-01-31T10:15:30Z\""),
            new Row("`OffsetDateTime`", "t_OffsetDateTime", "\"2026-01-31T10:15:30+01:00\""),
            new Row("`ZonedDateTime` (region zone)", "t_ZonedDateTime", "\"2026-01-31T10:15:30+01:00\""),
            new Row("`LocalDateTime`", "t_LocalDateTime", "\"2026-01-31T10:15:30\""),
            new Row("`LocalTime`", "t_LocalTime", "\"10:15:30\""),
            new Row("`Duration` (negative, fractional)", "t_Duration", "\"PT1M30S\""),
            new Row("`Optional<String>`", "t_Optional", "\"text\""),
            new Row("`OptionalInt`", "t_OptionalInt", "7"),
            new Row("`OptionalLong`", "t_OptionalLong", "7"),
            new Row("`OptionalDouble`", "t_OptionalDouble", "0.25"),
            new Row("`List<String>`", "t_List", "[\"a\"]"),
            new Row("`List<String>` holding a null", "t_List_null", "[\"a\"]"),
            new Row("`Set<Integer>`", "t_Set", "[1,2]"),
            new Row("`Map<String, Integer>`, one value null", "t_Map", "{\"a\":1}"),
            new Row("`String[]`", "t_array", "[\"a\"]"),
            new Row("a record, one component null", "t_record", "{\"name\":\"p\",\"count\":1,\"note\":\"n\"}"),
            new Row("a JavaBean", "t_bean", "{\"language\":\"de\",\"newsletter\":true}"),
            new Row("a JavaBean, returning a subtype with one more property", "t_subtype", "{\"newsletter\":true}"),
            new Row("`Optional<record>`, empty", "t_Optional_empty", "{\"name\":\"p\",\"count\":1,\"note\":\"n\"}"),
            new Row("`JsonObject`", "t_JsonObject", "{\"any\":\"thing\"}"),
            new Row("`JsonValue`", "t_JsonValue", "[1,\"a\"]"));

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(TypeTableTools.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    @Test
    void everyTypeSendsWhatItsSchemaPromisesAndTheReadmeShowsIt() throws IOException {
        List<String> table = new ArrayList<>(List.of(START,
                "| Java type | input schema | output schema | what is sent (example) |",
                "|---|---|---|---|"));
        List<String> problems = new ArrayList<>();
        for (Row row : ROWS) {
            JsonObject definition = fixture.tool(row.tool()).definition();
            JsonValue inputSchema = definition.getJsonObject("inputSchema").getJsonObject("properties").get("value");
            JsonObject outputSchema = definition.getJsonObject("outputSchema");
            JsonObject result;
            try {
                result = fixture.call(row.tool(), "{\"value\":" + row.input() + "}");
            } catch (RuntimeException e) {
                problems.add(row.type() + ": the call fails with " + e);
                table.add("| " + row.type() + " | " + code(inputSchema) + " | " + code(unwrapped(outputSchema)) + " | fails: "
                        + e.getClass().getSimpleName() + " |");
                continue;
            }
            if (result.getBoolean("isError", false)) {
                problems.add(row.type() + ": answered an error for the input " + row.input() + " (valid by " + inputSchema + "): " + result);
            }
            JsonValue sent = result.get("structuredContent");
            if (outputSchema != null && sent != null) {
                List<String> violations = VALIDATOR.getSchema(outputSchema.toString(), InputFormat.JSON)
                        .validate(sent.toString(), InputFormat.JSON, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                        .stream().map(Object::toString).toList();
                if (!violations.isEmpty()) {
                    problems.add(row.type() + ": sends " + sent + ", which its outputSchema " + outputSchema + " does not allow: " + violations);
                }
            }
            table.add("| " + row.type() + " | " + code(inputSchema) + " | " + code(unwrapped(outputSchema)) + " | "
                    + code(sent == null ? null : unwrapped(sent)) + " |");
        }
        table.add(END);
        Path generated = Path.of("target/supported-types.md");
        Files.write(generated, table);

        assertTrue(problems.isEmpty(), problems.size() + " types break their own schema:\n" + String.join("\n", problems));
        String guide = Files.readString(GUIDE);
        int start = guide.indexOf(START);
        int end = guide.indexOf(END);
        assertTrue(start >= 0 && end > start, GUIDE + " has the markers " + START + " and " + END);
        assertEquals(String.join("\n", table), guide.substring(start, end + END.length()),
                "the table of supported types in " + GUIDE + " is not what the library does; copy " + generated.toAbsolutePath());
    }

    /** A non-object result travels as {"result": value}; the table shows the value and its schema. */
    private static JsonValue unwrapped(JsonValue value) {
        if (value instanceof JsonObject object && object.size() <= 4 && object.containsKey("properties")
                && object.getJsonObject("properties").size() == 1 && object.getJsonObject("properties").containsKey("result")) {
            return object.getJsonObject("properties").get("result");
        }
        if (value instanceof JsonObject object && object.size() == 1 && object.containsKey("result")) {
            return object.get("result");
        }
        return value;
    }

    private static String code(JsonValue value) {
        return value == null ? "(nothing)" : "`" + value.toString().replace("|", "\\|") + "`";
    }
}
