package dev.jeemcp.mcp.servlet.internal.roundtrip;

import static dev.jeemcp.mcp.McpErrorCodes.INTERNAL_ERROR;
import static dev.jeemcp.mcp.McpErrorCodes.INVALID_REQUEST;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpToolException;
import dev.jeemcp.mcp.internal.InputCapabilities;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcResponse;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings.InputSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.ClientChannel;
import dev.jeemcp.mcp.spi.InputAnswers;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Input for a 2025-era client, which cannot retry with {@code inputResponses}: the server sends each input request as
 * a request of its own ({@code elicitation/create}, {@code sampling/createMessage}) on the stream of the call, and
 * waits for the answers, which the client POSTs as JSON-RPC responses to any instance ({@link #deliver}). They meet in
 * the {@link InputAnswers} store, scoped to the caller.
 *
 * <p>A sessionless server does not know what the client declared in {@code initialize}, so it asks anyway; a client
 * without the capability answers with an error, which the tool sees as {@code {"action":"decline"}}. Every id is 256
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

    private final InputAnswers answers;
    private final AnswerArrivals arrivals;
    private final InputSettings limits;
    private final Clock clock;

    public LegacyInput(InputAnswers answers, InputSettings limits) {
        this(answers, new PollingArrivals(answers), limits, Clock.systemUTC());
    }

    LegacyInput(InputAnswers answers, AnswerArrivals arrivals, InputSettings limits, Clock clock) {
        this.answers = answers;
        this.arrivals = arrivals;
        this.limits = limits;
        this.clock = clock;
    }

    int maxRounds() {
        return limits.maxRounds();
    }

    /**
     * Sends the input requests on the call's stream and waits for all answers.
     *
     * @return the answers by the tool's keys, as {@code inputResponses} would carry them
     * @throws McpProtocolException when the caller has too many requests open, or an answer does not come in time
     * @throws CancellationException when the client leaves meanwhile
     */
    JsonObject ask(InputRequired input, CallContext context) {
        ClientChannel channel = context.channel();
        long deadline = System.nanoTime() + limits.answerTimeoutMs() * 1_000_000;
        var expiresAt = clock.instant().plusMillis(limits.answerTimeoutMs());
        Map<String, String> ids = new LinkedHashMap<>();
        try {
            for (var entry : input.inputRequests().entrySet()) {
                String id = newId();
                if (!record(input, id, expiresAt)) {
                    throw new McpProtocolException(INVALID_REQUEST,
                            "Too many requests of this server await your answer; answer those first", null);
                }
                ids.put(entry.getKey(), id);
                channel.send(request(id, entry.getValue(), context.protocolVersion()));
            }
            var responses = JsonIo.object();
            for (var entry : ids.entrySet()) {
                Optional<String> answer = arrivals.await(entry.getValue(), deadline, channel);
                if (answer.isEmpty()) {
                    cancel(ids, responses.build(), channel);
                    throw new McpProtocolException(INTERNAL_ERROR, "Request timed out: no answer to the server's request came in time", null);
                }
                responses.add(entry.getKey(), asToolSeesIt(answer.get()));
            }
            return responses.build();
        } finally {
            ids.values().forEach(this::forget);
        }
    }

    /**
     * Records a request for the caller. A caller the store keeps nothing for (one without a tenant, typically an
     * anonymous one) cannot be asked: it gets {@code -32021}, as every 2025-era client did before.
     */
    private boolean record(InputRequired input, String id, java.time.Instant expiresAt) {
        try {
            return answers.asked(id, expiresAt, limits.maxPendingPerCaller());
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

    /** A result as it is; an error (a client without the capability, say), or anything else, as a declined request. */
    private static JsonObject asToolSeesIt(String stored) {
        JsonValue answer = JsonIo.parse(stored);
        return answer instanceof JsonObject object && object.get("result") instanceof JsonObject result ? result : DECLINED;
    }

    /** Tells the client, if it is still there, that the requests it did not answer are no longer wanted. */
    private static void cancel(Map<String, String> ids, JsonObject answered, ClientChannel channel) {
        ids.forEach((key, id) -> {
            if (!answered.containsKey(key)) {
                try {
                    channel.send(JsonIo.object().add("jsonrpc", "2.0").add("method", "notifications/cancelled")
                            .add("params", JsonIo.object().add("requestId", id).add("reason", "timed out")).build());
                } catch (CancellationException e) {
                    // nobody to tell
                }
            }
        });
    }

    /** A row left behind when the store fails here expires and is purged with the others. */
    private void forget(String id) {
        try {
            answers.forget(id);
        } catch (RuntimeException e) {
            System.getLogger(LegacyInput.class.getName()).log(System.Logger.Level.DEBUG, "Input request left to expire: " + e);
        }
    }
}
