package dev.jeemcp.mcp.cdi.internal.schema;

import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.JsonValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns the standard Jakarta Bean Validation constraints on a parameter, record component, bean property or type
 * argument into JSON Schema keywords and into checks of the same rules, so that the model sees them and a server
 * without a {@code Validator} still enforces them. Runs at deploy time only.
 *
 * <p>The annotations are recognized by class name and read reflectively: this class must load where
 * {@code jakarta.validation} is absent (Tomcat without Bean Validation). Only constraints of the default group are
 * mapped, because the default group is what is validated before a call; payloads are metadata for the application
 * and ignored. {@code @NotNull} only adds a check (null items of a list, null map values); whether a property or
 * argument is {@code required} is decided where the object shape is built.
 */
final class Constraints {

    private static final String PACKAGE = "jakarta.validation.constraints.";
    private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";

    private final ValueType type;
    private final Type javaType;
    private final List<Consumer<JsonObjectBuilder>> keywords = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ConstrainedShape.Check> checks = new ArrayList<>();
    private boolean notNull;
    private boolean patterned;

    private Constraints(ValueType type, Type javaType) {
        this.type = type;
        this.javaType = javaType;
    }

    /**
     * The shape with the constraints among {@code annotations} applied, or the shape itself when there are none.
     *
     * @param javaType the Java type of the value, for {@code @Past}/{@code @Future} checks
     * @param annotated the type as used, whose type annotations count ({@code List<@Email String>}); may be null
     * @param declarations the parameter, field, accessor or setter whose annotations count; null entries are skipped
     * @throws UnsupportedTypeException naming the constraint that cannot apply (a regex that is not ECMA-262, or a
     *         constraint on a type it does not fit)
     */
    static JsonShape apply(JsonShape shape, Type javaType, AnnotatedType annotated, AnnotatedElement... declarations)
            throws UnsupportedTypeException {
        Set<Annotation> found = new LinkedHashSet<>(); // a record component's constraint shows up on field, accessor and type
        for (AnnotatedElement element : declarations) {
            if (element != null) {
                collect(element.getAnnotations(), found);
            }
        }
        if (annotated != null) {
            collect(annotated.getAnnotations(), found);
        }
        if (found.isEmpty()) {
            return shape;
        }
        Constraints constraints = new Constraints(schemaType(shape), javaType);
        for (Annotation annotation : found) {
            try {
                constraints.map(annotation);
            } catch (UnsupportedTypeException e) {
                // The member is named by its field, wherever it stands among the declarations (component, accessor).
                java.lang.reflect.Field field = java.util.Arrays.stream(declarations)
                        .filter(java.lang.reflect.Field.class::isInstance).map(java.lang.reflect.Field.class::cast)
                        .findFirst().orElse(null);
                throw field != null
                        ? new UnsupportedTypeException("property " + field.getDeclaringClass().getSimpleName() + "."
                                + field.getName() + ": " + e.getMessage())
                        : e;
            }
        }
        return new ConstrainedShape(shape, constraints.keywords, constraints.notes, constraints.checks, constraints.notNull);
    }

    private static void collect(Annotation[] annotations, Set<Annotation> found) {
        for (Annotation annotation : annotations) {
            String name = annotation.annotationType().getName();
            if (!name.startsWith(PACKAGE)) {
                continue;
            }
            if (name.endsWith("$List")) { // @Size.List({...}): repeated constraints
                for (Object each : (Object[]) attribute(annotation, "value")) {
                    collect(new Annotation[] {(Annotation) each}, found);
                }
            } else if (inDefaultGroup(annotation)) {
                found.add(annotation);
            }
        }
    }

    private static boolean inDefaultGroup(Annotation annotation) {
        Class<?>[] groups = (Class<?>[]) attribute(annotation, "groups");
        return groups.length == 0 || groups.length == 1 && groups[0].getName().equals(DEFAULT_GROUP);
    }

