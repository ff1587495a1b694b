package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.binding.JsonBinding;
import dev.jeemcp.mcp.cdi.internal.binding.ResultConverter;
import dev.jeemcp.mcp.cdi.internal.binding.ToolResults;
import dev.jeemcp.mcp.cdi.internal.handles.Quote;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What a tool sends as {@code structuredContent} passes its own {@code outputSchema}, for values as JSON-B (Yasson)
 * really writes them: null components left out, extra getters, subtypes, null map values, empty optionals.
 */
class OutputMatchesItsSchemaTest {

    public record Quote(String policyId, int age, @NotNull String product, Optional<String> note, List<String> tags) {
    }

    public record Extra(String name) {
        public String getShout() {
            return name.toUpperCase();
        }

        public boolean isLong() {
            return name.length() > 3;
        }
    }

    public static class Base {
        public String name = "base";
    }

    public static class Leaky extends Base {
        public String password = "secret";
    }

    public record Holder(Base base) {
    }

    /** A bean read through its getters: a computed one counts, a private field without a getter does not. */
    public static class View {
        private String hidden = "h";
        private int count = 2;

        public int getCount() {
            return count;
        }

        public String getLabel() {
            return "label";
        }

        public void setHidden(String hidden) {
            this.hidden = hidden;
        }
    }

    /** Renamed on the field for both directions, and on the getter for writing only. */
    public static class Renamed {
        @jakarta.json.bind.annotation.JsonbProperty("field_name")
        private String value = "v";

        @jakarta.json.bind.annotation.JsonbProperty("getter_name")
        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    public record Tally(Map<String, String> notes) {
    }

    @SuppressWarnings("unused")
    private static Optional<Quote> optionalQuote() {
        return null;
    }

    @SuppressWarnings("unused")
    private static OptionalInt optionalInt() {
        return null;
    }

    private static final JsonBinding BINDING = new JsonBinding();

    /** Converts like a tool result and checks the structured content against the output schema. */
    private static JsonObject sent(Type type, Object value) throws Exception {
        ResultConverter converter = ResultConverter.of(type, BINDING);
        JsonObject result = converter.convert(value, "t");
        if (!result.getBoolean("isError")) {
            JsonShape schemaShape = JsonShapes.output(type);
            List<String> problems = new ArrayList<>();
            JsonObject structured = result.getJsonObject("structuredContent");
            assertEquals(converter.outputSchema(), ToolResults.outputSchema(schemaShape));
            if (schemaShape.isObject()) {
                schemaShape.validate(structured, "result", problems);
            }
            assertEquals(List.of(), problems);
        }
        return result;
    }

    private static Type returnType(String method) throws NoSuchMethodException {
        return OutputMatchesItsSchemaTest.class.getDeclaredMethod(method).getGenericReturnType();
    }

    @Test
    void nullComponentsAreNotRequiredUnlessPrimitiveOrNotNull() throws Exception {
        JsonObject schema = JsonShapes.output(Quote.class).schema();
        assertEquals("[\"age\",\"product\"]", schema.getJsonArray("required").toString());
        JsonObject result = sent(Quote.class, new Quote(null, 40, "HOME", Optional.empty(), null));
        assertEquals("{\"age\":40,\"product\":\"HOME\"}", result.getJsonObject("structuredContent").toString());
    }

    @Test
    void inputsStillRequireEveryNonOptionalComponent() throws Exception {
        assertEquals("[\"policyId\",\"age\",\"product\",\"tags\"]",
                JsonShapes.input(Quote.class).schema().getJsonArray("required").toString());
    }

    @Test
    void extraGettersOfARecordAreNotSent() throws Exception {
        JsonObject result = sent(Extra.class, new Extra("anna"));
        assertEquals("{\"name\":\"anna\"}", result.getJsonObject("structuredContent").toString());
    }

    @Test
    void aSubtypeSendsOnlyTheDeclaredProperties() throws Exception {
        JsonObject result = sent(Holder.class, new Holder(new Leaky()));
        assertEquals("{\"base\":{\"name\":\"base\"}}", result.getJsonObject("structuredContent").toString());
        assertFalse(result.toString().contains("secret"));
        JsonObject top = sent(Base.class, new Leaky());
        assertEquals("{\"name\":\"base\"}", top.getJsonObject("structuredContent").toString());
    }

