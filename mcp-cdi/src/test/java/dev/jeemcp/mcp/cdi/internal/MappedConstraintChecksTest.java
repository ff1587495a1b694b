package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The library checks each constraint it maps into the schema itself, with the Validator's default messages (or the
 * constraint's own literal message), so a server without a Validator enforces exactly what the model was shown.
 */
class MappedConstraintChecksTest {

    /** Only its parameters matter. */
    @SuppressWarnings("unused")
    private static void tool(
            @Size(min = 2, max = 3) String code,
            @NotEmpty List<String> tags,
            @NotBlank String name,
            @DecimalMax("1000000") BigDecimal sum,
            @Digits(integer = 3, fraction = 2) BigDecimal amount,
            @Past LocalDate born,
            @Future Instant due,
            List<@NotNull String> lines,
            Map<String, @Pattern(regexp = "[A-Z]{2}", message = "must be a country code") String> countries) {
    }

    private static List<String> problems(String parameterName, String json) throws Exception {
        Method tool = Arrays.stream(MappedConstraintChecksTest.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("tool")).findFirst().orElseThrow();
        Parameter parameter = Arrays.stream(tool.getParameters()).filter(p -> p.getName().equals(parameterName)).findFirst().orElseThrow();
        List<String> problems = new ArrayList<>();
        try (var reader = JsonProvider.provider().createReader(new StringReader(json))) {
            JsonShapes.of(parameter.getParameterizedType(), parameter.getAnnotatedType(), parameter).validate(reader.readValue(), parameterName, problems);
        }
        return problems;
    }

    @Test
    void sizesAndEmptiness() throws Exception {
        assertEquals(List.of("code: size must be between 2 and 3"), problems("code", "\"ABCD\""));
        assertEquals(List.of(), problems("code", "\"AB\""));
        assertEquals(List.of("tags: must not be empty"), problems("tags", "[]"));
        assertEquals(List.of("name: must not be blank"), problems("name", "\" \\t\""));
    }

    @Test
    void numbersIncludingHugeExponentsAreComparedWithoutExpandingThem() throws Exception {
        // Refused before the constraint is looked at: more digits than mcp.maxDecimalDigits allows (NumberBoundsTest).
        assertEquals(List.of("sum: 1E+600000000 has more than 100 digits or an exponent beyond 100"), problems("sum", "1e600000000"));
        assertEquals(List.of(), problems("sum", "1e6"));
        assertEquals(List.of("amount: numeric value out of bounds (<3 digits>.<2 digits> expected)"), problems("amount", "12.345"));
        assertEquals(List.of("amount: numeric value out of bounds (<3 digits>.<2 digits> expected)"), problems("amount", "1000"));
        assertEquals(List.of(), problems("amount", "999.50"));
    }

    @Test
    void pastAndFutureAreComparedWithNow() throws Exception {
        assertEquals(List.of("born: must be a past date"), problems("born", "\"" + LocalDate.now().plusDays(1) + "\""));
        assertEquals(List.of(), problems("born", "\"1980-01-31\""));
        assertEquals(List.of("due: must be a future date"), problems("due", "\"2000-01-01T00:00:00Z\""));
    }

    @Test
    void itemsAndMapValuesAreCheckedWithTheirPaths() throws Exception {
        assertEquals(List.of("lines[1]: must not be null"), problems("lines", "[\"a\", null]"));
        assertEquals(List.of("countries.de: must be a country code"), problems("countries", "{\"ch\":\"CH\",\"de\":\"de\"}"));
    }

    @Test
    void aValueOfTheWrongTypeIsReportedOnceNotAlsoAsAViolation() throws Exception {
        assertEquals(List.of("code: expected string, got number 12"), problems("code", "12"));
    }
}
