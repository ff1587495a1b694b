package dev.jeemcp.mcp.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means "retry later" (HTTP 503, an {@code McpUnavailableException}) rather than "this request is
 * wrong" or "a bug". Only {@link Failures#classify} asks, once per failure.
 */
public final class UnreachableResource {

    private static final int MAX_CAUSES = 32;

    private UnreachableResource() {
    }

    /**
     * Whether a failure was caused by a resource that cannot be reached, rather than by the request or a bug: a
     * JDBC connection that failed or could not be opened (SQLState class {@code 08}, PostgreSQL's shutdown and
     * start-up states {@code 57P01} to {@code 57P03}, or the JDBC connection exception types), or a connection pool
     * that could not allocate one. The causes are searched, and the exceptions chained to an {@code SQLException}
     * ({@code getNextException}); suppressed exceptions are not.
     */
    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return search(failure, seen);
    }

    private static boolean search(Throwable failure, Set<Throwable> seen) {
        for (Throwable t = failure; t != null && seen.size() < MAX_CAUSES && seen.add(t); t = t.getCause()) {
            if (isConnectionFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && search(sql.getNextException(), seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        // By name: the Connectors API is absent from servlet containers such as Tomcat.
        return ClassNames.isA(t, "jakarta.resource.spi.ResourceAllocationException");
    }
}
