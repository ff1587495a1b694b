package dev.jeemcp.mcp.test;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * What a list method showed this caller (every page): tools, prompts or resources, keyed by name (by URI for
 * resources). The assertions read as the access rules they test: {@code assertListed("bind_policy")},
 * {@code assertHidden("approve_discount")}.
 */
public final class Listing {

    private final String method;
    private final String key;
    private final List<JsonObject> entries;

    Listing(String method, String key, List<JsonObject> entries) {
        this.method = method;
        this.key = key;
        this.entries = List.copyOf(entries);
    }

    /** Every entry as listed, in the server's order. */
    public List<JsonObject> entries() {
        return entries;
    }

    /** The names (URIs for resources), in the server's order. */
    public List<String> names() {
        return entries.stream().map(entry -> entry.getString(key)).toList();
    }

    /** The entry with this name, if listed. */
    public Optional<JsonObject> find(String name) {
        return entries.stream().filter(entry -> name.equals(entry.getString(key))).findFirst();
    }

    /** The entry with this name; fails if it is not listed. */
    public JsonObject get(String name) {
        return find(name).orElseThrow(() -> new AssertionError(method + " does not list " + name + ": " + names()));
    }

    /** Fails unless each of these is listed for this caller. */
    public Listing assertListed(String... names) {
        for (String name : names) {
            get(name);
        }
        return this;
    }

    /** Fails if any of these is listed for this caller: a hidden feature is not even named. */
    public Listing assertHidden(String... names) {
        for (String name : names) {
            if (find(name).isPresent()) {
                throw new AssertionError(method + " lists " + name + ", which this caller must not see: " + names());
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return method + " " + names();
    }
}
