package dev.jeemcp.mcp.internal;

import jakarta.json.spi.JsonProvider;

/** The one JSON-P provider of both jars: looking it up is slow, so it is looked up once, when first used. */
public final class Json {

    /** The container's JSON-P provider. */
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }
}
