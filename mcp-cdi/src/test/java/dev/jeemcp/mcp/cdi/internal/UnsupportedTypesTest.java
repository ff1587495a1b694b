package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import dev.jeemcp.mcp.cdi.internal.schema.UnsupportedTypeException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Types without a faithful JSON form are refused with a reason, at deploy time. */
class UnsupportedTypesTest {

    /** No public no-argument constructor, not a record. */
    public static final class Immutable {
        private final String value;

        public Immutable(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    @SuppressWarnings({"unused", "rawtypes"})
    private static void signatures(Map<Integer, String> intKeys, List<?> wildcard, List raw) {
    }

    private static String refusal(Type type) {
        return assertThrows(UnsupportedTypeException.class, () -> JsonShapes.of(type)).getMessage();
    }

    private static Type parameter(int index) throws NoSuchMethodException {
        return UnsupportedTypesTest.class.getDeclaredMethod("signatures", Map.class, List.class, List.class).getGenericParameterTypes()[index];
    }

    @Test
    void objectAndInterfacesSayNothingAboutTheirShape() {
        assertEquals("type java.lang.Object is not supported", refusal(Object.class));
        assertEquals("type java.lang.Runnable is not supported", refusal(Runnable.class));
    }

    @Test
    void mapKeysMustBeStrings() throws Exception {
        assertEquals("Map keys must be String, not java.lang.Integer", refusal(parameter(0)));
    }

    @Test
    void wildcardsAndRawTypesNeedATypeArgument() throws Exception {
        assertEquals("type ? is not supported: use a concrete type", refusal(parameter(1)));
        assertEquals("raw type java.util.List needs a type argument", refusal(parameter(2)));
    }

    @Test
    void classesJsonbCannotCreateAreRefused() {
        assertEquals("type " + Immutable.class.getName() + " needs a public no-argument constructor, or make it a record",
                refusal(Immutable.class));
    }
}
