package dev.jeemcp.mcp;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

/**
 * One message of a rendered prompt: who says it, and what. A prompt method returns one, a list of them, or a plain
 * {@code String} (one user message).
 *
 * @param role {@code user} or {@code assistant}
 * @param content what is said
 */
public record PromptMessage(String role, Content content) {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** A message from the user. */
    public static PromptMessage user(Content content) {
        return new PromptMessage("user", content);
    }

    /** A message from the assistant. */
    public static PromptMessage assistant(Content content) {
        return new PromptMessage("assistant", content);
    }

    /** The message as it goes on the wire. */
    public JsonObject toJson() {
        return JSON.createObjectBuilder().add("role", role).add("content", content.toJson()).build();
    }
}
