package dev.jeemcp.mcp;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Base64;
import java.util.Objects;

/**
 * One content block of a tool result or prompt message: text, image, audio, a link to a resource, or an embedded
 * resource. A tool that returns {@code Content} or {@code List<Content>} sends these blocks as they are, instead of
 * structured content.
 *
 * <p>Immutable and thread-safe.
 */
public final class Content {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final JsonObject json;

    private Content(JsonObject json) {
        this.json = json;
    }

    /** Plain text. */
    public static Content text(String text) {
        return new Content(JSON.createObjectBuilder().add("type", "text").add("text", text).build());
    }

    /** An image, such as {@code image/png}, sent base64-encoded. */
    public static Content image(byte[] data, String mimeType) {
        return binary("image", data, mimeType);
    }

    /** Audio, such as {@code audio/wav}, sent base64-encoded. */
    public static Content audio(byte[] data, String mimeType) {
        return binary("audio", data, mimeType);
    }

    /** A link to a resource the client may read with {@code resources/read}. */
    public static Content resourceLink(String uri, String name, String mimeType) {
        JsonObjectBuilder link = JSON.createObjectBuilder().add("type", "resource_link").add("uri", uri).add("name", name);
        if (mimeType != null) {
            link.add("mimeType", mimeType);
        }
        return new Content(link.build());
    }

    /** A text resource embedded in the result. */
    public static Content embeddedText(String uri, String mimeType, String text) {
        return embedded(JSON.createObjectBuilder().add("uri", uri).add("mimeType", mimeType).add("text", text));
    }

    /** A binary resource embedded in the result. */
    public static Content embeddedBlob(String uri, String mimeType, byte[] data) {
        return embedded(JSON.createObjectBuilder().add("uri", uri).add("mimeType", mimeType)
                .add("blob", Base64.getEncoder().encodeToString(data)));
    }

    private static Content embedded(JsonObjectBuilder resource) {
        return new Content(JSON.createObjectBuilder().add("type", "resource").add("resource", resource).build());
    }

    private static Content binary(String type, byte[] data, String mimeType) {
        return new Content(JSON.createObjectBuilder().add("type", type)
                .add("data", Base64.getEncoder().encodeToString(data)).add("mimeType", mimeType).build());
    }

    /** The block as it goes on the wire. */
    public JsonObject toJson() {
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Content content && json.equals(content.json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(json);
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
