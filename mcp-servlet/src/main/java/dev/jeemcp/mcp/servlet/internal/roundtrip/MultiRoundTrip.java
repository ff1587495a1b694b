package dev.jeemcp.mcp.servlet.internal.roundtrip;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.internal.InputCapabilities;
import dev.jeemcp.mcp.internal.Stages;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.RequestBinding;
import dev.jeemcp.mcp.spi.McpCatalog;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The 2026-07-28 way for a method to ask the client for more input (SEP-2322): answer {@code input_required} with a
 * sealed {@code requestState}, and resume when the client retries with {@code inputResponses}. Only
 * {@code tools/call}, {@code prompts/get} and {@code resources/read} may do this.
 */
public final class MultiRoundTrip {

    private final RequestStateCodec codec;
    private final McpCatalog catalog;
    /** How a 2025-era client is asked on its stream; {@code null} where answers cannot be shared between instances. */
    private final LegacyInput legacy;

    public MultiRoundTrip(RequestStateCodec codec, McpCatalog catalog) {
        this(codec, catalog, null);
    }

    public MultiRoundTrip(RequestStateCodec codec, McpCatalog catalog, LegacyInput legacy) {
        this.codec = codec;
        this.catalog = catalog;
        this.legacy = legacy;
    }

    /**
     * Runs a call that may need input: resumes it with the client's answers when this is a retry, and turns an
     * {@link InputRequired} into the interim result.
     *
     * @param name the tool or prompt name, or the resource URI, that the state is bound to
     * @param arguments the arguments the state is bound to, or {@code null} for a resource
     */
    public JsonObject run(JsonObject params, CallContext context, McpMethod method, String name, JsonValue arguments,
            Function<CallContext, JsonObject> call) {
        // Only a call that seals or opens a state needs it: the tenant is resolved then, not on every call.
        Supplier<RequestBinding> binding = () -> RequestBinding.of(context, catalog.tenantOf(context), method, name, arguments);
        CallContext resumed = resume(params, context, binding);
        long deadline = 0; // set when the call first asks: one for all its rounds
        for (int round = 1; ; round++) {
            try {
                return call.apply(resumed);
            } catch (InputRequired input) {
                if (legacy == null || context.modern() || context.channel() == null) {
                    return interimResult(input, context, binding);
                }
                if (round == 1) {
                    deadline = legacy.deadline();
                }
                resumed = askOnStream(input, context, binding, round, deadline);
            }
        }
    }

    /**
     * A 2025-era client is asked on the call's stream ({@link LegacyInput}), and the method called again exactly as a
     * 2026-07-28 retry calls it: with the answers under the keys it asked for, and its state sealed and opened by the
     * same codec, so that the same tool code serves both eras and keeps nothing between rounds.
     */
    private CallContext askOnStream(InputRequired input, CallContext context, Supplier<RequestBinding> binding, int round,
            long deadline) {
        if (round > legacy.maxRounds()) {
            throw new McpProtocolException(dev.jeemcp.mcp.McpErrorCodes.INTERNAL_ERROR,
                    "The tool asked for input more often than this server allows", null);
        }
        JsonObject answers = legacy.ask(input, context, deadline);
        RequestBinding bound = binding.get();
        RequestStateCodec.Opened opened = codec.open(codec.seal(input.state(), bound, input.inputRequests().keySet()), bound);
        return context.resumed(answers, opened.state());
    }

    /**
     * {@link #run} for a call that answers later: an {@link InputRequired} thrown at once or completing the stage
     * becomes the interim result alike. Sealing it may ask the catalog for the caller's tenant, so it runs within
     * the catalog's {@code serving} again, on whichever thread completed the stage.
     */
    public CompletableFuture<JsonObject> runLater(JsonObject params, CallContext context, McpMethod method, String name,
            JsonValue arguments, Function<CallContext, CompletionStage<JsonObject>> call) {
        Supplier<RequestBinding> binding = () -> RequestBinding.of(context, catalog.tenantOf(context), method, name, arguments);
        CallContext resumed = resume(params, context, binding);
        CompletionStage<JsonObject> stage;
        try {
            stage = call.apply(resumed);
        } catch (InputRequired input) {
            return CompletableFuture.completedFuture(interimResult(input, context, binding));
        }
        return Stages.then(stage, (result, failure) -> {
            if (failure instanceof InputRequired input) {
                return catalog.serving(context, () -> interimResult(input, context, binding));
            }
            if (failure != null) {
                throw failure;
            }
            return result;
        });
    }

    /**
     * The request with the answers the server asked for, and only those, and only under a valid state: answers
     * without a state were not asked for by this server (it always seals one) and are dropped, so the method sees a
     * first attempt.
     */
    private CallContext resume(JsonObject params, CallContext context, Supplier<RequestBinding> binding) {
        JsonValue sealed = params.get("requestState");
        JsonValue responses = params.get("inputResponses");
        if (responses != null && !(responses instanceof JsonObject)) {
            throw McpProtocolException.invalidParams("Invalid params: \"inputResponses\" must be an object");
        }
        if (sealed == null) {
            return context;
        }
        if (!(sealed instanceof JsonString state)) {
            throw McpProtocolException.invalidParams("Invalid params: \"requestState\" must be a string");
        }
        RequestStateCodec.Opened opened = codec.open(state.getString(), binding.get());
        var asked = JsonIo.object();
        if (responses instanceof JsonObject answers) {
            answers.forEach((key, answer) -> {
                if (opened.inputKeys().contains(key)) {
                    asked.add(key, answer);
                }
            });
        }
        return context.resumed(asked.build(), opened.state());
    }

    private JsonObject interimResult(InputRequired input, CallContext context, Supplier<RequestBinding> binding) {
        Set<String> missing = InputCapabilities.missing(input, context.clientCapabilities());
        if (!context.modern() || !missing.isEmpty()) {
            // Never send a request of a kind the client did not declare; a legacy client cannot answer any.
            throw InputCapabilities.required("The client lacks a capability this request needs", missing);
        }
        var requests = JsonIo.object();
        input.inputRequests().forEach(requests::add);
        return JsonIo.object()
                .add(Wire.Result.RESULT_TYPE, "input_required")
                .add("inputRequests", requests)
                .add("requestState", codec.seal(input.state(), binding.get(), input.inputRequests().keySet()))
                .build();
    }
}
