package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.binding.JsonBinding;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import dev.jeemcp.mcp.cdi.internal.schema.Numbers;
import dev.jeemcp.mcp.cdi.internal.schema.UnsupportedTypeException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers are bounded before anything computes with them: huge and tiny exponents, digits beyond
 * {@code mcp.maxDecimalDigits}, values a double cannot hold. Ranges are compared on the exponent first, so an
 * 11-byte {@code 1e600000000} costs no more than {@code 1} (no timing here: expanding it would not finish).
 */
class NumberBoundsTest {

    private static List<String> problems(Type type, String json) throws UnsupportedTypeException {
        List<String> problems = new ArrayList<>();
        JsonShapes.input(type).validate(CatalogFixture.json("{\"v\":" + json + "}").get("v"), "v", problems);
        return problems;
    }

    @Test
    void decimalsAreBoundedInDigitsAndExponent() throws Exception {
        assertEquals(List.of("v: 1E+600000000 has more than 100 digits or an exponent beyond 100"), problems(BigDecimal.class, "1e600000000"));
        assertEquals(List.of("v: 1E-600000000 has more than 100 digits or an exponent beyond 100"), problems(BigDecimal.class, "1e-600000000"));
        assertEquals(1, problems(BigDecimal.class, "1" + "0".repeat(100) + ".5").size());
        assertEquals(List.of(), problems(BigDecimal.class, "250000.75"));
        assertEquals(List.of(), problems(BigDecimal.class, "1e50"));
    }

    @Test
    void theBoundIsASystemProperty() throws Exception {
        System.setProperty(Numbers.MAX_DECIMAL_DIGITS, "5");
        try {
            assertEquals(1, problems(BigDecimal.class, "123456").size());
            assertEquals(List.of(), problems(BigDecimal.class, "12345"));
        } finally {
            System.clearProperty(Numbers.MAX_DECIMAL_DIGITS);
        }
    }

    @Test
    void bigIntegersAreBoundedInDigits() throws Exception {
        assertEquals(List.of("v: 1E+600000000 has more than 100 digits"), problems(BigInteger.class, "1e600000000"));
        assertEquals(List.of(), problems(BigInteger.class, "1e20"));
        assertEquals(List.of("v: expected integer, got number 1.5"), problems(BigInteger.class, "1.5"));
    }

    @Test
    void integerRangesAreComparedWithoutExpandingTheNumber() throws Exception {
        assertEquals(List.of("v: 1E+600000000 is outside -2147483648..2147483647"), problems(int.class, "1e600000000"));
        assertEquals(List.of("v: -1E+600000000 is outside -9223372036854775808..9223372036854775807"), problems(long.class, "-1e600000000"));
        assertEquals(List.of("v: expected integer, got number 1E-600000000"), problems(int.class, "1e-600000000"));
        assertEquals(List.of(), problems(int.class, "1e2"));
        assertEquals(List.of(), problems(int.class, "2.0"));
        assertEquals(100, new JsonBinding().fromJson(CatalogFixture.json("{\"v\":1e2}").get("v"), int.class));
    }

    @Test
    void doublesAndFloatsMustStayFinite() throws Exception {
        assertEquals(List.of("v: 1E+400 is outside the range of a double"), problems(double.class, "1e400"));
        assertEquals(List.of("v: 1E+600000000 is outside the range of a double"), problems(Double.class, "1e600000000"));
        assertEquals(List.of("v: 1E+39 is outside the range of a float"), problems(float.class, "1e39"));
        assertEquals(List.of(), problems(double.class, "1e-600000000"));
        assertEquals(List.of(), problems(double.class, "1.7976931348623157e308"));
    }
}
