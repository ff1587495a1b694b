package dev.jeemcp.mcp.cdi.internal.schema;

import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.ArrayShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.BooleanShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.DescribedShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.IntegerShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.MapShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.NullableShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.NumberShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.ObjectShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.OptionalShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.RawShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.RefShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.RootShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes.StringShape;
import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Derives the {@link JsonShape} of a Java type the way JSON-B (Yasson) reads and writes it: records by component,
 * beans by property, enums by name, {@code java.time} as ISO-8601 text. Runs at deploy time only.
 *
 * <p>Inputs and outputs differ where JSON-B does: a bean is read through its setters and public fields (the write
 * view) and written through its getters and public fields (the read view). One rule for {@code required}: an input
 * property is required unless it is {@code Optional} (records) or not primitive (beans), because that is what the
 * binder needs; an output property is required only when it cannot be null (a primitive, or {@code @NotNull}),
 * because JSON-B leaves null properties out. JSON-B annotations the schema cannot describe are refused.
 *
 * <p>A recursive type (a tree node with a list of nodes) is described once under {@code $defs} and referenced with
 * {@code $ref}; the root shape carries the definitions, which the tool definition hoists to its schema's root.
 *
 * <p>JPA entities are beans like any other, less what {@link JpaProperties} hides (lazy associations, what providers
 * add), which the binder hides too; an eager bidirectional pair, both sides in JSON, is refused.
 */
public final class JsonShapes {

    /** Which way values travel, since JSON-B reads and writes beans through different members. */
    enum Direction { INPUT, OUTPUT }

    private static final Map<Class<?>, JsonShape> SCALARS = new LinkedHashMap<>();

    /** Bean Validation's {@code @NotNull}, found by name so that a container without Bean Validation still works. */
    private static final Set<String> NOT_NULL = Set.of("jakarta.validation.constraints.NotNull",
            "javax.validation.constraints.NotNull");

    /** The JSON-B annotations whose effect the schema follows; any other is refused rather than silently ignored. */
    private static final Set<String> JSONB_HONOURED = Set.of("JsonbProperty", "JsonbTransient", "JsonbPropertyOrder");
    private static final String JSONB_PACKAGE = "jakarta.json.bind.annotation.";

