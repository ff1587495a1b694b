package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.cdi.internal.binding.JsonArgument;
import dev.jeemcp.mcp.cdi.internal.binding.JsonBinding;
import dev.jeemcp.mcp.cdi.internal.binding.ResultConverter;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import dev.jeemcp.mcp.cdi.internal.schema.UnsupportedTypeException;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbDateFormat;
import jakarta.json.bind.annotation.JsonbNumberFormat;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * What a client may send is what the binder accepts: beans through their write view, user generics with their type
 * arguments, absent primitive optionals as empty, and JSON-B annotations the schema cannot follow refused.
 */
class InputMatchesItsSchemaTest {

    /** Written through a setter without a field and a public field; a getter-only property is not an input. */
    public static class Form {
        public String title;
        private String code;

        public void setReference(String reference) {
            this.code = reference;
        }

        public String getComputed() {
            return code;
        }
    }

    /** A generic bean: JSON-B binds its type variables from the parameterized declaration. */
    public static class Page<T> {
        public List<T> items;
        public T first;
        public int total;
    }

    /** A generic record: Yasson 3 cannot bind a record's type variables ("Error resolving runtime type for type: T"). */
    public record Box<T>(T content) {
    }

    public record Item(String name) {
    }

    public record Priced(@JsonbNumberFormat("#0.00") BigDecimal amount) {
    }

    public static class Dated {
        private LocalDate day;

        public LocalDate getDay() {
            return day;
        }

        @JsonbDateFormat("dd.MM.yyyy")
        public void setDay(LocalDate day) {
            this.day = day;
        }
    }

    public record Nillable(@JsonbProperty(value = "n", nillable = true) String name) {
    }

    @SuppressWarnings("unused")
    private static void signatures(Page<Item> page, OptionalInt i, OptionalLong l, OptionalDouble d, Box<Item> box) {
    }

    private static Type parameter(int index) throws NoSuchMethodException {
        return InputMatchesItsSchemaTest.class.getDeclaredMethod("signatures", Page.class, OptionalInt.class,
                OptionalLong.class, OptionalDouble.class, Box.class).getGenericParameterTypes()[index];
    }

    @Test
    void aBeanIsDescribedByWhatItsSettersAndPublicFieldsWrite() throws Exception {
        assertEquals("{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"},\"reference\":{\"type\":\"string\"}},"
                + "\"additionalProperties\":false}", JsonShapes.input(Form.class).schema().toString());
        Form bound = (Form) new JsonBinding().fromJson(CatalogFixture.json("{\"title\":\"t\",\"reference\":\"r\"}"), Form.class);
        assertEquals("t/r", bound.title + "/" + bound.getComputed());
    }

    @Test
    void userGenericsUseTheirTypeArguments() throws Exception {
        JsonShape shape = JsonShapes.input(parameter(0));
        String item = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[\"name\"],\"additionalProperties\":false}";
        assertEquals("{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\",\"items\":" + item + "},\"first\":" + item
                + ",\"total\":{\"type\":\"integer\",\"format\":\"int32\"}},\"required\":[\"total\"],"
                + "\"additionalProperties\":false}", shape.schema().toString());
        JsonObject value = CatalogFixture.json("{\"items\":[{\"name\":\"a\"}],\"first\":{\"name\":\"a\"},\"total\":1}");
        List<String> problems = new ArrayList<>();
        shape.validate(value, "page", problems);
        assertEquals(List.of(), problems);
        Page<?> page = (Page<?>) new JsonBinding().fromJson(value, parameter(0));
        assertEquals(new Item("a"), page.first);
        assertEquals(List.of(new Item("a")), page.items);
    }

    @Test
    void genericRecordsAreOutputsOnly() throws Exception {
        assertEquals("generic record " + Box.class.getName() + " cannot be an input: JSON-B cannot bind a record's type "
                + "variables; use a concrete record or a bean", assertThrows(UnsupportedTypeException.class,
                        () -> JsonShapes.input(parameter(4))).getMessage());
        assertEquals("{\"type\":\"object\",\"properties\":{\"content\":{\"type\":\"object\",\"properties\":{\"name\":"
                + "{\"type\":\"string\"}},\"additionalProperties\":false}},\"additionalProperties\":false}",
                JsonShapes.output(parameter(4)).schema().toString());
        JsonObject sent = ResultConverter.of(parameter(4), new JsonBinding()).convert(new Box<>(new Item("a")), "t");
        assertEquals("{\"content\":{\"name\":\"a\"}}", sent.getJsonObject("structuredContent").toString());
    }

    @Test
    void absentPrimitiveOptionalsArriveEmpty() throws Exception {
        JsonObject none = JsonObject.EMPTY_JSON_OBJECT;
        assertEquals(OptionalInt.empty(), argument(parameter(1)).value(none, null, null));
        assertEquals(OptionalLong.empty(), argument(parameter(2)).value(none, null, null));
        assertEquals(OptionalDouble.empty(), argument(parameter(3)).value(none, null, null));
        assertEquals(OptionalInt.of(3), argument(parameter(1)).value(CatalogFixture.json("{\"x\":3}"), null, new JsonBinding()));
    }

    private static JsonArgument argument(Type type) throws UnsupportedTypeException {
        JsonShape shape = JsonShapes.input(type);
        return new JsonArgument("x", type, shape, false, shape.schema());
    }

    @Test
    void jsonbAnnotationsTheSchemaCannotFollowAreRefusedNamingTheMember() {
        assertEquals("@JsonbNumberFormat on " + Priced.class.getName() + ".amount is not supported: the schema could not "
                + "describe what it makes JSON-B send or accept",
                assertThrows(UnsupportedTypeException.class, () -> JsonShapes.output(Priced.class)).getMessage());
        assertEquals("@JsonbDateFormat on " + Dated.class.getName() + ".setDay() is not supported: the schema could not "
                + "describe what it makes JSON-B send or accept",
                assertThrows(UnsupportedTypeException.class, () -> JsonShapes.input(Dated.class)).getMessage());
        assertEquals("@JsonbProperty(nillable = true) on " + Nillable.class.getName() + ".name is not supported: the schema "
                + "could not describe what it makes JSON-B send or accept",
                assertThrows(UnsupportedTypeException.class, () -> JsonShapes.output(Nillable.class)).getMessage());
    }
}
