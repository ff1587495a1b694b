package dev.jeemcp.mcp.cdi.internal;

import dev.jeemcp.mcp.cdi.internal.Shapes.ArrayShape;
import dev.jeemcp.mcp.cdi.internal.Shapes.BooleanShape;
import dev.jeemcp.mcp.cdi.internal.Shapes.IntegerShape;
import dev.jeemcp.mcp.cdi.internal.Shapes.MapShape;
import dev.jeemcp.mcp.cdi.internal.Shapes.NumberShape;
import dev.jeemcp.mcp.cdi.internal.Shapes.ObjectShape;
import dev.jeemcp.mcp.cdi.internal.Shapes.OptionalShape;
import dev.jeemcp.mcp.cdi.internal.Shapes.RawShape;
import dev.jeemcp.mcp.cdi.internal.Shapes.StringShape;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Derives the {@link JsonShape} of a Java type the way JSON-B (Yasson) reads and writes it: records by component,
 * beans by field, enums by name, {@code java.time} as ISO-8601 text. Runs at deploy time only.
 */
final class JsonShapes {

    private static final Map<Class<?>, JsonShape> SCALARS = new LinkedHashMap<>();

    static {
        BooleanShape bool = new BooleanShape();
        SCALARS.put(boolean.class, bool);
        SCALARS.put(Boolean.class, bool);
        range(byte.class, Byte.class, Byte.MIN_VALUE, Byte.MAX_VALUE, null);
        range(short.class, Short.class, Short.MIN_VALUE, Short.MAX_VALUE, null);
        range(int.class, Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE, "int32");
        range(long.class, Long.class, Long.MIN_VALUE, Long.MAX_VALUE, "int64");
        SCALARS.put(BigInteger.class, new IntegerShape(null, null, null));
        NumberShape number = new NumberShape();
        for (Class<?> type : List.of(float.class, Float.class, double.class, Double.class, BigDecimal.class)) {
            SCALARS.put(type, number);
        }
        SCALARS.put(String.class, new StringShape(schema -> { }, text -> true, "a string"));
        StringShape character = new StringShape(schema -> schema.add("minLength", 1).add("maxLength", 1),
                text -> text.length() == 1, "a single character");
        SCALARS.put(char.class, character);
        SCALARS.put(Character.class, character);
        temporal(UUID.class, "format", "uuid", UUID::fromString, "a UUID");
        temporal(LocalDate.class, "format", "date", LocalDate::parse, "a date (yyyy-mm-dd)");
        temporal(Instant.class, "format", "date-time", Instant::parse, "a UTC date-time (yyyy-mm-ddThh:mm:ssZ)");
        temporal(OffsetDateTime.class, "format", "date-time", OffsetDateTime::parse, "a date-time with offset");
        temporal(ZonedDateTime.class, "format", "date-time", ZonedDateTime::parse, "a date-time with zone");
        temporal(Duration.class, "format", "duration", Duration::parse, "an ISO-8601 duration (PT15M)");
        temporal(LocalDateTime.class, "pattern", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$",
                LocalDateTime::parse, "a local date-time (yyyy-mm-ddThh:mm:ss)");
        temporal(LocalTime.class, "pattern", "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$", LocalTime::parse, "a time (hh:mm:ss)");
        SCALARS.put(JsonValue.class, new RawShape(null));
        SCALARS.put(JsonObject.class, new RawShape(ValueType.OBJECT));
        SCALARS.put(JsonArray.class, new RawShape(ValueType.ARRAY));
        SCALARS.put(JsonString.class, new RawShape(ValueType.STRING));
        SCALARS.put(JsonNumber.class, new RawShape(ValueType.NUMBER));
        SCALARS.put(OptionalInt.class, new OptionalShape(SCALARS.get(int.class)));
        SCALARS.put(OptionalLong.class, new OptionalShape(SCALARS.get(long.class)));
        SCALARS.put(OptionalDouble.class, new OptionalShape(number));
    }

    private final Set<Class<?>> inProgress = new HashSet<>();

    private JsonShapes() {
    }

    /** @throws UnsupportedTypeException with a sentence fragment saying what is wrong with the type */
    static JsonShape of(Type type) throws UnsupportedTypeException {
        return new JsonShapes().derive(type);
    }

    /**
     * The shape of a tool parameter, with its Bean Validation constraints and those on its type arguments.
     *
     * @param type the parameter's type as the container sees it
     * @param annotated the same type with its type annotations; ignored where it is not the same type (a type
     *        variable the container resolved)
     * @throws UnsupportedTypeException with a sentence fragment saying what is wrong with the type or a constraint
     */
    static JsonShape of(Type type, AnnotatedType annotated, AnnotatedElement declaration) throws UnsupportedTypeException {
        return new JsonShapes().constrained(type, type.equals(annotated.getType()) ? annotated : null, declaration);
    }

    /** Hook for {@link Constraints}: the shape of a value together with the constraints declared on it. */
    private JsonShape constrained(Type type, AnnotatedType annotated, AnnotatedElement... declarations)
            throws UnsupportedTypeException {
        return Constraints.apply(derive(type, annotated), type, annotated, declarations);
    }

    private JsonShape derive(Type type) throws UnsupportedTypeException {
        return derive(type, null);
    }

