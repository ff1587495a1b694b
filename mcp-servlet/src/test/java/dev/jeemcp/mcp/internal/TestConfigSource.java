package dev.jeemcp.mcp.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A config source the tests fill, registered with MicroProfile Config by {@code META-INF/services}: what an operator's
 * own source (or the server's) would be. Its ordinal is above the system properties' (400), so that a test can tell
 * MicroProfile Config's answer from the system property that {@link Settings} asks after it.
 */
public final class TestConfigSource implements ConfigSource {

    /** The values, which a test sets and removes again. */
    static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    /**
     * Values this source fails to produce, with an exception that quotes them, as a source that decrypts or expands
     * a value may do.
     */
    static final Map<String, String> FAILING = new ConcurrentHashMap<>();

    @Override
    public Set<String> getPropertyNames() {
        return Set.copyOf(VALUES.keySet());
    }

    @Override
    public String getValue(String propertyName) {
        String failing = FAILING.get(propertyName);
        if (failing != null) {
            throw new IllegalStateException("cannot decrypt " + failing);
        }
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "jeemcp-test";
    }

    @Override
    public int getOrdinal() {
        return 500;
    }
}
