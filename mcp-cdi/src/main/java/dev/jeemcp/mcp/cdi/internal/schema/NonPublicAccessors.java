package dev.jeemcp.mcp.cdi.internal.schema;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * JSON-B's rule for a public field that has an accessor which is not public: the field is not written when its getter
 * is not public, and not read when its setter is not public, since the accessor is how the class says who may see or
 * change the value. The schema and the binder both ask here, so that a public field kept read-only by a private
 * setter stays read-only for MCP callers as for the application's REST API.
 */
public final class NonPublicAccessors {

    private NonPublicAccessors() {
    }

    /**
     * Whether JSON-B's default leaves the public {@code field} out when values travel this way.
     *
     * @param writing {@code true} for Java to JSON (the getter decides), {@code false} for JSON to Java (the setter)
     */
    public static boolean hide(Field field, boolean writing) {
        String capitalized = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        for (Class<?> type = field.getDeclaringClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && accesses(method, capitalized, writing)) {
                    return !Modifier.isPublic(method.getModifiers());
                }
            }
        }
        return false;
    }

    private static boolean accesses(Method method, String capitalized, boolean writing) {
        String name = method.getName();
        if (writing) {
            return method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && (name.equals("get" + capitalized) || name.equals("is" + capitalized));
        }
        return method.getParameterCount() == 1 && name.equals("set" + capitalized);
    }
}
