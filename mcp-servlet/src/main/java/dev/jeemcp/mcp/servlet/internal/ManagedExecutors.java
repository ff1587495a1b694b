package dev.jeemcp.mcp.servlet.internal;

import java.util.concurrent.Executor;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Finds the container's default managed executor, which carries the caller's security and naming context. */
final class ManagedExecutors {

    static final String DEFAULT = "java:comp/DefaultManagedExecutorService";
    static final String DEFAULT_SCHEDULED = "java:comp/DefaultManagedScheduledExecutorService";

    private ManagedExecutors() {
    }

    /** The default managed executor, or {@code null} where there is none (Tomcat): then the async context's own. */
    static Executor lookup() {
        try {
            return (Executor) new InitialContext().lookup(DEFAULT);
        } catch (NamingException | ClassCastException | NoClassDefFoundError e) {
            return null;
        }
    }

    /**
     * The default managed scheduled executor, for the keep-alive comments of event streams; {@code null} where there
     * is none (Tomcat).
     */
    static java.util.concurrent.ScheduledExecutorService scheduler() {
        try {
            return (java.util.concurrent.ScheduledExecutorService) new InitialContext().lookup(DEFAULT_SCHEDULED);
        } catch (NamingException | ClassCastException | NoClassDefFoundError e) {
            return null;
        }
    }
}