    private static ValueType schemaType(JsonShape shape) {
        String name = shape.schema().getString("type", "");
        return switch (name) {
            case "string" -> ValueType.STRING;
            case "integer", "number" -> ValueType.NUMBER;
            case "array" -> ValueType.ARRAY;
            case "object" -> ValueType.OBJECT;
            default -> null;
        };
    }

    private void map(Annotation annotation) throws UnsupportedTypeException {
        String simple = annotation.annotationType().getSimpleName();
        switch (simple) {
            case "NotNull" -> notNull = true;
            case "NotEmpty" -> {
                notNull = true;
                size(annotation, 1, Integer.MAX_VALUE, "must not be empty");
            }
            case "NotBlank" -> {
                requireType(simple, ValueType.STRING);
                notNull = true;
                keywords.add(s -> s.add("minLength", 1));
                if (!patterned) {
                    keywords.add(s -> s.add("pattern", "\\S"));
                    patterned = true;
                }
                check(annotation, "must not be blank", v -> !isJavaScriptBlank(((JsonString) v).getString()));
            }
            case "Size" -> {
                int min = (Integer) attribute(annotation, "min");
                int max = (Integer) attribute(annotation, "max");
                size(annotation, min, max, "size must be between " + min + " and " + max);
            }
            case "Min", "Max" -> {
                requireType(simple, ValueType.NUMBER);
                BigDecimal bound = BigDecimal.valueOf((Long) attribute(annotation, "value"));
                bound(annotation, simple.equals("Min"), bound, true);
            }
            case "DecimalMin", "DecimalMax" -> {
                requireType(simple, ValueType.NUMBER);
                String value = (String) attribute(annotation, "value");
                BigDecimal bound;
                try {
                    bound = new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new UnsupportedTypeException("@" + simple + "(\"" + value + "\") is not a number");
                }
                bound(annotation, simple.equals("DecimalMin"), bound, (Boolean) attribute(annotation, "inclusive"));
            }
            case "Positive" -> bound(annotation, true, BigDecimal.ZERO, false);
            case "PositiveOrZero" -> bound(annotation, true, BigDecimal.ZERO, true);
            case "Negative" -> bound(annotation, false, BigDecimal.ZERO, false);
            case "NegativeOrZero" -> bound(annotation, false, BigDecimal.ZERO, true);
            case "Digits" -> digits(annotation);
            case "Pattern" -> pattern(annotation);
            case "Email" -> email(annotation);
            case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> time(annotation, simple);
            default -> {
                // @Null, @AssertTrue, @AssertFalse: no schema keyword; the container's Validator enforces them.
            }
        }
    }

