package dev.jeemcp.mcp;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What happened to one tool call, prompt get, resource read or task transition, fired as a synchronous CDI event so
 * that the application can keep an audit trail: {@code void audit(@Observes McpAuditEvent event)}.
 *
 * <p>When it is fired: once per call, after the library knows its {@linkplain Outcome outcome} (the method returned
 * or threw, its result was converted), on the thread that made the call (for a tool that answers later, the thread
 * that completed its stage); once per task transition, after the task's row changed. A tool with {@code @Transactional} (or an Enterprise Bean with container-managed transactions) has
 * committed or rolled back by then: a call whose transaction rolled back because the method threw is never
 * {@link Outcome#SUCCESS}. When no observer exists and the {@code MCP_AUDIT} sink is off ({@code mcp.audit.sink}),
 * checked once on the first call, no event is built at all. An observer runs in whatever transaction is active on
 * that thread, usually none: see {@code docs/operations/audit.md} for what a record means.
 *
 * <p>What it carries: never argument values, unless the application sets {@code mcp.audit.arguments=true}, and even
 * then never those of a parameter marked {@link McpParam#sensitive()}. The {@link #argumentsDigest()} tells calls with
 * the same arguments apart without showing them: an HMAC-SHA256 under a secret key ({@code mcp.audit.digestKey}, else
 * one derived from the {@code requestState} key, else a random key of the deployment), so that nobody without the key
 * can find a low-entropy value (a policy number) by trying every one. Digests compare only under one key.
 *
 * <p>The canonical form of arguments, which the digest authenticates as UTF-8: the JSON object with its members sorted by
 * name (by UTF-16 code units) at every depth, no whitespace, strings with only the quote, the backslash and control
 * characters escaped (as <code>&#92;"</code>, <code>&#92;&#92;</code> and <code>&#92;u00xx</code>, lower-case hex), numbers as their exact decimal
 * text ({@code java.math.BigDecimal.toString()}). A prompt's or resource's string arguments are such an object too.
 *
 * <p>A refusal ({@link Outcome#REFUSED}) is recorded for a feature that exists but is hidden from the caller, or that
 * the container refused; a name that matches no feature is not recorded. A refusal is fired after the client was
 * answered, on another thread (a bounded queue, which drops with a counted warning when full), so that how long the
 * answer takes cannot tell a hidden feature from a missing one.
 *
 * <p>An observer that throws is logged and ignored: the call's answer stands (its work is done by then).
 *
 * @param timestamp when the call started, or when the task changed
 * @param principal the caller's principal name (for a task, its owner's), or {@code null} for an anonymous caller
 * @param tenant the caller's tenant, or {@code null} when it could not be resolved
 * @param feature what was called
 * @param name the tool or prompt name, the resource's URI or URI template (never the URI read, which may carry values),
 *     or for a task the tool it runs
 * @param outcome how it ended
 * @param duration how long the call took; zero for a task transition other than the end of a run
 * @param requestId the JSON-RPC id of the request, as text; for a task transition the task id
 * @param argumentsDigest lower-case hex HMAC-SHA256, under the audit's key, of the arguments in canonical form,
 *     sensitive parameters left out; {@code null} for a refusal and a task transition
 * @param arguments the arguments as JSON text, sensitive parameters left out; {@code null} unless
 *     {@code mcp.audit.arguments=true}
 */
public record McpAuditEvent(Instant timestamp, String principal, String tenant, Feature feature, String name, Outcome outcome,
        Duration duration, String requestId, String argumentsDigest, String arguments) {

    /** What kind of feature an event is about. */
    public enum Feature {
        /** A {@code tools/call} answered at once or later. */
        TOOL,
        /** A {@code prompts/get}. */
        PROMPT,
        /** A {@code resources/read}. */
        RESOURCE,
        /** A task's change of status. */
        TASK
    }

    /** How a call ended, or what a task became. */
    public enum Outcome {
        /** The call answered normally. */
        SUCCESS,
        /** A tool answered with an {@code isError} result of its own ({@link McpToolException}), or a prompt or resource refused its arguments. */
        ERROR_RESULT,
        /**
         * The arguments broke the schema or a constraint, or named a handle that is missing, foreign or expired: the
         * method never ran (or its own method validation refused them).
         */
        INVALID_ARGUMENTS,
        /**
         * The feature is hidden from the caller, or the container refused the call for lack of a role: the client was
         * answered as for an unknown name. Delivered after the answer, off the thread that served it.
         */
        REFUSED,
        /**
         * A rate limit refused the call (HTTP 429), before the method ran. Observers get every refusal; the
         * {@code MCP_AUDIT} sink keeps one row per limit window on an instance (the news that the limit was reached).
         */
        RATE_LIMITED,
        /** A tool asked the client for input; for a task, it now waits for input. */
        INPUT_REQUIRED,
        /** A defect, an unreachable resource or a protocol error: the call did not do its work; for a task, it failed. */
        FAILED,
        /** The client cancelled the call or the task. */
        CANCELLED,
        /** A task was created. */
        CREATED,
        /** A task works again, after its input arrived. */
        WORKING,
        /** A task completed with its result (which may itself be an {@code isError} result). */
        COMPLETED
    }

    /**
     * Checks what every event has.
     *
     * @throws NullPointerException when timestamp, feature, name, outcome or duration is {@code null}
     */
    public McpAuditEvent {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
    }
}
