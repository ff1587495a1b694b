package dev.jeemcp.mcp.internal;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpToolException;
import dev.jeemcp.mcp.McpUnavailableException;
import java.util.concurrent.CancellationException;

/**
 * Sorts a failure of a tool, prompt, resource, completion, task or request into what the client is told, the same
 * way for every feature and the servlet, so that "is the database unreachable" is decided once per failure. Each
 * caller then renders the kind its own way: a tool's business failure is an {@code isError} result, a prompt's is
 * {@code -32602}.
 */
public final class Failures {

    private static final System.Logger LOG = System.getLogger(Failures.class.getName());
    private static final int MAX_CAUSES = 32;

    /** What a failure is, as the client sees it. */
    public enum Kind {
        /** An {@link McpToolException} or an Enterprise Beans {@code @ApplicationException}: the application's own words for the client. */
        BUSINESS,
        /** An {@link McpProtocolException}: answered as the JSON-RPC error it carries. */
        PROTOCOL,
        /** An {@link InputRequired}: no failure but a request for input, which the round trip or the task answers. */
        INPUT,
        /** A {@link CancellationException}: the client left, or the call outlived its maximum. */
        CANCELLED,
        /**
         * An {@link McpUnavailableException}, or a failure caused by a resource that cannot be reached
         * ({@link UnreachableResource}): 503, retry later; nothing about the request was wrong.
         */
        UNAVAILABLE,
        /**
         * The container refused the call for lack of a role ({@code EJBAccessException}): answered exactly as a
         * feature the caller may not see.
         */
        DENIED,
        /** Anything else: a defect, logged, and answered without a word of its message. */
        BUG
    }

    private Failures() {
    }

    /**
     * The kind of a failure. A cancellation is one whatever caused it; otherwise an unreachable resource wins over
     * the exception that wraps it. An Enterprise Beans container's {@code EJBException} around a system exception
     * is looked through: the failure is what the method threw ({@link #unwrap}).
     */
    public static Kind classify(Throwable thrown) {
        return classifyUnwrapped(unwrap(thrown));
    }

    /** {@link #classify} of a failure {@link #unwrap} has looked through already. */
    private static Kind classifyUnwrapped(Throwable failure) {
        if (EnterpriseBeanFailures.isAccessDenied(failure)) {
            return Kind.DENIED;
        }
        if (failure instanceof InputRequired) {
            return Kind.INPUT;
        }
        if (failure instanceof McpUnavailableException) {
            return Kind.UNAVAILABLE;
        }
        if (failure instanceof McpProtocolException) {
            return Kind.PROTOCOL;
        }
        if (failure instanceof CancellationException) {
            return Kind.CANCELLED; // the client left: nobody reads the answer, whatever caused it
        }
        if (UnreachableResource.isCauseOf(failure)) {
            return Kind.UNAVAILABLE;
        }
        if (failure instanceof McpToolException || EnterpriseBeanFailures.isApplicationException(failure)) {
            return Kind.BUSINESS;
        }
        return Kind.BUG;
    }

    /**
     * The exception the feature's method threw, without the container's wrappers around it: an {@code EJBException}
     * that carries a system exception is looked through, as its cause is the method's own failure. Callers that
     * read the failure's message or type after {@link #classify} read it from here.
     */
    public static Throwable unwrap(Throwable thrown) {
        return EnterpriseBeanFailures.unwrap(thrown);
    }

    /**
     * Lets the protocol layer answer what is not the feature's own failure: a request for input, a protocol error,
     * an unreachable resource (as {@link #unavailable}), and a call the container refused ({@link FeatureDenied}).
     *
     * @param what names the feature in the log, such as {@code Tool quote}
     * @return the kind of any other failure: {@code BUSINESS}, {@code CANCELLED} or {@code BUG}
     */
    public static Kind rethrowProtocolFaults(Throwable thrown, String what) {
        Throwable failure = unwrap(thrown);
        Kind kind = classifyUnwrapped(failure); // unwrapped once, here
        switch (kind) {
            case INPUT, PROTOCOL -> throw (RuntimeException) failure;
            case DENIED -> {
                // Kept from the client, which is answered as for a hidden feature; the operator sees who was refused.
                LOG.log(System.Logger.Level.INFO, what + ": the container refused the call: " + failure);
                throw new FeatureDenied();
            }
            case UNAVAILABLE -> throw unavailable(failure, what);
            default -> {
                return kind;
            }
        }
    }

    /**
     * The 503 answer to an {@code UNAVAILABLE} failure: the failure itself when the application threw one, else the
     * standard one, after a single log line (not a stack trace per call while the database is down).
     *
     * @param what names the failing call in the log, such as {@code Tool quote}
     */
    public static McpUnavailableException unavailable(Throwable failure, String what) {
        if (failure instanceof McpUnavailableException thrown) {
            return thrown;
        }
        LOG.log(System.Logger.Level.WARNING, what + " could not reach a resource: " + rootCause(failure));
        return new McpUnavailableException();
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
        }
        return root.toString();
    }
}
