package dev.jeemcp.mcp;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by a tool, prompt or resource that cannot finish without more input from the client: a form the user fills
 * in (elicitation) or a completion from the client's model (sampling).
 *
 * <p>The server answers the request with {@code resultType: "input_required"}, the input requests, and a
 * {@code requestState} that carries {@link #state()} signed with the key all instances share. The client asks the
 * user or its model, then repeats the request with {@code inputResponses} and that {@code requestState}; the retry
 * may reach any instance, which verifies the state and hands both to the method again through
 * {@link McpRequest#inputResponses()} and {@link McpRequest#state()}. Nothing is kept on the server in between.
 *
 * <p>A client only receives requests of kinds it declared in its capabilities; otherwise the request fails with
 * {@code -32021}, naming the missing capability.
 *
 * <pre>
 * // once: Json.createObjectBuilder() looks the provider up on every call
 * private static final JsonProvider JSON = JsonProvider.provider();
 * ...
 * if (request.inputResponses().isEmpty()) {
 *     throw InputRequired.builder()
 *             .elicit("confirm", "Bind this policy?", confirmationSchema)
 *             .state(JSON.createObjectBuilder().add("quote", quoteId).build())
 *             .build();
 * }
 * </pre>
 */
public final class InputRequired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, JsonObject> inputRequests;
    private final transient JsonObject state;

    private InputRequired(Map<String, JsonObject> inputRequests, JsonObject state) {
        super("input required", null, false, false);
        this.inputRequests = Map.copyOf(inputRequests);
        this.state = state;
    }

    /** Starts an input request. */
    public static Builder builder() {
        return new Builder();
    }

    /** The requests by key, each a {@code {method, params}} object. */
    public Map<String, JsonObject> inputRequests() {
        return inputRequests;
    }

    /** The application state to carry, signed, to the retry. */
    public JsonObject state() {
        return state;
    }

    /** Collects the input requests of one answer. */
    public static final class Builder {

        private static final JsonProvider JSON = JsonProvider.provider();

        private final Map<String, JsonObject> requests = new LinkedHashMap<>();
        private JsonObject state = JsonValue.EMPTY_JSON_OBJECT;

        private Builder() {
        }

        /**
         * Asks the user to fill in a form.
         *
         * @param key names the answer in {@link McpRequest#inputResponses()}
         * @param message what the user is asked
         * @param requestedSchema a flat JSON Schema object of primitive properties
         */
        public Builder elicit(String key, String message, JsonObject requestedSchema) {
            return request(key, "elicitation/create", JSON.createObjectBuilder()
                    .add("mode", "form").add("message", message).add("requestedSchema", requestedSchema).build());
        }

        /**
         * Asks the client's model for a completion.
         *
         * @param key names the answer in {@link McpRequest#inputResponses()}
         * @param params the {@code sampling/createMessage} params: messages, maxTokens and so on
         */
        public Builder sample(String key, JsonObject params) {
            return request(key, "sampling/createMessage", params);
        }

        /** Any input request the protocol defines, by method name. */
        public Builder request(String key, String method, JsonObject params) {
            requests.put(key, JSON.createObjectBuilder().add("method", method).add("params", params).build());
            return this;
        }

        /** State to carry to the retry; it is signed, so the client can read but not change it. */
        public Builder state(JsonObject state) {
            this.state = state;
            return this;
        }

        public InputRequired build() {
            return new InputRequired(requests, state);
        }
    }
}
