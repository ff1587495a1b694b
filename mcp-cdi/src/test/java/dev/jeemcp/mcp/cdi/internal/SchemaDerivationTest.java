package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import dev.jeemcp.mcp.cdi.internal.schema.UnsupportedTypeException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The input and output schemas follow the Java types exactly as JSON-B reads and writes them. */
class SchemaDerivationTest {

    enum Cover { BASIC, FULL }

    record Address(String street, @JsonbProperty("zip") String postcode, Optional<String> unit) {
    }

    record Person(String name, int age, Address address, List<Cover> covers, @JsonbTransient String secret) {
    }

    /** A JavaBean: public no-argument constructor and setters. */
    public static class Preferences {
        private boolean newsletter;
        private String language;

        public void setNewsletter(boolean newsletter) {
            this.newsletter = newsletter;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public boolean isNewsletter() {
            return newsletter;
        }

        public String getLanguage() {
            return language;
        }
    }

    /** Used only for its generic parameter types. */
    @SuppressWarnings("unused")
    private static void signatures(List<String> list, Set<Integer> set, Map<String, BigDecimal> map, Optional<LocalDate> maybe,
            String[] array) {
    }

    private static String schema(Type type) throws UnsupportedTypeException {
        return JsonShapes.of(type).schema().toString();
    }

    private static Type parameter(int index) throws NoSuchMethodException {
        return SchemaDerivationTest.class.getDeclaredMethod("signatures", List.class, Set.class, Map.class, Optional.class,
                String[].class).getGenericParameterTypes()[index];
    }

    @Test
    void scalarsMapToTheirJsonTypes() throws Exception {
        assertEquals("{\"type\":\"boolean\"}", schema(boolean.class));
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\"}", schema(Integer.class));
        assertEquals("{\"type\":\"integer\",\"minimum\":-128,\"maximum\":127}", schema(byte.class));
        assertEquals("{\"type\":\"number\"}", schema(BigDecimal.class));
        assertEquals("{\"type\":\"string\",\"enum\":[\"BASIC\",\"FULL\"]}", schema(Cover.class));
        assertEquals("{\"type\":\"string\",\"format\":\"date\"}", schema(LocalDate.class));
        assertEquals("{\"type\":\"string\",\"format\":\"date-time\"}", schema(Instant.class));
        assertEquals("{\"type\":\"string\",\"format\":\"uuid\"}", schema(UUID.class));
    }

    @Test
    void recordsRequireTheirComponentsAndHonourJsonbAnnotations() throws Exception {
        assertEquals("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"age\":{\"type\":\"integer\",\"format\":\"int32\"},"
                + "\"address\":{\"type\":\"object\",\"properties\":{\"street\":{\"type\":\"string\"},\"zip\":{\"type\":\"string\"},"
                + "\"unit\":{\"type\":\"string\"}},\"required\":[\"street\",\"zip\"],\"additionalProperties\":false},"
                + "\"covers\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"BASIC\",\"FULL\"]}}},"
                + "\"required\":[\"name\",\"age\",\"address\",\"covers\"],\"additionalProperties\":false}", schema(Person.class));
        assertTrue(JsonShapes.of(Person.class).isObject());
    }

    @Test
    void beansRequireOnlyPrimitiveProperties() throws Exception {
        assertEquals("{\"type\":\"object\",\"properties\":{\"newsletter\":{\"type\":\"boolean\"},\"language\":{\"type\":\"string\"}},"
                + "\"required\":[\"newsletter\"],\"additionalProperties\":false}", schema(Preferences.class));
    }

    @Test
    void collectionsMapsAndOptionals() throws Exception {
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", schema(parameter(0)));
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"integer\",\"format\":\"int32\"},\"uniqueItems\":true}", schema(parameter(1)));
        assertEquals("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"number\"}}", schema(parameter(2)));
        assertEquals("{\"type\":\"string\",\"format\":\"date\"}", schema(parameter(3)));
        assertTrue(JsonShapes.of(parameter(3)).isOptional());
        assertFalse(JsonShapes.of(parameter(0)).isOptional());
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", schema(parameter(4)));
    }
}
