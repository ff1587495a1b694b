package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import dev.jeemcp.mcp.cdi.internal.schema.UnsupportedTypeException;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each violation of a derived schema is reported with its path and what was expected instead. */
class ValidationMessagesTest {

    record Applicant(int age, boolean smoker, LocalDate birthday) {
    }

    @SuppressWarnings("unused")
    private static void signatures(List<Applicant> applicants, Set<String> tags) {
    }

    private static List<String> problems(Type type, String json) {
        List<String> problems = new ArrayList<>();
        try (var reader = JsonProvider.provider().createReader(new StringReader(json))) {
            JsonShapes.of(type).validate(reader.readValue(), "arg", problems);
        } catch (UnsupportedTypeException e) {
            throw new AssertionError(e);
        }
        return problems;
    }

    private static Type parameter(int index) throws NoSuchMethodException {
        return ValidationMessagesTest.class.getDeclaredMethod("signatures", List.class, Set.class).getGenericParameterTypes()[index];
    }

    @Test
    void everyProblemIsReportedWithItsPath() throws Exception {
        assertEquals(List.of(
                "arg[0]: unknown property \"agee\"",
                "arg[0]: missing required property \"age\"",
                "arg[0].birthday: expected a date (yyyy-mm-dd), got string \"31/01/1980\"",
                "arg[1].age: 3000000000 is outside -2147483648..2147483647",
                "arg[1].smoker: expected boolean, got string \"no\"",
                "arg[2]: expected object, got null"),
                problems(parameter(0), "[{\"agee\":40,\"smoker\":true,\"birthday\":\"31/01/1980\"},"
                        + "{\"age\":3000000000,\"smoker\":\"no\",\"birthday\":\"1980-01-31\"}, null]"));
    }

    @Test
    void integersMustBeIntegral() {
        assertEquals(List.of("arg.age: expected integer, got number 40.5"),
                problems(Applicant.class, "{\"age\":40.5,\"smoker\":true,\"birthday\":\"1980-01-31\"}"));
    }

    @Test
    void setsMustHoldUniqueItems() throws Exception {
        assertEquals(List.of("arg: items must be unique"), problems(parameter(1), "[\"a\",\"b\",\"a\"]"));
        assertEquals(List.of(), problems(parameter(1), "[\"a\",\"b\"]"));
    }
}
