package dev.jeemcp.mcp.internal;

import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * JNDI lookups that tolerate its absence: where there is no naming service (Java SE tests) or the name is not bound
 * (Tomcat has no managed executors), the answer is empty rather than an exception.
 */
public final class Naming {

    /** The container's default managed executor, which carries the caller's security and naming context. */
    public static final String DEFAULT_EXECUTOR = "java:comp/DefaultManagedExecutorService";

    /** The container's default managed scheduled executor. */
    public static final String DEFAULT_SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

    private Naming() {
    }

    /** The object bound to that name if it is of that type, or empty. */
    public static <T> Optional<T> lookup(String name, Class<T> type) {
        try {
            Object found = new InitialContext().lookup(name);
            return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
        } catch (NamingException | RuntimeException | NoClassDefFoundError e) {
            return Optional.empty();
        }
    }
}
