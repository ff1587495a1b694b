package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.binding.JsonBinding;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A {@code format} is declared only where every value Yasson writes passes the clients' format checks; elsewhere a
 * {@code pattern} describes what is really sent. The checks below are ajv-formats' (full mode) for the formats used.
 */
class TimeFormatsTest {

    /** ajv-formats' date-time (RFC 3339, with the time-zone required) and date and uuid, as regular expressions. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}[tT\\s]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:z|Z|[+-]\\d{2}(?::?\\d{2})?)$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern UUID_FORMAT = Pattern.compile("^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$",
            Pattern.CASE_INSENSITIVE);

    private static final JsonBinding BINDING = new JsonBinding();

    /** Asserts that what Yasson writes for each value passes the schema of the type, format or pattern. */
    private static void sentValuesPass(Class<?> type, Object... values) throws Exception {
        JsonObject schema = JsonShapes.output(type).schema();
        for (Object value : values) {
            String sent = ((JsonString) BINDING.toJson(value)).getString();
            if (schema.containsKey("format")) {
                Pattern check = switch (schema.getString("format")) {
                    case "date-time" -> DATE_TIME;
                    case "date" -> DATE;
                    case "uuid" -> UUID_FORMAT;
                    default -> throw new AssertionError("no check for " + schema);
                };
                assertTrue(check.matcher(sent).matches(), type.getSimpleName() + " " + sent + " breaks " + schema);
            } else {
                assertTrue(Pattern.compile(schema.getString("pattern")).matcher(sent).find(),
                        type.getSimpleName() + " " + sent + " breaks " + schema);
            }
            List<String> problems = new ArrayList<>();
            JsonShapes.input(type).validate(BINDING.toJson(value), "v", problems);
            assertEquals(List.of(), problems, "what is sent can be sent back");
        }
    }

    @Test
    void zonedDateTimesWithARegionAreNotCalledDateTime() throws Exception {
        JsonObject schema = JsonShapes.output(ZonedDateTime.class).schema();
        assertFalse(schema.containsKey("format"), schema.toString());
        sentValuesPass(ZonedDateTime.class, ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, ZoneId.of("Europe/Paris")),
                ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 5, ZoneOffset.UTC), ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-5)));
    }

    @Test
    void durationsWithFractionsOrSignsAreNotCalledDuration() throws Exception {
        JsonObject schema = JsonShapes.output(Duration.class).schema();
        assertFalse(schema.containsKey("format"), schema.toString());
        sentValuesPass(Duration.class, Duration.ofMillis(1500), Duration.ofMinutes(-5), Duration.ZERO, Duration.ofDays(400),
                Duration.ofSeconds(-1, 1));
    }

    @Test
    void theOtherTypesPassTheirFormatOrPattern() throws Exception {
        sentValuesPass(Instant.class, Instant.EPOCH, Instant.parse("2026-11-26T10:15:30.123456789Z"));
        sentValuesPass(OffsetDateTime.class, OffsetDateTime.of(2026, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)),
                OffsetDateTime.of(2026, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC));
        sentValuesPass(LocalDate.class, LocalDate.of(2026, 2, 28));
        sentValuesPass(LocalDateTime.class, LocalDateTime.of(2026, 2, 28, 10, 0), LocalDateTime.of(2026, 2, 28, 10, 0, 1, 5));
        sentValuesPass(LocalTime.class, LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999));
        sentValuesPass(UUID.class, UUID.randomUUID());
    }

    @Test
    void theBinderAcceptsNoMoreThanTheSchema() throws Exception {
        List<String> problems = new ArrayList<>();
        JsonShapes.input(UUID.class).validate(CatalogFixture.json("{\"v\":\"1-1-1-1-1\"}").get("v"), "v", problems);
        assertEquals(List.of("v: expected a UUID, got string \"1-1-1-1-1\""), problems);
    }
}
