package dev.jeemcp.mcp.cdi.internal.audit;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.internal.FeatureDenied;
import dev.jeemcp.mcp.internal.Failures;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/**
 * One call being audited: what was known when it started, waiting for its outcome. The first outcome recorded wins;
 * later ones are ignored, so a path that records and then rethrows is audited once. {@link #NONE} records nothing and
 * costs nothing: the call every feature makes when nobody listens.
 */
public final class AuditCall {

    /** The call of a trail nobody listens to. */
    public static final AuditCall NONE = new AuditCall(null, null, 0, null);

    private final Auditor auditor;
    private final McpAuditEvent started;
    private final long startNanos;
    private final Instant timestamp;
    private boolean ended;

    AuditCall(Auditor auditor, McpAuditEvent started, long startNanos, Instant timestamp) {
        this.auditor = auditor;
        this.started = started;
        this.startNanos = startNanos;
        this.timestamp = timestamp;
    }

    /** Records a call that answered with this result: {@code SUCCESS}, or {@code ERROR_RESULT} when it is an {@code isError} one. */
    public JsonObject answered(JsonObject result) {
        return ended(result.getBoolean("isError", false) ? Outcome.ERROR_RESULT : Outcome.SUCCESS, result);
    }

    /** Records the outcome and hands the result back. */
    public JsonObject ended(Outcome outcome, JsonObject result) {
        end(outcome);
        return result;
    }

    /** Records a call that ended by throwing, classified as the client is answered, and hands the failure back to rethrow. */
    public RuntimeException threw(RuntimeException failure) {
        end(outcomeOf(failure));
        return failure;
    }

    /**
     * Records a call a rate limit refused, and hands the refusal back to rethrow: to observers always, and to the
     * {@code MCP_AUDIT} sink only when it is {@code news} (the first refusal of its window here), so that a flood of
     * refused calls writes nothing to the database.
     */
    public RuntimeException rateLimited(RuntimeException refusal, boolean news) {
        end(Outcome.RATE_LIMITED, news);
        return refusal;
    }

    /** Records the outcome, unless one was recorded already. */
    public void end(Outcome outcome) {
        end(outcome, true);
    }

    private synchronized void end(Outcome outcome, boolean row) {
        if (auditor == null || ended) {
            return;
        }
        ended = true;
        McpAuditEvent event = new McpAuditEvent(timestamp, started.principal(), started.tenant(), started.feature(), started.name(),
                outcome, Duration.ofNanos(System.nanoTime() - startNanos), started.requestId(), started.argumentsDigest(),
                started.arguments());
        auditor.fire(event, row);
    }

    /** What a failure that escapes a feature means for the audit trail. */
    static Outcome outcomeOf(Throwable thrown) {
        if (thrown instanceof FeatureDenied) {
            return Outcome.REFUSED;
        }
        Throwable failure = Failures.unwrap(thrown);
        if (failure instanceof McpRateLimitedException) {
            return Outcome.RATE_LIMITED; // the library's limits, or a quota of the application's own
        }
        return switch (Failures.classify(failure)) {
            case DENIED -> Outcome.REFUSED;
            case INPUT -> Outcome.INPUT_REQUIRED;
            case CANCELLED -> Outcome.CANCELLED;
            case BUSINESS -> Outcome.ERROR_RESULT;
            // A prompt's or resource's refusal of its arguments, in the application's words, is -32602.
            case PROTOCOL -> ((McpProtocolException) failure).code() == McpErrorCodes.INVALID_PARAMS ? Outcome.ERROR_RESULT : Outcome.FAILED;
            case UNAVAILABLE, BUG -> Outcome.FAILED;
        };
    }
}