    private void requireType(String constraint, ValueType expected) throws UnsupportedTypeException {
        if (type != expected) {
            throw new UnsupportedTypeException("@" + constraint + " does not apply to " + (type == null ? "this type"
                    : "a JSON " + type.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private void size(Annotation annotation, int min, int max, String message) throws UnsupportedTypeException {
        String simple = annotation.annotationType().getSimpleName();
        String prefix;
        Function<JsonValue, Integer> length;
        if (type == ValueType.STRING) {
            prefix = "Length";
            // JSON Schema's minLength/maxLength count code points, not UTF-16 units
            length = v -> {
                String text = ((JsonString) v).getString();
                return text.codePointCount(0, text.length());
            };
        } else if (type == ValueType.ARRAY) {
            prefix = "Items";
            length = v -> v.asJsonArray().size();
        } else if (type == ValueType.OBJECT) {
            prefix = "Properties";
            length = v -> v.asJsonObject().size();
        } else {
            throw new UnsupportedTypeException("@" + simple + " does not apply to " + (type == null ? "this type"
                    : "a JSON " + type.name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (min > 0) {
            keywords.add(s -> s.add("min" + prefix, min));
        }
        if (max < Integer.MAX_VALUE) {
            keywords.add(s -> s.add("max" + prefix, max));
        }
        check(annotation, message, v -> {
            int n = length.apply(v);
            return n >= min && n <= max;
        });
    }

    private void bound(Annotation annotation, boolean lower, BigDecimal bound, boolean inclusive) throws UnsupportedTypeException {
        requireType(annotation.annotationType().getSimpleName(), ValueType.NUMBER);
        String keyword = (inclusive ? "" : "exclusive") + (lower ? (inclusive ? "minimum" : "Minimum") : (inclusive ? "maximum" : "Maximum"));
        keywords.add(s -> s.add(keyword, bound));
        String message = "must be " + (lower ? "greater" : "less") + " than " + (inclusive ? "or equal to " : "") + bound.toPlainString();
        check(annotation, message, v -> {
            int comparison = ((JsonNumber) v).bigDecimalValue().compareTo(bound);
            return lower ? (inclusive ? comparison >= 0 : comparison > 0) : (inclusive ? comparison <= 0 : comparison < 0);
        });
    }

    /**
     * JSON Schema cannot count digits: the integer digits become an exclusive bound (|x| &lt; 10^integer), the
     * fraction digits a sentence in the description ({@code multipleOf: 0.01} misfires on binary floating point).
     */
    private void digits(Annotation annotation) throws UnsupportedTypeException {
        requireType("Digits", ValueType.NUMBER);
        int integer = (Integer) attribute(annotation, "integer");
        int fraction = (Integer) attribute(annotation, "fraction");
        if (integer < 300) {
            BigDecimal limit = BigDecimal.TEN.pow(integer);
            keywords.add(s -> s.add("exclusiveMaximum", limit).add("exclusiveMinimum", limit.negate()));
        }
        notes.add("At most " + integer + " integer digits and " + fraction + " fraction digits.");
        check(annotation, "numeric value out of bounds (<" + integer + " digits>.<" + fraction + " digits> expected)", v -> {
            BigDecimal value = ((JsonNumber) v).bigDecimalValue().stripTrailingZeros();
            int fractionDigits = Math.max(value.scale(), 0);
            int integerDigits = value.precision() - value.scale();
            return integerDigits <= integer && fractionDigits <= fraction;
        });
    }

    private void pattern(Annotation annotation) throws UnsupportedTypeException {
        requireType("Pattern", ValueType.STRING);
        String regexp = (String) attribute(annotation, "regexp");
        if (((Object[]) attribute(annotation, "flags")).length > 0) {
            throw new UnsupportedTypeException("@Pattern(regexp = \"" + regexp + "\") has flags, which a JSON Schema pattern"
                    + " cannot express; write them into the expression (e.g. [Aa] for a case-insensitive letter)");
        }
        Pattern compiled = compile(regexp);
        // Bean Validation matches the whole text; a JSON Schema pattern matches anywhere unless anchored.
        String anchored = "^(?:" + regexp + ")$";
        if (patterned) {
            keywords.add(s -> s.add("allOf", Json.PROVIDER.createArrayBuilder()
                    .add(Json.PROVIDER.createObjectBuilder().add("pattern", anchored))));
        } else {
            keywords.add(s -> s.add("pattern", anchored));
            patterned = true;
        }
        check(annotation, "must match \"" + regexp + "\"", v -> compiled.matcher(((JsonString) v).getString()).matches());
    }

    private void email(Annotation annotation) throws UnsupportedTypeException {
        requireType("Email", ValueType.STRING);
        keywords.add(s -> s.add("format", "email"));
        check(annotation, "must be a well-formed email address", v -> isEmail(((JsonString) v).getString()));
        String regexp = (String) attribute(annotation, "regexp");
        if (!regexp.equals(".*")) {
            Pattern compiled = compile(regexp);
            check(annotation, "must be a well-formed email address", v -> compiled.matcher(((JsonString) v).getString()).matches());
        }
    }

    /**
     * ajv-formats' {@code email} format (its default "full" mode), so that a value the server accepts or sends never
     * breaks the {@code format: "email"} a strict client checks ({@code bob@localhost} and non-ASCII local parts fail
     * there, so they fail here); Java's ASCII-only case folding matches JavaScript's {@code /i} for these ASCII classes.
     */
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", Pattern.CASE_INSENSITIVE);

    /** Bounded first, so the expression never runs over a caller-sized text. */
    private static boolean isEmail(String text) {
        return text.length() <= 320 && EMAIL.matcher(text).matches();
    }

    /**
     * Whether the text has no character the schema's {@code \\S} matches: JavaScript's whitespace (including the
     * no-break spaces U+00A0, U+202F and U+FEFF), not Java's {@code isBlank}, which reads those as text and U+001C..U+001F
     * as space.
     */
    private static boolean isJavaScriptBlank(String text) {
        return text.chars().allMatch(c -> c >= 0x09 && c <= 0x0D || c == 0x20 || c == 0xA0 || c == 0x1680 || c >= 0x2000 && c <= 0x200A
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF);
    }

    private void time(Annotation annotation, String simple) throws UnsupportedTypeException {
        requireType(simple, ValueType.STRING);
        Function<String, Comparable<?>> parse;
        if (javaType == LocalDate.class) {
            parse = LocalDate::parse;
        } else if (javaType == LocalDateTime.class) {
            parse = LocalDateTime::parse;
        } else if (javaType == Instant.class) {
            parse = Instant::parse;
        } else if (javaType == OffsetDateTime.class) {
            parse = text -> OffsetDateTime.parse(text).toInstant();
        } else if (javaType == ZonedDateTime.class) {
            parse = text -> ZonedDateTime.parse(text).toInstant();
        } else {
            throw new UnsupportedTypeException("@" + simple + " is mapped for LocalDate, LocalDateTime, Instant,"
                    + " OffsetDateTime and ZonedDateTime only, not " + javaType.getTypeName());
        }
        boolean past = simple.startsWith("Past");
        boolean present = simple.endsWith("OrPresent");
        String message = past ? (present ? "must be a date in the past or in the present" : "must be a past date")
                : (present ? "must be a date in the present or in the future" : "must be a future date");
        // No JSON Schema keyword compares with "now": the model reads it in the description.
        notes.add("Must be " + (past ? "in the past" : "in the future") + (present ? " or the present" : "") + ".");
        check(annotation, message, v -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            int comparison = ((Comparable) parse.apply(((JsonString) v).getString())).compareTo(now(javaType));
            return past ? (present ? comparison <= 0 : comparison < 0) : (present ? comparison >= 0 : comparison > 0);
        });
    }

    private static Comparable<?> now(Type javaType) {
        if (javaType == LocalDate.class) {
            return LocalDate.now();
        }
        if (javaType == LocalDateTime.class) {
            return LocalDateTime.now();
        }
        return Instant.now();
    }

    private void check(Annotation annotation, String defaultMessage, Predicate<JsonValue> valid) {
        String message = (String) attribute(annotation, "message");
        // A message template ({jakarta.validation...}, or one with {min}) needs the Validator's interpolation.
        String text = message.contains("{") ? defaultMessage : message;
        checks.add(new ConstrainedShape.Check(valid, text));
    }

    /**
     * Compiles a {@code @Pattern} and makes sure it means the same in ECMA-262, the dialect of JSON Schema's
     * {@code pattern}, as in Java.
     */
    private static Pattern compile(String regexp) throws UnsupportedTypeException {
        try {
            Pattern compiled = Pattern.compile(regexp);
            String problem = EcmaRegex.incompatibility(regexp);
            if (problem != null) {
                throw new UnsupportedTypeException("@Pattern(regexp = \"" + regexp + "\") cannot be a JSON Schema pattern: "
                        + problem + " is Java-only (ECMA-262 has no equivalent)");
            }
            return compiled;
        } catch (PatternSyntaxException e) {
            throw new UnsupportedTypeException("@Pattern(regexp = \"" + regexp + "\") is not a valid expression");
        }
    }

    static Object attribute(Annotation annotation, String name) {
        try {
            Method method = annotation.annotationType().getMethod(name);
            method.trySetAccessible();
            return method.invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Bean Validation constraint " + annotation + " has no " + name + "()", e);
        }
    }
}
