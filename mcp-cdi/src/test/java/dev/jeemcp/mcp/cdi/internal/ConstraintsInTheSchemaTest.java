package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each standard Bean Validation constraint on a parameter, record component, bean property or type argument shows in
 * the schema as the JSON Schema keyword that says the same, so the model knows the rule before it calls.
 */
class ConstraintsInTheSchemaTest {

    interface Tag { }

    record Applicant(@Min(18) @Max(100) int age, @NotNull @Pattern(regexp = "\\d{4}") String postcode) {
    }

    /** A JavaBean, constrained on its fields. */
    public static class Contact {
        @Email
        private String email;
        @Size(max = 3)
        private List<String> phones;

        public void setEmail(String email) {
            this.email = email;
        }

        public void setPhones(List<String> phones) {
            this.phones = phones;
        }
    }

    /** Only its parameters matter. */
    @SuppressWarnings("unused")
    private static void tool(
            @Size(min = 2, max = 5) String name,
            @Size(min = 1, max = 3) List<String> tags,
            @Size(max = 2) Map<String, Integer> counts,
            @NotEmpty String notEmpty,
            @NotBlank String notBlank,
            @Min(-5) @Max(5) long small,
            @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("99.5") BigDecimal ratio,
            @Positive int positive,
            @PositiveOrZero int positiveOrZero,
            @Negative BigDecimal negative,
            @NegativeOrZero int negativeOrZero,
            @Digits(integer = 3, fraction = 2) BigDecimal amount,
            @Email String email,
            @PastOrPresent LocalDate since,
            @Future LocalDate due,
            List<@Email String> emails,
            Optional<@Size(max = 4) String> nickname,
            Applicant applicant,
            Contact contact,
            @NotBlank @Pattern(regexp = "[a-z]+") String both,
            @Pattern(regexp = "[a-z]+", groups = Tag.class) String otherGroup,
            @Size.List({@Size(min = 1), @Size(max = 9)}) String repeated) {
    }

    private static String schema(String parameterName) throws Exception {
        Method tool = Arrays.stream(ConstraintsInTheSchemaTest.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("tool")).findFirst().orElseThrow();
        Parameter parameter = Arrays.stream(tool.getParameters()).filter(p -> p.getName().equals(parameterName)).findFirst().orElseThrow();
        return JsonShapes.of(parameter.getParameterizedType(), parameter.getAnnotatedType(), parameter).schema().toString();
    }

    @Test
    void sizeBoundsLengthsItemsAndProperties() throws Exception {
        assertEquals("{\"type\":\"string\",\"minLength\":2,\"maxLength\":5}", schema("name"));
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,\"maxItems\":3}", schema("tags"));
        assertEquals("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\",\"format\":\"int32\"},\"maxProperties\":2}",
                schema("counts"));
        assertEquals("{\"type\":\"string\",\"minLength\":1,\"maxLength\":9}", schema("repeated"));
    }

    @Test
    void notEmptyAndNotBlankNeedAFirstCharacter() throws Exception {
        assertEquals("{\"type\":\"string\",\"minLength\":1}", schema("notEmpty"));
        assertEquals("{\"type\":\"string\",\"minLength\":1,\"pattern\":\"\\\\S\"}", schema("notBlank"));
        assertEquals("{\"type\":\"string\",\"minLength\":1,\"pattern\":\"\\\\S\",\"allOf\":[{\"pattern\":\"^(?:[a-z]+)$\"}]}",
                schema("both"));
    }

    @Test
    void numericBoundsBecomeMinimumAndMaximum() throws Exception {
        assertEquals("{\"type\":\"integer\",\"format\":\"int64\",\"minimum\":-5,\"maximum\":5}", schema("small"));
        assertEquals("{\"type\":\"number\",\"exclusiveMinimum\":0.5,\"maximum\":99.5}", schema("ratio"));
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\",\"exclusiveMinimum\":0}", schema("positive"));
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":0}", schema("positiveOrZero"));
        assertEquals("{\"type\":\"number\",\"exclusiveMaximum\":0}", schema("negative"));
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\",\"maximum\":0}", schema("negativeOrZero"));
    }

    @Test
    void digitsBoundTheIntegerPartAndDescribeTheFraction() throws Exception {
        assertEquals("{\"type\":\"number\",\"exclusiveMaximum\":1000,\"exclusiveMinimum\":-1000,"
                + "\"description\":\"At most 3 integer digits and 2 fraction digits.\"}", schema("amount"));
    }

    @Test
    void patternsAreAnchoredAsJavaMatchesTheWholeText() throws Exception {
        assertEquals("{\"type\":\"object\",\"properties\":{\"age\":{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":18,\"maximum\":100},"
                + "\"postcode\":{\"type\":\"string\",\"pattern\":\"^(?:\\\\d{4})$\"}},\"required\":[\"age\",\"postcode\"],"
                + "\"additionalProperties\":false}", schema("applicant"));
    }

    @Test
    void emailIsAFormatOnParametersPropertiesAndTypeArguments() throws Exception {
        assertEquals("{\"type\":\"string\",\"format\":\"email\"}", schema("email"));
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"email\"}}", schema("emails"));
        assertEquals("{\"type\":\"object\",\"properties\":{\"email\":{\"type\":\"string\",\"format\":\"email\"},"
                + "\"phones\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"maxItems\":3}},\"additionalProperties\":false}",
                schema("contact"));
        assertEquals("{\"type\":\"string\",\"maxLength\":4}", schema("nickname"));
    }

    @Test
    void pastAndFutureAreDescribedSinceNoKeywordComparesWithNow() throws Exception {
        assertEquals("{\"type\":\"string\",\"format\":\"date\",\"description\":\"Must be in the past or the present.\"}", schema("since"));
        assertEquals("{\"type\":\"string\",\"format\":\"date\",\"description\":\"Must be in the future.\"}", schema("due"));
    }

    @Test
    void constraintsOfOtherGroupsAreNotShownSinceCallsValidateTheDefaultGroup() throws Exception {
        assertEquals("{\"type\":\"string\"}", schema("otherGroup"));
    }
}
