package dev.jeemcp.mcp;

import jakarta.json.Json;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The server cannot answer now because something it depends on, usually the database, cannot be reached; the same
 * request is likely to succeed when retried. It is answered with HTTP 503, a {@code Retry-After} header and the
 * JSON-RPC error {@code -32603} whose {@code data} says {@code "retryable": true}, so that a client or a load balancer
 * can tell "try again" from "this request is wrong".
 *
 * <p>The library throws it when a tool, prompt or resource fails because of an unreachable resource (see
 * {@link #isUnreachableResource(Throwable)}), instead of reporting a failure of the tool: nothing about the request
 * was wrong, and the transaction has rolled back, so nothing was half-written. An application may throw it too, for
 * a downstream service that is down.
 */
public class McpUnavailableException extends McpProtocolException {

    private static final long serialVersionUID = 1L;

    /** The seconds a client should wait before it retries, sent as {@code Retry-After}. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private static final int MAX_CAUSES = 32;

    /** With the standard message, which names no resource: the client needs to know when, not what. */
    public McpUnavailableException() {
        this("Service temporarily unavailable; retry the request");
    }

    /** @param message the error message sent to the client */
    public McpUnavailableException(String message) {
        super(McpErrorCodes.INTERNAL_ERROR, message, Json.createObjectBuilder().add("retryable", true).build());
    }

    /**
     * Whether a failure was caused by a resource that cannot be reached, rather than by the request or a bug: a
     * JDBC connection that failed or could not be opened (SQLState class {@code 08}, PostgreSQL's shutdown and
     * start-up states {@code 57P01} to {@code 57P03}, or the JDBC connection exception types), or a connection pool
     * that could not allocate one. Causes, suppressed and chained SQL exceptions are all searched.
     */
    public static boolean isUnreachableResource(Throwable failure) {
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
                || t instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        // By name: the Connectors API is absent from servlet containers such as Tomcat.
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("jakarta.resource.spi.ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }
}
