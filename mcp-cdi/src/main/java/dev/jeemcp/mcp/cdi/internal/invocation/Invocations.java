package dev.jeemcp.mcp.cdi.internal.invocation;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.internal.Failures;
import java.lang.reflect.InvocationTargetException;

/**
 * Calls a prompt, resource or completion method and maps its failures onto the protocol: unlike a tool, these have
 * no error result, so a failure is a JSON-RPC error whose message is safe to send: {@code -32602} with the
 * message of an {@code McpToolException}, {@code -32603} (500) naming only the feature for anything else.
 */
public final class Invocations {

    private static final System.Logger LOG = System.getLogger(Invocations.class.getName());

    private Invocations() {
    }

    /**
     * @param what names the feature to the client, such as {@code Prompt greet}
     * @param javaName names the method, for the log only
     */
    public static Object call(MethodInvoker invoker, Object[] arguments, String what, String javaName) {
        try {
            return invoker.invoke(arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = Failures.unwrap(e.getCause()); // without an EJBException around it
            if (Failures.rethrowProtocolFaults(cause, what) == Failures.Kind.BUSINESS) {
                // The method refused the request as given, in words meant for the client (a handle that does not
                // exist, has expired or changed included): what the spec answers for a prompt or resource that
                // cannot be produced from its arguments or URI, -32602, not a server fault.
                throw McpProtocolException.invalidParams(cause.getMessage());
            }
            LOG.log(System.Logger.Level.WARNING, what + " (" + javaName + ") failed", cause);
            throw new McpProtocolException(McpErrorCodes.INTERNAL_ERROR, what + " failed. The details are in the server log.", null);
        }
    }
}
