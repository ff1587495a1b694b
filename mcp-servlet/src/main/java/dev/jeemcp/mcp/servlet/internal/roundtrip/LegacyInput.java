package dev.jeemcp.mcp.servlet.internal.roundtrip;

import static dev.jeemcp.mcp.McpErrorCodes.INTERNAL_ERROR;
import static dev.jeemcp.mcp.McpErrorCodes.METHOD_NOT_FOUND;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.McpToolException;
import dev.jeemcp.mcp.internal.InputCapabilities;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcResponse;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings.InputSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.ClientChannel;
import dev.jeemcp.mcp.servlet.internal.request.Notifications;
import dev.jeemcp.mcp.spi.InputAnswers;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Input for a 2025-era client, which cannot retry with {@code inputResponses}: the server sends each input request as
 * a request of its own ({@code elicitation/create}, {@code sampling/createMessage}) on the stream of the call, and
 * waits for the answers, which the client POSTs as JSON-RPC responses to any instance ({@link #deliver}). They meet in
 * the {@link InputAnswers} store, scoped to the caller.
 *
 * <p>A sessionless server does not know what the client declared in {@code initialize}, so it asks anyway; a client
 * without a handler answers {@code -32601}, which ends the call with {@code -32021}; any other error reaches the tool
 * as {@code {"action":"decline"}}. Each waiting call holds its container thread: at most {@code mcp.input.maxWaiting}
 * wait on one instance, at most {@code mcp.input.maxWaitingPerCaller} of them per caller (tenant and name), and a call
 * waits at most one deadline in all its rounds. A client that cancels its call ({@code notifications/cancelled}, on
 * any instance, {@link #cancelled}) ends the wait without a response and the tool is not called again. Every id is 256
 * random bits, recorded for the caller who was asked, so an answer is accepted only from that caller, once, before
 * it expires.
 */
public final class LegacyInput {

    /** What every id of a server request starts with; the rest is 43 base64url characters. */
    static final String ID_PREFIX = "jeemcp-in-";
    private static final int ID_LENGTH = ID_PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonObject DECLINED = JsonIo.object().add("action", "decline").build();

    /** How {@link #deliver} ended, which the servlet turns into its status. */
    public enum Delivery {
        /** Stored for the instance that waits: 202. */
        STORED,
        /** Unknown, expired, another caller's or answered already, all alike: 400, saying which of them would leak. */
        REFUSED,
        /** Larger than {@code mcp.input.maxAnswerBytes}: 413. */
        TOO_LARGE
    }

    /** How long a refused caller is told to wait before it tries again. */
    private static final long RETRY_AFTER_MS = 1_000;
    /** The notification a client sends to cancel its call, and the server to withdraw a request it timed out. */
    public static final String CANCELLED = "notifications/cancelled";
    private static final System.Logger LOG = System.getLogger(LegacyInput.class.getName());

    private final InputAnswers answers;
    /** The caller's tenant, in the store's form: with the name, the caller this instance counts. */
    private final Function<McpRequest, Optional<String>> tenants;
    private final AnswerArrivals arrivals;
    private final InputSettings limits;
    private final long callBudgetMs;
    private final Clock clock;
    /** Calls of this instance waiting for answers: each holds a container thread. */
    private final Semaphore waiting;
    /**
     * Requests this instance has open per caller (tenant and name, as the store keys rows), checked before the store's
     * count so that a burst on one instance cannot pass it by racing; at most one key per waiting call, so bounded by
     * {@code mcp.input.maxWaiting}.
     */
    private final ConcurrentHashMap<String, Integer> openHere = new ConcurrentHashMap<>();
    /** Calls waiting here per caller, keyed as {@link #openHere}: at most {@code mcp.input.maxWaitingPerCaller} each. */
    private final ConcurrentHashMap<String, Integer> waitingHere = new ConcurrentHashMap<>();

    /**
     * @param maxStreamMs {@code mcp.streamMaxDurationMs}: no call waits longer in all, whatever its rounds
     */
    public LegacyInput(InputAnswers answers, Function<McpRequest, Optional<String>> tenants, InputSettings limits, long maxStreamMs) {
        this(answers, tenants, new PollingArrivals(answers), limits, maxStreamMs, Clock.systemUTC());
    }

    LegacyInput(InputAnswers answers, Function<McpRequest, Optional<String>> tenants, AnswerArrivals arrivals,
            InputSettings limits, long maxStreamMs, Clock clock) {
        this.answers = answers;
        this.tenants = tenants;
        this.arrivals = arrivals;
        this.limits = limits;
        this.callBudgetMs = Math.min(limits.answerTimeoutMs(), maxStreamMs);
        this.clock = clock;
        this.waiting = new Semaphore(limits.maxWaiting());
    }

    int maxRounds() {
        return limits.maxRounds();
    }

    /**
     * The one deadline of a call, as a {@link System#nanoTime()}, shared by all its rounds: {@code
     * mcp.input.answerTimeoutMs}, at most {@code mcp.streamMaxDurationMs}, from now.
     */
    long deadline() {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(callBudgetMs); // toNanos saturates; the budget is capped
    }

    /**
     * Sends the input requests on the call's stream and waits for all answers, until the call's deadline.
     *
     * @return the answers by the tool's keys, as {@code inputResponses} would carry them
     * @throws McpProtocolException {@code -32021} when this client cannot be asked (too old a revision, no store,
     *     an anonymous caller without an anonymous tenant), a retryable {@link McpRateLimitedException} when too many
     *     calls wait here, or the caller's calls, or the caller has too many requests open, "Request timed out" when an
     *     answer does not come in time, and an error that is not retryable for a round without requests or with more
     *     than a caller may ever have open
     * @throws CancellationException when the client leaves meanwhile, or cancels the call
     */
    JsonObject ask(InputRequired input, CallContext context, long deadline) {
        int size = input.inputRequests().size();
        if (size == 0) {
            throw new McpProtocolException(INTERNAL_ERROR, "The tool asked for input without any input request", null);
        }
        if (size > limits.maxPendingPerCaller()) {
            // Asking again would ask as many again: not a refusal to retry.
            throw new McpProtocolException(INTERNAL_ERROR, "The tool asked more questions at once than this server allows", null);
        }
        askable(input, context);
        if (deadline - System.nanoTime() <= 0) {
            throw timedOut(); // a later round after the call's time is up: nothing is sent
        }
        // Anonymous callers are one owner where the store keeps them (mcp.anonymousTenant); elsewhere record() refuses.
        String caller = callerKey(context);
        if (!count(waitingHere, caller, 1, limits.maxWaitingPerCaller())) {
            throw new McpRateLimitedException("Too many of your calls are waiting for your answers on this server; answer"
                    + " those first", RETRY_AFTER_MS);
        }
        if (!waiting.tryAcquire()) {
            uncount(waitingHere, caller, 1);
            throw new McpRateLimitedException("Too many requests are waiting for their clients' answers on this server;"
                    + " retry the request", RETRY_AFTER_MS);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        boolean counted = false;
        try {
            if (!count(openHere, caller, size, limits.maxPendingPerCaller())) {
                throw tooManyOpen();
            }
            counted = true;
            ClientChannel channel = context.channel();
            String callId = digest(channel.callId());
            long leftMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            var expiresAt = clock.instant().plusMillis(leftMs);
            // Every request is recorded before the first is sent: one over the limit sends none.
            for (var key : input.inputRequests().keySet()) {
                String id = newId();
                if (!record(input, id, callId, expiresAt)) {
                    throw tooManyOpen();
                }
                ids.put(key, id);
            }
            ids.forEach((key, id) -> channel.send(request(id, input.inputRequests().get(key), context.protocolVersion())));
            var responses = JsonIo.object();
            for (var entry : ids.entrySet()) {
                Optional<String> answer = arrivals.await(entry.getValue(), deadline, channel);
                if (answer.isEmpty()) {
                    cancel(ids, responses.build(), channel, "timed out");
                    throw timedOut();
                }
                if (InputAnswers.CANCELLED.equals(answer.get())) {
                    // The client gave up on the call: it expects no response, and the tool is not called again. Its
                    // host may still show the questions (a form the user could confirm): they are withdrawn first.
                    cancel(ids, responses.build(), channel, "the client cancelled the call");
                    channel.cancelledByClient();
                    throw new CancellationException("the client cancelled the call");
                }
                responses.add(entry.getKey(), asToolSeesIt(answer.get(), input, entry.getKey()));
            }
            return responses.build();
        } finally {
            // A client that leaves interrupts this thread; a connection pool refuses an interrupted thread (WildFly's
            // does), so the rows are deleted with the flag cleared, and the flag is restored after. The interrupt may
            // come after the wait ended, while a row is deleted: that row is deleted once more, with the flag cleared.
            boolean interrupted = false;
            try {
                for (String id : ids.values()) {
                    interrupted |= Thread.interrupted();
                    if (!forget(id) && Thread.interrupted()) {
                        interrupted = true;
                        forget(id);
                    }
                }
                if (counted) {
                    uncount(openHere, caller, size);
                }
            } finally {
                waiting.release();
                uncount(waitingHere, caller, 1);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * A client cancelled one of its calls ({@code notifications/cancelled}, on whichever instance): the call's open
     * requests read as cancelled, and the instance that waits for them ends it. Only the caller's own calls, and only
     * rows that exist, are touched: nothing is stored for an unknown id.
     */
    public void cancelled(JsonValue requestId) {
        if (requestId instanceof JsonString || requestId instanceof jakarta.json.JsonNumber) {
            try {
                answers.cancel(digest(requestId));
            } catch (McpToolException e) {
                // a caller the store keeps nothing for was never asked
            }
        }
    }

    /**
     * Whose requests these are, as the store scopes them: the tenant and the name. A tenant that cannot be resolved
     * counts as none; the store then refuses the caller anyway.
     */
    private String callerKey(CallContext context) {
        String tenant;
        try {
            tenant = tenants.apply(context).orElse("");
        } catch (RuntimeException e) {
            tenant = "";
        }
        return tenant + '\u0000' + context.caller().map(Principal::getName).orElse("");
    }

    /**
     * The SHA-256 of a call's JSON-RPC id as JSON text ({@code 7} and {@code "7"} are different ids), base64url: any
     * id fits the column, and none is stored as the client sent it.
     */
    static String digest(JsonValue callId) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(callId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Refuses, with {@code -32021} as a fresh call of such a client got before, what cannot be asked on the stream: an
     * elicitation the client's revision does not know (none before 2025-06-18, URL mode before 2025-11-25), a sampling
     * request offering the model tools before 2025-11-25 (SEP-1577 added {@code tools} and {@code toolChoice}; a request
     * without a version header is taken to speak 2025-03-26). An anonymous caller is asked only where the store keeps
     * rows for it, which is where the application opted into one shared anonymous tenant ({@code mcp.anonymousTenant}):
     * there all anonymous callers are one owner, as they are for handles.
     */
    private static void askable(InputRequired input, CallContext context) {
        String version = context.protocolVersion() == null ? Wire.Version.ASSUMED_WITHOUT_HEADER : context.protocolVersion();
        for (JsonObject request : input.inputRequests().values()) {
            if ("sampling/createMessage".equals(request.getString("method")) && !Wire.Version.knowsSamplingTools(version)
                    && (request.getJsonObject("params").containsKey("tools") || request.getJsonObject("params").containsKey("toolChoice"))) {
                // Dropping them would ask the model another question than the tool asked.
                throw InputCapabilities.required("The client's protocol revision cannot answer this request",
                        InputCapabilities.missing(input, JsonValue.EMPTY_JSON_OBJECT));
            }
            if ("elicitation/create".equals(request.getString("method"))) {
                boolean url = "url".equals(request.getJsonObject("params").getString("mode", "form"));
                if (!Wire.Version.knowsElicitation(version) || url && !Wire.Version.namesElicitationModes(version)) {
                    throw InputCapabilities.required("The client's protocol revision cannot answer this request",
                            InputCapabilities.missing(input, JsonValue.EMPTY_JSON_OBJECT));
                }
            }
        }
    }

    /** Adds {@code size} to the caller's count; {@code false}, counting nothing, when it would pass {@code max}. */
    private static boolean count(ConcurrentHashMap<String, Integer> counts, String caller, int size, int max) {
        boolean[] admitted = {false};
        counts.compute(caller, (name, open) -> {
            int now = open == null ? 0 : open;
            if (now + size > max) {
                return open;
            }
            admitted[0] = true;
            return now + size;
        });
        return admitted[0];
    }

    /** Takes {@code size} off the caller's count; a count that reaches zero leaves the map. */
    private static void uncount(ConcurrentHashMap<String, Integer> counts, String caller, int size) {
        counts.computeIfPresent(caller, (name, open) -> open <= size ? null : open - size);
    }

    private static McpProtocolException timedOut() {
        return new McpProtocolException(INTERNAL_ERROR, "Request timed out: no answer to the server's request came in time", null);
    }

    private static McpRateLimitedException tooManyOpen() {
        return new McpRateLimitedException("Too many requests of this server await your answer; answer those first", RETRY_AFTER_MS);
    }

    /**
     * Records a request for the caller. A caller the store keeps nothing for (one without a tenant), or a store
     * without its table, cannot be asked: it gets {@code -32021}, as every 2025-era client did before.
     */
    private boolean record(InputRequired input, String id, String callId, java.time.Instant expiresAt) {
        try {
            return answers.asked(id, callId, expiresAt, limits.maxPendingPerCaller());
        } catch (McpToolException e) {
            throw InputCapabilities.required("The client lacks a capability this request needs",
                    InputCapabilities.missing(input, JsonValue.EMPTY_JSON_OBJECT));
        }
    }

    /**
     * Stores a client's answer for the instance that waits for it. Ids this server cannot have made are refused
     * without asking the store.
     */
    public Delivery deliver(JsonRpcResponse response) {
        if (!(response.id() instanceof JsonString id) || id.getString().length() != ID_LENGTH || !id.getString().startsWith(ID_PREFIX)) {
            return Delivery.REFUSED;
        }
        String answer = JsonIo.write(response.answer());
        if (answer.getBytes(StandardCharsets.UTF_8).length > limits.maxAnswerBytes()) {
            return Delivery.TOO_LARGE;
        }
        try {
            return answers.answered(id.getString(), answer) ? Delivery.STORED : Delivery.REFUSED;
        } catch (McpToolException e) {
            return Delivery.REFUSED; // a caller the store keeps nothing for was never asked
        }
    }

    private static String newId() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return ID_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The JSON-RPC request for one input request; a revision before 2025-11-25 knows no elicitation {@code mode}. */
    private static JsonObject request(String id, JsonObject inputRequest, String version) {
        String method = inputRequest.getString("method");
        JsonObject params = inputRequest.getJsonObject("params");
        if ("elicitation/create".equals(method) && !Wire.Version.namesElicitationModes(version) && params.containsKey("mode")) {
            params = JsonIo.PROVIDER.createObjectBuilder(params).remove("mode").build();
        }
        return JsonIo.object().add("jsonrpc", "2.0").add("id", id).add("method", method).add("params", params).build();
    }

    /**
     * A result as it is. A client without a handler for the method ({@code -32601}) ends the call with {@code -32021},
     * as a fresh call that needs what the client lacks does; any other error, or anything else, reaches the tool as a
     * declined request ({@code {"action":"decline"}}, for sampling too). The client's error code is logged, never its
     * message or data.
     */
    private static JsonObject asToolSeesIt(String stored, InputRequired input, String key) {
        JsonValue answer = JsonIo.parse(stored);
        if (answer instanceof JsonObject object && object.get("result") instanceof JsonObject result) {
            return result;
        }
        int code = answer instanceof JsonObject object && object.get("error") instanceof JsonObject error
                && error.get("code") instanceof jakarta.json.JsonNumber number ? number.intValue() : 0;
        LOG.log(System.Logger.Level.INFO, "A client answered a request of this server with error " + code);
        if (code == METHOD_NOT_FOUND) {
            throw InputCapabilities.required("The client lacks a capability this request needs",
                    InputCapabilities.missing(input, JsonValue.EMPTY_JSON_OBJECT));
        }
        return DECLINED;
    }

    /** Tells the client, if it is still there, that the requests it did not answer are no longer wanted. */
    private static void cancel(Map<String, String> ids, JsonObject answered, ClientChannel channel, String reason) {
        ids.forEach((key, id) -> {
            if (!answered.containsKey(key)) {
                try {
                    channel.send(Notifications.notification(CANCELLED,
                            JsonIo.object().add("requestId", id).add("reason", reason).build()));
                } catch (CancellationException e) {
                    // nobody to tell
                }
            }
        });
    }

    /** Whether the row is deleted; one left behind when the store fails here expires and is purged with the others. */
    private boolean forget(String id) {
        try {
            answers.forget(id);
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Input request left to expire: " + e);
            return false;
        }
    }
}