    /** @param annotated the same type with its type annotations, or null; its type arguments' constraints count */
    private JsonShape derive(Type type, AnnotatedType annotated) throws UnsupportedTypeException {
        if (type instanceof Class<?> c) {
            return ofClass(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] arguments = p.getActualTypeArguments();
            AnnotatedType[] annotatedArguments = annotated instanceof AnnotatedParameterizedType a
                    ? a.getAnnotatedActualTypeArguments() : new AnnotatedType[arguments.length];
            if (raw == Optional.class) {
                return new OptionalShape(constrained(arguments[0], annotatedArguments[0]));
            }
            if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
                return new ArrayShape(constrained(arguments[0], annotatedArguments[0]), false);
            }
            if (raw == Set.class) {
                return new ArrayShape(constrained(arguments[0], annotatedArguments[0]), true);
            }
            if (raw == Map.class) {
                if (arguments[0] != String.class) {
                    throw new UnsupportedTypeException("Map keys must be String, not " + arguments[0].getTypeName());
                }
                return new MapShape(constrained(arguments[1], annotatedArguments[1]));
            }
            throw new UnsupportedTypeException("generic type " + type.getTypeName() + " is not supported");
        }
        if (type instanceof GenericArrayType array) {
            return new ArrayShape(derive(array.getGenericComponentType()), false);
        }
        throw new UnsupportedTypeException("type " + type.getTypeName() + " is not supported: use a concrete type");
    }

    private JsonShape ofClass(Class<?> c) throws UnsupportedTypeException {
        JsonShape scalar = SCALARS.get(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isEnum()) {
            List<String> names = Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            return new StringShape(schema -> schema.add("enum", ToolResults.JSON.createArrayBuilder(names)),
                    names::contains, "one of " + names);
        }
        if (c.isArray()) {
            return new ArrayShape(ofClass(c.getComponentType()), false);
        }
        if (c.getTypeParameters().length > 0) {
            throw new UnsupportedTypeException("raw type " + c.getName() + " needs a type argument");
        }
        if (c == Object.class || c.isInterface() || Modifier.isAbstract(c.getModifiers()) || c.isPrimitive()
                || c.getName().startsWith("java.")) {
            throw new UnsupportedTypeException("type " + c.getName() + " is not supported");
        }
        if (!inProgress.add(c)) {
            throw new UnsupportedTypeException("recursive type " + c.getName() + " is not supported");
        }
        try {
            return c.isRecord() ? ofRecord(c) : ofBean(c);
        } finally {
            inProgress.remove(c);
        }
    }

    private JsonShape ofRecord(Class<?> c) throws UnsupportedTypeException {
        Map<String, JsonShape> properties = new LinkedHashMap<>();
        Set<String> required = new HashSet<>();
        for (RecordComponent component : c.getRecordComponents()) {
            Field field = field(c, component.getName());
            if (transient_(component, component.getAccessor(), field)) {
                continue;
            }
            String name = propertyName(component.getName(), component, component.getAccessor(), field);
            JsonShape shape = constrained(component.getGenericType(), component.getAnnotatedType(), field, component.getAccessor());
            properties.put(name, shape);
            if (!shape.isOptional()) {
                required.add(name);
            }
        }
        return new ObjectShape(properties, required);
    }

    private JsonShape ofBean(Class<?> c) throws UnsupportedTypeException {
        try {
            if (!Modifier.isPublic(c.getConstructor().getModifiers())) {
                throw new NoSuchMethodException();
            }
        } catch (NoSuchMethodException e) {
            throw new UnsupportedTypeException("type " + c.getName() + " needs a public no-argument constructor, or make it a record");
        }
        Map<String, JsonShape> properties = new LinkedHashMap<>();
        Set<String> required = new HashSet<>();
        for (Field field : fieldsOf(c)) {
            Method setter = setter(c, field);
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                    || (!Modifier.isPublic(field.getModifiers()) && setter == null) || transient_(field, setter)) {
                continue;
            }
            String name = propertyName(field.getName(), field, setter);
            properties.put(name, constrained(field.getGenericType(), field.getAnnotatedType(), field, getter(c, field)));
            if (field.getType().isPrimitive()) {
                required.add(name);
            }
        }
        if (properties.isEmpty()) {
            throw new UnsupportedTypeException("type " + c.getName() + " has no properties JSON-B can set");
        }
        return new ObjectShape(properties, required);
    }

    /** Fields of the class and its superclasses, superclass first, in declaration order. */
    private static List<Field> fieldsOf(Class<?> c) {
        List<Field> fields = new ArrayList<>();
        if (c.getSuperclass() != null && c.getSuperclass() != Object.class) {
            fields.addAll(fieldsOf(c.getSuperclass()));
        }
        fields.addAll(Arrays.asList(c.getDeclaredFields()));
        return fields;
    }

    private static Method setter(Class<?> c, Field field) {
        String name = "set" + Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        try {
            return c.getMethod(name, field.getType());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Method getter(Class<?> c, Field field) {
        String suffix = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                return c.getMethod(prefix + suffix);
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return null;
    }

    private static Field field(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean transient_(AnnotatedElement... elements) {
        return Arrays.stream(elements).anyMatch(e -> e != null && e.isAnnotationPresent(JsonbTransient.class));
    }

    /** The JSON-B property name: a {@code @JsonbProperty} value on any of the elements, else the Java name. */
    private static String propertyName(String javaName, AnnotatedElement... elements) {
        for (AnnotatedElement element : elements) {
            JsonbProperty property = element == null ? null : element.getAnnotation(JsonbProperty.class);
            if (property != null && !property.value().isEmpty()) {
                return property.value();
            }
        }
        return javaName;
    }

    private static void range(Class<?> primitive, Class<?> wrapper, long min, long max, String format) {
        IntegerShape shape = new IntegerShape(BigInteger.valueOf(min), BigInteger.valueOf(max), format);
        SCALARS.put(primitive, shape);
        SCALARS.put(wrapper, shape);
    }

    private static void temporal(Class<?> type, String keyword, String value, Function<String, ?> parser, String expected) {
        SCALARS.put(type, new StringShape(schema -> schema.add(keyword, value), text -> {
            try {
                parser.apply(text);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }, expected));
    }
}
