package dev.jeemcp.mcp.internal;

/**
 * The container refused a feature's call for lack of a role (an {@code EJBAccessException}), where the library's own
 * access rule had let it through: the endpoint answers exactly as for a feature that is hidden from the caller, so a
 * refusal tells nothing a hidden feature would not. Thrown by {@link Failures#rethrowProtocolFaults} and caught by the
 * handler that knows the feature's "unknown" answer. It carries no message and no stack trace.
 */
public final class FeatureDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FeatureDenied() {
        super(null, null, false, false);
    }
}
