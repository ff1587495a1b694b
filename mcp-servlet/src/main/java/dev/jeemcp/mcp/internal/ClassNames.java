package dev.jeemcp.mcp.internal;

/**
 * Whether an object is an instance of a class named by its name, for APIs a server may lack (Enterprise Beans,
 * Connectors, Bean Validation on Tomcat): testing by name never loads the class, so the library links on every server.
 */
public final class ClassNames {

    private ClassNames() {
    }

    /** Whether {@code object}'s class, or one of its superclasses, is the class named {@code className}. */
    public static boolean isA(Object object, String className) {
        for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
