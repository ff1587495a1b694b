package dev.jeemcp.mcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import jakarta.servlet.ServletContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@code mcp.*} setting is looked up in one order: the context parameter beats MicroProfile Config, which beats
 * the system property, which beats the default; a blank value at one level counts as unset there. Tested with a real
 * MicroProfile Config implementation (SmallRye Config) and a config source of the test's own.
 */
class SettingsPrecedenceTest {

    private static final String NAME = "mcp.test.precedence";
    private final Map<String, String> parameters = new HashMap<>();

    @AfterEach
    void clear() {
        TestConfigSource.VALUES.clear();
        System.clearProperty(NAME);
    }

    private Settings settings() {
        return Settings.of(parameters::get, getClass().getClassLoader());
    }

    @Test
    void theContextParameterBeatsMicroProfileConfig() {
        parameters.put(NAME, "context parameter");
        TestConfigSource.VALUES.put(NAME, "microprofile config");
        System.setProperty(NAME, "system property");
        assertTrue(settings().hasMicroProfileConfig());
        assertEquals("context parameter", settings().get(NAME, "default"));
    }

    @Test
    void microProfileConfigBeatsTheSystemProperty() {
        TestConfigSource.VALUES.put(NAME, "microprofile config");
        System.setProperty(NAME, "system property");
        assertEquals("microprofile config", settings().get(NAME, "default"));
    }

    @Test
    void theSystemPropertyBeatsTheDefault() {
        System.setProperty(NAME, "system property");
        assertEquals("system property", settings().get(NAME, "default"));
    }

    @Test
    void theDefaultIsTheLastResort() {
        assertEquals("default", settings().get(NAME, "default"));
        assertNull(settings().get(NAME));
    }

    @Test
    void aBlankValueCountsAsUnsetAndValuesAreTrimmed() {
        parameters.put(NAME, "   ");
        TestConfigSource.VALUES.put(NAME, "  microprofile config  ");
        assertEquals("microprofile config", settings().get(NAME, "default"));
    }

    @Test
    void theEndpointSettingsComeFromMicroProfileConfigBehindTheContextParameter() {
        TestConfigSource.VALUES.put("mcp.serverName", "named-by-microprofile-config");
        TestConfigSource.VALUES.put("mcp.pageSize", "7");
        parameters.put("mcp.pageSize", "3");
        ServletContext context = FakeServletContext.of(parameters, getClass().getClassLoader());
        McpSettings settings = McpSettings.from(context);
        assertEquals("named-by-microprofile-config", settings.serverName());
        assertEquals(3, settings.pageSize());
    }

    @Test
    void oneApplicationDecidesOnce() {
        ServletContext context = FakeServletContext.of(parameters, getClass().getClassLoader());
        assertSame(Settings.of(context), Settings.of(context));
    }
}
