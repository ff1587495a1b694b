package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The server's own check of a mapped constraint is at least as strict as the schema keyword a strict client (Ajv with
 * ajv-formats, as in the TypeScript SDK) applies, so a value the server accepts or sends never breaks its schema.
 */
class ChecksAsStrictAsTheSchemaTest {

    /** Only its parameters matter. */
    @SuppressWarnings("unused")
    private static void tool(@Email String mail, @Size(min = 2, max = 3) String code, @NotBlank String name, Set<BigDecimal> amounts,
            Set<List<Double>> pairs, Instant at, OffsetDateTime local, LocalDate day, Set<jakarta.json.JsonValue> values) {
    }

    private static JsonShape shape(String parameterName) throws Exception {
        Method tool = Arrays.stream(ChecksAsStrictAsTheSchemaTest.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("tool")).findFirst().orElseThrow();
        Parameter parameter = Arrays.stream(tool.getParameters()).filter(p -> p.getName().equals(parameterName)).findFirst().orElseThrow();
        return JsonShapes.of(parameter.getParameterizedType(), parameter.getAnnotatedType(), parameter);
    }

    private static List<String> problems(String parameterName, String json) throws Exception {
        List<String> problems = new ArrayList<>();
        try (var reader = JsonProvider.provider().createReader(new StringReader(json))) {
            shape(parameterName).validate(reader.readValue(), parameterName, problems);
        }
        return problems;
    }

    /** ajv-formats' email (full mode) wants a dotted domain and an ASCII local part. */
    @Test
    void emailIsAjvFormatsEmail() throws Exception {
        for (String bad : List.of("bob@localhost", "jos\u00e9@example.com", "a b@example.com", "a@b@example.com", "@example.com",
                "a@-example.com", "a..b@example.com")) {
            assertEquals(List.of("mail: must be a well-formed email address"), problems("mail", "\"" + bad + "\""), bad);
        }
        for (String good : List.of("bob@example.com", "Bob.O'Neil+tag@Mail.Example.co.uk", "x@a-b.ch")) {
            assertEquals(List.of(), problems("mail", "\"" + good + "\""), good);
        }
    }

    /** JSON Schema's minLength and maxLength count code points: three emoji are three characters, not six. */
    @Test
    void stringSizeCountsCodePoints() throws Exception {
        assertEquals(List.of(), problems("code", "\"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\""));
        assertEquals(List.of("code: size must be between 2 and 3"), problems("code", "\"\uD83D\uDE00\""));
    }

    /** The schema's {@code \\S} is JavaScript's: no-break spaces are blank there, so they are blank here. */
    @Test
    void blankMeansWhatTheSchemasPatternMeans() throws Exception {
        for (String blank : List.of("\\u00a0", "\\ufeff", "\\u2003\\u3000", " \\u202f\\t")) {
            assertEquals(List.of("name: must not be blank"), problems("name", "\"" + blank + "\""), blank);
        }
        assertEquals(List.of(), problems("name", "\"\\u001c\""));
        assertEquals(List.of(), problems("name", "\"\\u00a0x\""));
    }

    /** {@code uniqueItems} compares numbers by value: 1 and 1.0, 0 and -0.0 are the same item, also inside arrays. */
    @Test
    void uniqueItemsComparesNumbersByValue() throws Exception {
        assertEquals(List.of("amounts: items must be unique"), problems("amounts", "[1, 1.0]"));
        assertEquals(List.of("amounts: items must be unique"), problems("amounts", "[0.0, -0.0]"));
        assertEquals(List.of("pairs: items must be unique"), problems("pairs", "[[1, 2], [1.00, 2e0]]"));
        assertEquals(List.of(), problems("amounts", "[1, 1.1, 10]"));
    }

    /**
     * Items nested as deep as the parser allows are compared without exhausting the stack (a request thread's is small),
     * and invalid items are reported as such, not compared.
     */
    @Test
    void deeplyNestedItemsAreComparedOrReportedWithoutExhaustingTheStack() throws Exception {
        String deep = "[".repeat(990) + "]".repeat(990);
        assertEquals(List.of(), onASmallStack("values", "[" + deep + ", 1]"));
        assertEquals(List.of("values: items must be unique"), onASmallStack("values", "[" + deep + ", " + deep + "]"));
        assertEquals(List.of("amounts[0]: expected number, got array"), onASmallStack("amounts", "[" + deep + "]"));
    }

    /** The check on a thread with half of the JVM's default stack, as request threads of some containers have. */
    private static List<String> onASmallStack(String parameterName, String json) throws Exception {
        JsonShape shape = shape(parameterName);
        jakarta.json.JsonValue value;
        try (var reader = JsonProvider.provider().createReader(new StringReader(json))) {
            value = reader.readValue(); // on the test's own thread: only the check runs on the small stack
        }
        var result = new java.util.concurrent.CompletableFuture<List<String>>();
        Thread thread = new Thread(null, () -> {
            try {
                List<String> problems = new ArrayList<>();
                shape.validate(value, parameterName, problems);
                result.complete(problems);
            } catch (Throwable e) { // StackOverflowError included: the test must see it
                result.completeExceptionally(e);
            }
        }, "small-stack", 512 * 1024);
        thread.start();
        return result.get();
    }

    /** ajv-formats' date-time wants a 4-digit year, seconds, and Z or an hh:mm offset; its date a 4-digit year. */
    @Test
    void dateTimesAreRefusedWhereTheFormatRefusesThem() throws Exception {
        assertEquals(List.of(), problems("at", "\"2026-12-01T05:00:00.5Z\""));
        assertEquals(List.of(), problems("local", "\"2026-12-01T05:00:00+01:00\""));
        assertEquals(List.of("at: expected a UTC date-time (yyyy-mm-ddThh:mm:ssZ), got string \"+10000-01-01T00:00:00Z\""),
                problems("at", "\"+10000-01-01T00:00:00Z\""));
        for (String bad : List.of("+10000-01-01T00:00:00Z", "2026-12-01T05:00:00+00:09:21", "2026-12-01T05:00+01:00")) {
            assertEquals(1, problems("local", "\"" + bad + "\"").size(), bad);
        }
        assertEquals(1, problems("day", "\"+10000-01-01\"").size());
    }
}
