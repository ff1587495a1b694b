package dev.jeemcp.mcp.cdi.internal.schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for which members of a JPA class are never JSON properties, used by the schema ({@link JsonShapes})
 * and by the binder's JSON-B visibility strategy alike, so that what the tool's schema promises and what JSON-B reads
 * and writes cannot disagree.
 *
 * <p>A property is hidden when a class of its owner's hierarchy annotated {@code @Entity}, {@code @Embeddable} or
 * {@code @MappedSuperclass} declares it, on its field (field access) or on its getter (property access), as a lazy
 * association or attribute: {@code @OneToMany} and {@code @ManyToMany} unless {@code fetch = EAGER},
 * {@code @ElementCollection} unless {@code fetch = EAGER}, and {@code @ManyToOne}, {@code @OneToOne} or
 * {@code @Basic} with {@code fetch = LAZY}. Reading such a property would load it (one query per entity written) or,
 * once the persistence context is closed, fail with the provider's lazy-initialization error.
 *
 * <p>Members the providers add to entity classes are never properties either: EclipseLink's weaving
 * ({@code _persistence_*} fields and methods), Hibernate's enhancement ({@code $$_hibernate_*}) and the
 * {@code getHibernateLazyInitializer()} of Hibernate's proxies.
 *
 * <p>The {@code jakarta.persistence} annotations are found by name, so this class links and answers "not hidden"
 * where the API is missing (a servlet container whose application brings no JPA).
 */
public final class JpaProperties {

    private static final String JPA = "jakarta.persistence.";
    private static final Set<String> MANAGED = Set.of(JPA + "Entity", JPA + "Embeddable", JPA + "MappedSuperclass");
    /** The annotations with a {@code fetch} member; its value, default included, says whether the member is lazy. */
    private static final Set<String> FETCHED = Set.of(JPA + "OneToMany", JPA + "ManyToMany", JPA + "ManyToOne",
            JPA + "OneToOne", JPA + "ElementCollection", JPA + "Basic");
    /** The association annotations with a {@code mappedBy} member: the inverse sides of bidirectional pairs. */
    private static final Set<String> INVERSE = Set.of(JPA + "OneToMany", JPA + "ManyToMany", JPA + "OneToOne");
    /** Names of what EclipseLink weaving (Payara) and Hibernate enhancement add to entity classes. */
    private static final String ECLIPSELINK_WOVEN = "_persistence_";
    private static final String HIBERNATE_ENHANCED = "$$_hibernate_";

    private JpaProperties() {
    }

    /** Whether JSON-B must neither read nor write the field, nor the schema show it. */
    public static boolean hidden(Field field) {
        return providerAdded(field.getName()) || lazy(field.getDeclaringClass(), field.getName());
    }

    /** Whether JSON-B must not call the method as a getter or setter, nor the schema show its property. */
    public static boolean hidden(Method method) {
        String name = method.getName();
        if (providerAdded(name) || name.equals("getHibernateLazyInitializer") && method.getParameterCount() == 0) {
            return true;
        }
        String property = beanProperty(method);
        return property != null && (providerAdded(property) || lazy(method.getDeclaringClass(), property));
    }

    /**
     * Whether a JPA class of {@code owner}'s hierarchy (the owner itself, its superclasses, or the entity class a
     * provider's proxy extends) declares the property lazy on its field or on its getter.
     */
    public static boolean lazy(Class<?> owner, String property) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!managed(c)) {
                continue;
            }
            for (AnnotatedElement member : declaredMembers(c, property)) {
                if (isLazy(member)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The other side of a bidirectional association, when the property is its inverse side in a JPA class of
     * {@code owner}'s hierarchy: {@code @OneToMany}, {@code @ManyToMany} or {@code @OneToOne} with {@code mappedBy},
     * on its field or its getter.
     *
     * @return the target class (the annotation's {@code targetEntity}, else the element of a collection, the value of
     *     a map, or the type itself) and the name of its owning property; {@code null} when there is none
     */
    public static Inverse inverse(Class<?> owner, String property) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!managed(c)) {
                continue;
            }
            for (AnnotatedElement member : declaredMembers(c, property)) {
                Inverse inverse = member == null ? null : inverse(member);
                if (inverse != null) {
                    return inverse;
                }
            }
        }
        return null;
    }

    private static Inverse inverse(AnnotatedElement member) {
        for (Annotation annotation : member.getAnnotations()) {
            if (!INVERSE.contains(annotation.annotationType().getName())) {
                continue;
            }
            Object mappedBy = member(annotation, "mappedBy");
            if (!(mappedBy instanceof String name) || name.isEmpty()) {
                continue;
            }
            Object target = member(annotation, "targetEntity");
            Type type = member instanceof Field field ? field.getGenericType() : ((Method) member).getGenericReturnType();
            Class<?> targetClass = target instanceof Class<?> k && k != void.class ? k : target(type);
            return targetClass == null ? null : new Inverse(targetClass, name);
        }
        return null;
    }

    /** The owning side a {@code mappedBy} points at: the property {@code property} of {@code target}. */
    public record Inverse(Class<?> target, String property) {
    }

    /** The entity a collection, map or single-valued association holds. */
    private static Class<?> target(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] arguments = p.getActualTypeArguments();
            Type element = Map.class.isAssignableFrom(raw) ? arguments[arguments.length - 1] : arguments[0];
            return element instanceof Class<?> c ? c
                    : element instanceof ParameterizedType e && e.getRawType() instanceof Class<?> r ? r : null;
        }
        return null;
    }

    private static boolean providerAdded(String name) {
        return name.startsWith(ECLIPSELINK_WOVEN) || name.startsWith(HIBERNATE_ENHANCED);
    }

    private static boolean managed(Class<?> c) {
        for (Annotation annotation : c.getDeclaredAnnotations()) {
            if (MANAGED.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    /** The field of the property's name and its {@code getX()} and {@code isX()} getters, as declared in {@code c}. */
    private static AnnotatedElement[] declaredMembers(Class<?> c, String property) {
        String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        AnnotatedElement[] members = new AnnotatedElement[3];
        try {
            members[0] = c.getDeclaredField(property);
        } catch (NoSuchFieldException e) {
            // property access only, or a computed getter
        }
        int i = 1;
        for (String prefix : new String[] {"get", "is"}) {
            try {
                members[i++] = c.getDeclaredMethod(prefix + capitalized);
            } catch (NoSuchMethodException e) {
                // no such getter
            }
        }
        return members;
    }

    private static boolean isLazy(AnnotatedElement member) {
        if (member == null) {
            return false;
        }
        for (Annotation annotation : member.getAnnotations()) {
            if (FETCHED.contains(annotation.annotationType().getName())
                    && member(annotation, "fetch") instanceof Enum<?> fetch && fetch.name().equals("LAZY")) {
                return true;
            }
        }
        return false;
    }

    /** An annotation member read by name, or {@code null}. */
    private static Object member(Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The property a getter ({@code getX()}, {@code isX()}) or setter ({@code setX(v)}) stands for, or {@code null}. */
    private static String beanProperty(Method method) {
        if (Modifier.isStatic(method.getModifiers())) {
            return null;
        }
        String name = method.getName();
        int prefix = method.getParameterCount() == 0 && name.startsWith("get") ? 3
                : method.getParameterCount() == 0 && name.startsWith("is") ? 2
                : method.getParameterCount() == 1 && name.startsWith("set") ? 3 : 0;
        if (prefix == 0 || name.length() == prefix) {
            return null;
        }
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }
}