    @Test
    void aBeanIsDescribedByWhatItsGettersRead() throws Exception {
        assertEquals("{\"type\":\"object\",\"properties\":{\"count\":{\"type\":\"integer\",\"format\":\"int32\"},"
                + "\"label\":{\"type\":\"string\"}},\"required\":[\"count\"],\"additionalProperties\":false}",
                JsonShapes.output(View.class).schema().toString());
        assertEquals("{\"count\":2,\"label\":\"label\"}", sent(View.class, new View()).getJsonObject("structuredContent").toString());
    }

    @Test
    void aGettersJsonbPropertyNamesTheOutput() throws Exception {
        assertEquals("{\"getter_name\":\"v\"}", sent(Renamed.class, new Renamed()).getJsonObject("structuredContent").toString());
        assertEquals("[field_name]", JsonShapes.input(Renamed.class).schema().getJsonObject("properties").keySet().toString());
    }

    @Test
    void nullMapValuesAreLeftOut() throws Exception {
        Map<String, String> notes = new HashMap<>();
        notes.put("a", "x");
        notes.put("b", null);
        assertEquals("{\"notes\":{\"a\":\"x\"}}", sent(Tally.class, new Tally(notes)).getJsonObject("structuredContent").toString());
    }

    @Test
    void aNullListElementIsSentAsNullAndTheOutputSchemaAllowsIt() throws Exception {
        JsonObject result = sent(Quote.class, new Quote("p", 1, "HOME", Optional.empty(), Arrays.asList("a", null)));
        assertFalse(result.getBoolean("isError", false));
        assertEquals("[\"a\",null]", result.getJsonObject("structuredContent").getJsonArray("tags").toString());
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":[\"string\",\"null\"]}}",
                JsonShapes.output(Quote.class).schema().getJsonObject("properties").getJsonObject("tags").toString());
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}",
                JsonShapes.input(Quote.class).schema().getJsonObject("properties").getJsonObject("tags").toString(),
                "an input element must be a value");
    }

    @Test
    void anEmptyOptionalRecordIsAnEmptyResultNotAFailure() throws Exception {
        JsonObject result = sent(returnType("optionalQuote"), Optional.empty());
        assertFalse(result.getBoolean("isError"));
        assertEquals("{}", result.getJsonObject("structuredContent").toString());
        JsonObject present = sent(returnType("optionalQuote"), Optional.of(new Quote("p", 1, "HOME", Optional.of("n"), List.of())));
        assertEquals("p", present.getJsonObject("structuredContent").getJsonObject("result").getString("policyId"));
        assertEquals("{}", sent(returnType("optionalInt"), OptionalInt.empty()).getJsonObject("structuredContent").toString());
    }

    @Test
    void aNonFiniteNumberIsAFailedResultNotAServerError() throws Exception {
        JsonObject result = sent(double.class, Double.NaN);
        assertTrue(result.getBoolean("isError"));
        assertEquals("Tool t returned a result that cannot be written as JSON. The details are in the server log.",
                result.getJsonArray("content").getJsonObject(0).getString("text"));
    }

    public record Stamped(java.time.Instant at, java.time.OffsetDateTime local, java.time.LocalDate day) {
    }

    /** Java writes years past 9999 with a sign and offsets with seconds; ajv-formats' date-time and date refuse both. */
    @Test
    void aDateTimeOutsideTheFormatIsAFailedResultNotABrokenSchema() throws Exception {
        java.time.OffsetDateTime fine = java.time.OffsetDateTime.parse("2026-12-01T05:00:00+01:00");
        assertFalse(sent(Stamped.class, new Stamped(java.time.Instant.parse("2026-12-01T05:00:00Z"), fine,
                java.time.LocalDate.of(2026, 12, 1))).getBoolean("isError"));
        for (Stamped broken : List.of(new Stamped(java.time.Instant.parse("+10000-01-01T00:00:00Z"), fine, null),
                new Stamped(null, fine.withOffsetSameInstant(java.time.ZoneOffset.ofHoursMinutesSeconds(0, 9, 21)), null),
                new Stamped(null, fine, java.time.LocalDate.of(10000, 1, 1)))) {
            JsonObject result = sent(Stamped.class, broken);
            assertTrue(result.getBoolean("isError"), broken.toString());
            assertEquals("Tool t returned a value its output schema does not allow. The details are in the server log.",
                    result.getJsonArray("content").getJsonObject(0).getString("text"));
        }
    }
}