    /** An offset or {@code Z} date-time as Yasson writes a {@code ZonedDateTime}: RFC 3339 plus an optional region. */
    static final String ZONED_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})(\\[[^\\]]+\\])?$";

    /**
     * A {@code Duration} as {@code Duration.toString()} writes it and {@code Duration.parse} reads it: negative parts
     * and fractional seconds, which the {@code duration} format does not allow.
     */
    static final String DURATION = "^[-+]?P([-+]?\\d+D)?(T([-+]?\\d+H)?([-+]?\\d+M)?([-+]?\\d+([.,]\\d{0,9})?S)?)?$";

    /**
     * What ajv-formats' {@code date-time} accepts of what Java parses and writes: a 4-digit year (not
     * {@code +10000-01-01T00:00:00Z}), seconds, and {@code Z} or an offset in hours and minutes (not the seconds of
     * {@code +00:09:21}); anything else would break the promised format in either direction.
     */
    static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$";

    private static final String UUID_TEXT = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    /** Results' number shapes: what the tool made, unbounded. */
    private static final Map<Class<?>, JsonShape> OUTPUT_NUMBERS = numberShapes(0);

    static {
        BooleanShape bool = new BooleanShape();
        SCALARS.put(boolean.class, bool);
        SCALARS.put(Boolean.class, bool);
        range(byte.class, Byte.class, Byte.MIN_VALUE, Byte.MAX_VALUE, null);
        range(short.class, Short.class, Short.MIN_VALUE, Short.MAX_VALUE, null);
        range(int.class, Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE, "int32");
        range(long.class, Long.class, Long.MIN_VALUE, Long.MAX_VALUE, "int64");
        SCALARS.put(String.class, new StringShape(schema -> { }, text -> true, "a string"));
        StringShape character = new StringShape(schema -> schema.add("minLength", 1).add("maxLength", 1),
                text -> text.length() == 1, "a single character");
        SCALARS.put(char.class, character);
        SCALARS.put(Character.class, character);
        // A format only where every value Yasson writes passes the clients' format checks (ajv-formats, RFC 3339).
        temporal(UUID.class, "format", "uuid", UUID_TEXT, UUID::fromString, "a UUID");
        temporal(LocalDate.class, "format", "date", "^\\d{4}-\\d{2}-\\d{2}$", LocalDate::parse, "a date (yyyy-mm-dd)");
        temporal(Instant.class, "format", "date-time", DATE_TIME, Instant::parse, "a UTC date-time (yyyy-mm-ddThh:mm:ssZ)");
        temporal(OffsetDateTime.class, "format", "date-time", DATE_TIME, OffsetDateTime::parse, "a date-time with offset (yyyy-mm-ddThh:mm:ss+hh:mm)");
        temporal(ZonedDateTime.class, "pattern", ZONED_DATE_TIME, ZONED_DATE_TIME, ZonedDateTime::parse,
                "a date-time with offset and optional region (yyyy-mm-ddThh:mm:ss+01:00[Europe/Paris])");
        temporal(Duration.class, "pattern", DURATION, DURATION, Duration::parse, "an ISO-8601 duration (PT15M)");
        String localDateTime = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$";
        temporal(LocalDateTime.class, "pattern", localDateTime, localDateTime, LocalDateTime::parse,
                "a local date-time (yyyy-mm-ddThh:mm:ss)");
        String localTime = "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$";
        temporal(LocalTime.class, "pattern", localTime, localTime, LocalTime::parse, "a time (hh:mm:ss)");
        SCALARS.put(JsonValue.class, new RawShape(null));
        SCALARS.put(JsonObject.class, new RawShape(ValueType.OBJECT));
        SCALARS.put(JsonArray.class, new RawShape(ValueType.ARRAY));
        SCALARS.put(JsonString.class, new RawShape(ValueType.STRING));
        SCALARS.put(JsonNumber.class, new RawShape(ValueType.NUMBER));
        SCALARS.put(OptionalInt.class, new OptionalShape(SCALARS.get(int.class)));
        SCALARS.put(OptionalLong.class, new OptionalShape(SCALARS.get(long.class)));
    }

    private final Direction direction;
    private final Map<Class<?>, JsonShape> numbers;
    /** How many items an array or map may have: {@code mcp.maxArrayItems} for inputs, unbounded for results. */
    private final int maxItems;
    /** The deployment's records, beans and enums whose shapes depend on nothing but themselves. */
    private final Map<Class<?>, JsonShape> derived;
    private final Set<Type> inProgress = new HashSet<>();
    /** How often a type was met inside itself: a type whose derivation left this unchanged is self-contained. */
    private int recursions;
    /** References to types met again while being derived, by type: the recursion points. */
    private final Map<Type, RefShape> references = new HashMap<>();
    /** The recursive types, by their name under {@code $defs}. */
    private final Map<String, JsonShape> definitions = new LinkedHashMap<>();
    /** The type arguments of the generic class being derived, by its type variables. */
    private Map<TypeVariable<?>, Type> bindings = Map.of();

    private JsonShapes(Direction direction, DeploymentShapes deployment) {
        this.direction = direction;
        this.derived = deployment.types(direction);
        // Inputs are bounded before anything computes with them; outputs are what the tool made.
        numbers = direction == Direction.INPUT ? deployment.inputNumbers : OUTPUT_NUMBERS;
        maxItems = direction == Direction.INPUT ? deployment.maxArrayItems() : Integer.MAX_VALUE;
    }

    /** The shapes of the non-integral and big number types, with at most that many digits (0: unbounded). */
    static Map<Class<?>, JsonShape> numberShapes(int maxDigits) {
        Map<Class<?>, JsonShape> numbers = new HashMap<>();
        numbers.put(float.class, new NumberShape(NumberShape.Kind.FLOAT, maxDigits));
        numbers.put(Float.class, numbers.get(float.class));
        numbers.put(double.class, new NumberShape(NumberShape.Kind.DOUBLE, maxDigits));
        numbers.put(Double.class, numbers.get(double.class));
        numbers.put(OptionalDouble.class, new OptionalShape(numbers.get(double.class)));
        numbers.put(BigDecimal.class, new NumberShape(NumberShape.Kind.DECIMAL, maxDigits));
        numbers.put(BigInteger.class, new IntegerShape(null, null, null, maxDigits == 0 ? Integer.MAX_VALUE : maxDigits));
        return Map.copyOf(numbers);
    }

    /** The shape of an argument type. @throws UnsupportedTypeException with a sentence fragment saying what is wrong */
    public static JsonShape of(Type type) throws UnsupportedTypeException {
        return input(type);
    }

    /** The shape in which a client sends a value of the type, and the binder reads it. */
    public static JsonShape input(Type type) throws UnsupportedTypeException {
        return input(type, null);
    }

    /**
     * The shape of a method parameter's value.
     *
     * @param annotated the parameter's annotated type, so that type-use annotations ({@code List<@Email String>})
     *     are reachable; {@code null} for none
     */
    public static JsonShape input(Type type, AnnotatedType annotated) throws UnsupportedTypeException {
        return new JsonShapes(Direction.INPUT, DeploymentShapes.fromSettings()).root(type, annotated);
    }

    /** The shape in which the server sends a value of the type, as JSON-B writes it. */
    public static JsonShape output(Type type) throws UnsupportedTypeException {
        return output(type, null);
    }

    /** The shape of a method's result. @param annotated its annotated return type, or {@code null} */
    public static JsonShape output(Type type, AnnotatedType annotated) throws UnsupportedTypeException {
        return output(DeploymentShapes.forResults(), type, annotated);
    }

    /** As {@link #output(Type, AnnotatedType)}, sharing the deployment's derived types. */
    public static JsonShape output(DeploymentShapes deployment, Type type, AnnotatedType annotated) throws UnsupportedTypeException {
        return new JsonShapes(Direction.OUTPUT, deployment).root(type, annotated);
    }

    /** The shape of a whole value: with the definitions of its recursive types, when it has any. */
    private JsonShape root(Type type, AnnotatedType annotated) throws UnsupportedTypeException {
        JsonShape shape = derive(type, annotated);
        return definitions.isEmpty() ? shape : new RootShape(shape, definitions);
    }

    private JsonShape derive(Type type) throws UnsupportedTypeException {
        return derive(type, null);
    }

    /**
     * The shape of one type node. Every node passes here with its annotated type, when known: type-use constraints
     * (such as those on {@code List<@Email String>}'s items) refine the shape through {@link Constraints}.
     */
    private JsonShape derive(Type type, AnnotatedType annotated) throws UnsupportedTypeException {
        return annotated == null ? ofType(type, null) : constrained(type, annotated);
    }

    /**
     * The shape of a tool parameter, with its Bean Validation constraints and those on its type arguments.
     *
     * @param type the parameter's type as the container sees it
     * @param annotated the same type with its type annotations; ignored where it is not the same type (a type
     *        variable the container resolved)
     * @throws UnsupportedTypeException with a sentence fragment saying what is wrong with the type or a constraint
     */
    public static JsonShape of(Type type, AnnotatedType annotated, AnnotatedElement declaration) throws UnsupportedTypeException {
        return of(DeploymentShapes.fromSettings(), type, annotated, declaration);
    }

    /** As {@link #of(Type, AnnotatedType, AnnotatedElement)}, sharing the deployment's bounds and derived types. */
    public static JsonShape of(DeploymentShapes deployment, Type type, AnnotatedType annotated, AnnotatedElement declaration)
            throws UnsupportedTypeException {
        JsonShapes shapes = new JsonShapes(Direction.INPUT, deployment);
        JsonShape shape = shapes.constrained(type, annotated != null && type.equals(annotated.getType()) ? annotated : null, declaration);
        return shapes.definitions.isEmpty() ? shape : new RootShape(shape, shapes.definitions);
    }

    /** Hook for {@link Constraints}: the shape of a value together with the constraints declared on it. */
    private JsonShape constrained(Type type, AnnotatedType annotated, AnnotatedElement... declarations)
            throws UnsupportedTypeException {
        return Constraints.apply(ofType(type, annotated), type, annotated, declarations);
    }

    /** The annotated type of a node's i-th type argument, or {@code null}. */
    private static AnnotatedType argument(AnnotatedType annotated, int index) {
        if (annotated instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            return index < arguments.length ? arguments[index] : null;
        }
        return null;
    }

    /** The annotated type of an array node's component, or {@code null}. */
    private static AnnotatedType component(AnnotatedType annotated) {
        return annotated instanceof AnnotatedArrayType array ? array.getAnnotatedGenericComponentType() : null;
    }

    /**
     * The shape of a list, set or array element of a reference type. JSON-B writes a null element as {@code null}, so
     * an output schema allows it (a client that validates would refuse the result otherwise); an input element must
     * be a value.
     */
    private JsonShape element(JsonShape shape) {
        return direction == Direction.OUTPUT ? new NullableShape(shape) : shape;
    }

    private JsonShape ofType(Type type, AnnotatedType annotated) throws UnsupportedTypeException {
        type = resolve(type);
        if (type instanceof Class<?> c) {
            return ofClass(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] arguments = p.getActualTypeArguments();
            if (raw == Optional.class) {
                return new OptionalShape(derive(arguments[0], argument(annotated, 0)));
            }
            if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
                return new ArrayShape(element(derive(arguments[0], argument(annotated, 0))), false, maxItems);
            }
            if (raw == Set.class) {
                return new ArrayShape(element(derive(arguments[0], argument(annotated, 0))), true, maxItems);
            }
            if (raw == Map.class) {
                if (arguments[0] != String.class) {
                    throw new UnsupportedTypeException("Map keys must be String, not " + arguments[0].getTypeName());
                }
                return new MapShape(derive(arguments[1], argument(annotated, 1)), maxItems);
            }
            if (isUserType(raw)) {
                if (raw.isRecord() && direction == Direction.INPUT) {
                    throw new UnsupportedTypeException("generic record " + raw.getName() + " cannot be an input: JSON-B cannot"
                            + " bind a record's type variables; use a concrete record or a bean");
                }
                Map<TypeVariable<?>, Type> outer = bindings;
                Map<TypeVariable<?>, Type> inner = new HashMap<>();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    inner.put(variables[i], arguments[i]);
                }
                bindings = inner;
                try {
                    return ofUserType(raw, p);
                } finally {
                    bindings = outer;
                }
            }
            throw new UnsupportedTypeException("generic type " + type.getTypeName() + " is not supported");
        }
        if (type instanceof GenericArrayType array) {
            return new ArrayShape(element(derive(array.getGenericComponentType(), component(annotated))), false, maxItems);
        }
        throw new UnsupportedTypeException("type " + type.getTypeName() + " is not supported: use a concrete type");
    }

    /**
     * The type with the type variables of the generic class being derived replaced by their arguments, so that
     * {@code Page<Quote>} derives {@code List<T> items} as {@code List<Quote>}.
     */
    private Type resolve(Type type) throws UnsupportedTypeException {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            if (bound == null) {
                throw new UnsupportedTypeException("type variable " + variable.getName() + " is not bound: use a concrete type");
            }
            return bound;
        }
        if (type instanceof ParameterizedType p && !bindings.isEmpty()) {
            Type[] arguments = p.getActualTypeArguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = resolve(arguments[i]);
            }
            return new ResolvedType((Class<?>) p.getRawType(), arguments, p.getOwnerType());
        }
        if (type instanceof GenericArrayType array && !bindings.isEmpty()) {
            Type component = resolve(array.getGenericComponentType());
            if (component instanceof Class<?> c) {
                return java.lang.reflect.Array.newInstance(c, 0).getClass();
            }
        }
        return type;
    }

    private static boolean isUserType(Class<?> c) {
        return !(c == Object.class || c.isInterface() || Modifier.isAbstract(c.getModifiers()) || c.isPrimitive()
                || c.getName().startsWith("java."));
    }

    private JsonShape ofClass(Class<?> c) throws UnsupportedTypeException {
        JsonShape scalar = SCALARS.containsKey(c) ? SCALARS.get(c) : numbers.get(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isEnum()) {
            JsonShape known = derived.get(c);
            if (known != null) {
                return known;
            }
            refuseJsonbAnnotations(c, c);
            List<String> names = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            List<String> values = List.copyOf(names);
            JsonShape shape = new StringShape(schema -> schema.add("enum", Json.PROVIDER.createArrayBuilder(values)),
                    values::contains, "one of " + values);
            derived.put(c, shape);
            return shape;
        }
        if (c.isArray()) {
            JsonShape component = ofClass(c.getComponentType());
            return new ArrayShape(c.getComponentType().isPrimitive() ? component : element(component), false, maxItems);
        }
        if (c.getTypeParameters().length > 0) {
            throw new UnsupportedTypeException("raw type " + c.getName() + " needs a type argument");
        }
        if (!isUserType(c)) {
            throw new UnsupportedTypeException("type " + c.getName() + " is not supported");
        }
        return ofUserType(c, c);
    }

    /** A record or bean, with its type variables (if any) bound. @param key the type as written, to find recursion */
    private JsonShape ofUserType(Class<?> c, Type key) throws UnsupportedTypeException {
        if (!inProgress.add(key)) {
            // Met again inside itself: a reference to its definition, which is complete once the outer call returns.
            recursions++;
            return references.computeIfAbsent(key, k -> new RefShape(definitionName(c, k)));
        }
        // A concrete class outside any generic one depends on nothing else, unless it meets a type being derived.
        boolean concrete = key == c && bindings.isEmpty();
        JsonShape known = concrete ? derived.get(c) : null;
        if (known != null) {
            inProgress.remove(key);
            return known;
        }
        int recursionsBefore = recursions;
        JsonShape shape;
        try {
            // JSON-B applies its annotations on the package (visibility, formats) too.
            refuseJsonbAnnotations(c, c, c.getPackage());
            shape = c.isRecord() ? ofRecord(c) : ofBean(c);
        } finally {
            inProgress.remove(key);
        }
        RefShape reference = references.remove(key);
        if (reference == null) {
            if (concrete && recursions == recursionsBefore) {
                derived.put(c, shape);
            }
            return shape;
        }
        reference.resolve(shape);
        definitions.put(reference.name(), shape);
        return reference;
    }

    /** A name under {@code $defs} that is a plain URI fragment: the simple names of the class and type arguments. */
    private String definitionName(Class<?> c, Type key) {
        StringBuilder name = new StringBuilder(c.getSimpleName());
        if (key instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                name.append('_').append(argument instanceof Class<?> k ? k.getSimpleName()
                        : argument.getTypeName().replaceAll("[^A-Za-z0-9]+", "_"));
            }
        }
        String base = name.toString();
        String unique = base;
        for (int i = 2; definitions.containsKey(unique) || isReferenceName(unique); i++) {
            unique = base + i;
        }
        return unique;
    }

    private boolean isReferenceName(String name) {
        return references.values().stream().anyMatch(reference -> reference.name().equals(name));
    }

    private JsonShape ofRecord(Class<?> c) throws UnsupportedTypeException {
        Map<String, JsonShape> properties = new LinkedHashMap<>();
        Set<String> required = new HashSet<>();
        for (RecordComponent component : c.getRecordComponents()) {
            Field field = field(c, component.getName());
            Method accessor = component.getAccessor();
            refuseJsonbAnnotations(c, component, field, accessor);
            if (transient_(component, accessor, field)) {
                continue;
            }
            String name = propertyName(component.getName(), component, accessor, field);
            JsonShape shape = member(component.getGenericType(), component.getAnnotatedType(), component, accessor, field);
            properties.put(name, shape);
            boolean present = direction == Direction.INPUT ? !shape.isOptional()
                    : component.getType().isPrimitive() || notNull(component.getAnnotatedType(), component, accessor, field);
            if (present) {
                required.add(name);
            }
        }
        return new ObjectShape(properties, required);
    }

    /**
     * A JavaBean, through the members JSON-B uses in this direction: getters and public fields for outputs,
     * setters and public fields for inputs. Only primitives are required as inputs; as outputs, also
     * {@code @NotNull} properties.
     */
    private JsonShape ofBean(Class<?> c) throws UnsupportedTypeException {
        if (direction == Direction.INPUT) {
            try {
                if (!Modifier.isPublic(c.getConstructor().getModifiers())) {
                    throw new NoSuchMethodException();
                }
            } catch (NoSuchMethodException e) {
                throw new UnsupportedTypeException("type " + c.getName() + " needs a public no-argument constructor, or make it a record");
            }
        }
        Map<String, JsonShape> properties = new LinkedHashMap<>();
        Set<String> required = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Field field : fieldsOf(c)) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || !seen.add(field.getName())) {
                continue;
            }
            Method accessor = direction == Direction.INPUT ? setter(c, field.getName(), field.getType()) : getter(c, field.getName());
            if (JpaProperties.hidden(field) || accessor != null && JpaProperties.hidden(accessor)) {
                continue; // a lazy JPA association, or what a provider added: the binder never touches it either
            }
            refuseJsonbAnnotations(c, field, accessor);
            boolean publicField = Modifier.isPublic(modifiers) && !(direction == Direction.INPUT && Modifier.isFinal(modifiers))
                    && !NonPublicAccessors.hide(field, direction == Direction.OUTPUT);
            if (Modifier.isTransient(modifiers) || (accessor == null && !publicField) || transient_(field, accessor)) {
                continue;
            }
            Type type = accessor == null ? field.getGenericType()
                    : direction == Direction.INPUT ? accessor.getGenericParameterTypes()[0] : accessor.getGenericReturnType();
            AnnotatedType annotated = accessor == null ? field.getAnnotatedType()
                    : direction == Direction.INPUT ? accessor.getAnnotatedParameterTypes()[0] : accessor.getAnnotatedReturnType();
            refuseBidirectional(c, field.getName());
            // The accessor first: JSON-B takes its @JsonbProperty over the field's for the direction it serves.
            addBeanProperty(properties, required, field.getName(), type, annotated, accessor, field);
        }
        // Properties with an accessor and no field of their name, such as a computed getX().
        for (Method method : c.getMethods()) {
            String javaName = direction == Direction.INPUT ? setterProperty(method) : getterProperty(method);
            if (javaName == null || !seen.add(javaName) || JpaProperties.hidden(method)) {
                continue;
            }
            refuseJsonbAnnotations(c, method);
            if (transient_(method)) {
                continue;
            }
            Type type = direction == Direction.INPUT ? method.getGenericParameterTypes()[0] : method.getGenericReturnType();
            refuseBidirectional(c, javaName);
            AnnotatedType annotated = direction == Direction.INPUT ? method.getAnnotatedParameterTypes()[0] : method.getAnnotatedReturnType();
            addBeanProperty(properties, required, javaName, type, annotated, method);
        }
        if (properties.isEmpty()) {
            throw new UnsupportedTypeException("type " + c.getName() + " has no properties JSON-B can "
                    + (direction == Direction.INPUT ? "set" : "read"));
        }
        return new ObjectShape(properties, required);
    }

    /**
     * Refuses the inverse side of a bidirectional JPA association ({@code mappedBy}) when the owning side it names is
     * in JSON too: each entity would hold the other without end, which JSON-B cannot write and the model cannot use.
     * A tree ({@code Category.parent}) is no such pair and stays a recursive type under {@code $defs}.
     */
    private void refuseBidirectional(Class<?> c, String javaName) throws UnsupportedTypeException {
        JpaProperties.Inverse inverse = JpaProperties.inverse(c, javaName);
        if (inverse != null && inJson(inverse.target(), inverse.property())) {
            throw new UnsupportedTypeException("the bidirectional association " + c.getName() + "." + javaName
                    + " (mappedBy = \"" + inverse.property() + "\") and " + inverse.target().getName() + "."
                    + inverse.property() + " are both in JSON, so each would contain the other without end;"
                    + " mark one side @JsonbTransient or make it lazy");
        }
    }

    /** Whether the bean property is in JSON in this direction, by the rules {@link #ofBean} follows. */
    private boolean inJson(Class<?> c, String javaName) {
        Field field = null;
        for (Class<?> k = c; k != null && k != Object.class && field == null; k = k.getSuperclass()) {
            field = field(k, javaName);
        }
        if (field != null && Modifier.isStatic(field.getModifiers())) {
            field = null;
        }
        Method accessor = direction == Direction.OUTPUT ? getter(c, javaName)
                : field != null ? setter(c, javaName, field.getType())
                : Arrays.stream(c.getMethods()).filter(m -> javaName.equals(setterProperty(m))).findFirst().orElse(null);
        if (field == null) {
            return accessor != null && !JpaProperties.hidden(accessor) && !transient_(accessor);
        }
        int modifiers = field.getModifiers();
        boolean publicField = Modifier.isPublic(modifiers) && !(direction == Direction.INPUT && Modifier.isFinal(modifiers));
        return !(JpaProperties.hidden(field) || accessor != null && JpaProperties.hidden(accessor)
                || Modifier.isTransient(modifiers) || accessor == null && !publicField || transient_(field, accessor));
    }

    private void addBeanProperty(Map<String, JsonShape> properties, Set<String> required, String javaName, Type type,
            AnnotatedType annotated, AnnotatedElement... declarations) throws UnsupportedTypeException {
        String name = propertyName(javaName, declarations);
        properties.put(name, member(type, annotated, declarations));
        boolean primitive = type instanceof Class<?> k && k.isPrimitive();
        if (primitive || direction == Direction.OUTPUT && notNull(annotated, declarations)) {
            required.add(name);
        }
    }

    /**
     * The shape of one member: a record component or bean property. This is where annotations on the member
     * ({@code declarations}: component, field, accessor) and on its type ({@code annotated}, for type-use
     * annotations such as {@code List<@Email String>}) can refine the shape.
     */
    private JsonShape member(Type type, AnnotatedType annotated, AnnotatedElement... declarations) throws UnsupportedTypeException {
        JsonShape shape = constrained(type, annotated, declarations);
        String description = null;
        JsonValue example = null;
        for (AnnotatedElement declaration : declarations) {
            if (declaration == null) {
                continue;
            }
            McpParam param = declaration.getAnnotation(McpParam.class);
            if (param != null) {
                if (!param.name().isEmpty() || !param.required() || !param.header().isEmpty() || !param.defaultValue().isEmpty()
                        || !param.schema().isEmpty() || param.sensitive()) {
                    throw new UnsupportedTypeException("@McpParam on " + memberName(declaringClass(declaration), declaration)
                            + " may only give a description: the name comes from @JsonbProperty, and the rest applies to method parameters");
                }
                if (description == null && !param.description().isEmpty()) {
                    description = param.description();
                }
            }
        }
        for (AnnotatedElement declaration : declarations) {
            Annotation openApi = declaration == null ? null : openApiSchema(declaration);
            if (openApi != null) {
                if (description == null) {
                    description = text(openApi, "description");
                }
                if (example == null) {
                    example = example(shape, text(openApi, "example"));
                }
            }
        }
        return description == null && example == null ? shape : new DescribedShape(shape, description, example);
    }

    /** MicroProfile OpenAPI's {@code @Schema}, found by name: it is on the class path only in some containers. */
    private static Annotation openApiSchema(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().equals("org.eclipse.microprofile.openapi.annotations.media.Schema")) {
                return annotation;
            }
        }
        return null;
    }

    /** A string member of an annotation read by name, or {@code null} when empty or absent. */
    private static String text(Annotation annotation, String member) {
        try {
            Object value = annotation.annotationType().getMethod(member).invoke(annotation);
            return value instanceof String text && !text.isEmpty() ? text : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * An OpenAPI example as JSON: its text parsed as JSON (a number, an object) or else as a string, whichever passes
     * the shape; none when neither does, since an example the server would refuse misleads the model.
     */
    private static JsonValue example(JsonShape shape, String text) {
        if (text == null) {
            return null;
        }
        List<JsonValue> readings = new ArrayList<>();
        try (var reader = Json.PROVIDER.createReader(new java.io.StringReader(text))) {
            readings.add(reader.readValue());
        } catch (RuntimeException e) {
            // not JSON: only the string reading remains
        }
        readings.add(Json.PROVIDER.createValue(text));
        for (JsonValue value : readings) {
            List<String> problems = new ArrayList<>();
            shape.validate(value, "example", problems);
            if (problems.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static Class<?> declaringClass(AnnotatedElement element) {
        return element instanceof Member member ? member.getDeclaringClass()
                : element instanceof RecordComponent component ? component.getDeclaringRecord() : Object.class;
    }

    /** Whether the member is declared never null: {@code @NotNull} on the member or its type. */
    private static boolean notNull(AnnotatedType annotated, AnnotatedElement... declarations) {
        if (annotated != null && hasAnnotation(annotated, NOT_NULL)) {
            return true;
        }
        for (AnnotatedElement declaration : declarations) {
            if (declaration != null && hasAnnotation(declaration, NOT_NULL)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnnotation(AnnotatedElement element, Set<String> names) {
        for (Annotation annotation : element.getAnnotations()) {
            if (names.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses the JSON-B annotations that change the JSON form in ways the schema does not follow (formats, adapters,
     * serializers, nillable, visibility), naming the class and member, rather than sending what the schema denies.
     */
    private static void refuseJsonbAnnotations(Class<?> owner, AnnotatedElement... elements) throws UnsupportedTypeException {
        for (AnnotatedElement element : elements) {
            if (element == null) {
                continue;
            }
            for (Annotation annotation : element.getAnnotations()) {
                String name = annotation.annotationType().getName();
                boolean nillable = annotation instanceof JsonbProperty property && isNillable(property);
                if (name.startsWith(JSONB_PACKAGE) && !JSONB_HONOURED.contains(annotation.annotationType().getSimpleName())
                        || nillable) {
                    throw new UnsupportedTypeException("@" + annotation.annotationType().getSimpleName()
                            + (nillable ? "(nillable = true)" : "") + " on " + memberName(owner, element)
                            + " is not supported: the schema could not describe what it makes JSON-B send or accept");
                }
            }
        }
    }

    @SuppressWarnings("deprecation")
    private static boolean isNillable(JsonbProperty property) {
        return property.nillable();
    }

    private static String memberName(Class<?> owner, AnnotatedElement element) {
        if (element instanceof Class<?> c) {
            return "type " + c.getName();
        }
        if (element instanceof Package p) {
            return "package " + p.getName() + " (of " + owner.getName() + ")";
        }
        String member = element instanceof Member m ? m.getName() + (m instanceof Method ? "()" : "")
                : element instanceof RecordComponent r ? r.getName() : element.toString();
        return owner.getName() + "." + member;
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

    private static Method setter(Class<?> c, String property, Class<?> type) {
        try {
            Method method = c.getMethod("set" + capitalized(property), type);
            return Modifier.isStatic(method.getModifiers()) ? null : method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** The public getter JSON-B writes a property through: {@code getX()}, or {@code isX()} for booleans. */
    private static Method getter(Class<?> c, String property) {
        for (String prefix : List.of("get", "is")) {
            try {
                Method method = c.getMethod(prefix + capitalized(property));
                if (property.equals(getterProperty(method))) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next prefix
            }
        }
        return null;
    }

    /** The property a method reads as a getter, or {@code null}. */
    private static String getterProperty(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0 || method.getDeclaringClass() == Object.class
                || method.getReturnType() == void.class) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return decapitalized(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
            return decapitalized(name.substring(2));
        }
        return null;
    }

    /** The property a method writes as a setter, or {@code null}. */
    private static String setterProperty(Method method) {
        String name = method.getName();
        return !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 1 && name.startsWith("set") && name.length() > 3
                ? decapitalized(name.substring(3)) : null;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String decapitalized(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Field field(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean transient_(AnnotatedElement... elements) {
        for (AnnotatedElement element : elements) {
            if (element != null && element.isAnnotationPresent(JsonbTransient.class)) {
                return true;
            }
        }
        return false;
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
        IntegerShape shape = new IntegerShape(BigInteger.valueOf(min), BigInteger.valueOf(max), format, 0);
        SCALARS.put(primitive, shape);
        SCALARS.put(wrapper, shape);
    }

    /**
     * A value written as text.
     *
     * @param text a regular expression the text must match besides parsing, so that the binder accepts no more than
     *     the schema allows; {@code null} for none
     */
    private static void temporal(Class<?> type, String keyword, String value, String text, Function<String, ?> parser,
            String expected) {
        Pattern pattern = text == null ? null : Pattern.compile(text);
        SCALARS.put(type, new StringShape(schema -> schema.add(keyword, value), given -> {
            if (pattern != null && !pattern.matcher(given).matches()) {
                return false;
            }
            try {
                parser.apply(given);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }, expected));
    }

    /** A parameterized type with its type variables replaced; equal to any other with the same parts. */
    private record ResolvedType(Class<?> raw, Type[] arguments, Type owner) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return owner;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType p && raw.equals(p.getRawType())
                    && Arrays.equals(arguments, p.getActualTypeArguments()) && Objects.equals(owner, p.getOwnerType());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ Objects.hashCode(owner) ^ raw.hashCode();
        }

        @Override
        public String getTypeName() {
            return raw.getTypeName() + Arrays.stream(arguments).map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }
}
