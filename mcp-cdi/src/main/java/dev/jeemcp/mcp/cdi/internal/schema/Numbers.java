package dev.jeemcp.mcp.cdi.internal.schema;

import dev.jeemcp.mcp.internal.Settings;
import java.math.BigDecimal;

/**
 * Cheap questions about the size of a JSON number, answered from its precision and scale without expanding it:
 * {@code 1e600000000} is one digit with scale {@code -600000000}, and anything that turned it into a
 * {@code BigInteger} or a plain string would spend minutes and gigabytes on an 11-byte argument.
 */
public final class Numbers {

    /** The setting bounding the digits of decimal and big-integer arguments. */
    public static final String MAX_DECIMAL_DIGITS = "mcp.maxDecimalDigits";

    /** Enough for any money, measurement or identifier; far below what makes arithmetic slow. */
    static final int DEFAULT_MAX_DECIMAL_DIGITS = 100;

    private Numbers() {
    }

    /**
     * The bound on decimal digits for arguments, from {@value #MAX_DECIMAL_DIGITS}, read at deploy time while CDI
     * discovers the tools: from MicroProfile Config or a system property, as no servlet context exists yet.
     */
    static int maxDecimalDigits() {
        String setting = Settings.withoutContext().get(MAX_DECIMAL_DIGITS);
        if (setting == null || setting.isBlank()) {
            return DEFAULT_MAX_DECIMAL_DIGITS;
        }
        try {
            int value = Integer.parseInt(setting.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the refusal below
        }
        throw new IllegalArgumentException(MAX_DECIMAL_DIGITS + " must be a positive integer, not \"" + setting + "\"");
    }

    /** How many digits the integral part has (1 for zero and for fractions), as a long since scales are ints. */
    static long integerDigits(BigDecimal value) {
        return Math.max(1L, (long) value.precision() - value.scale());
    }

    /** Whether the value converts to a finite double (underflow to zero is fine, as JSON-B does it). */
    static boolean fitsDouble(BigDecimal value) {
        // 1.8e308 is the largest double: anything with more integral digits is infinite, checked before converting.
        return value.signum() == 0 || integerDigits(value) <= 310 && Double.isFinite(value.doubleValue());
    }

    /** Whether the value converts to a finite float. */
    static boolean fitsFloat(BigDecimal value) {
        return value.signum() == 0 || integerDigits(value) <= 40 && Float.isFinite(value.floatValue());
    }
}
