package dev.jeemcp.mcp.servlet.internal;

import java.util.concurrent.Executor;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Finds the container's default managed executor, which carries the caller's security and naming context. */
final class ManagedExecutors {

    static final String DEFAULT = "java:comp/DefaultManagedExecutorService";

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
}
