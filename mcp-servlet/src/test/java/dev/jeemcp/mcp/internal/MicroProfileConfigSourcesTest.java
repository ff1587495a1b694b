package dev.jeemcp.mcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where MicroProfile Config is present, a setting can come from any of its sources, under the names the MicroProfile
 * Config specification gives them: {@code META-INF/microprofile-config.properties} by the setting's own name, and
 * an environment variable by the name with every character other than a letter or digit replaced by {@code _} and
 * upper-cased ({@code mcp.test.fromEnvironment} is {@code MCP_TEST_FROMENVIRONMENT}, which the pom sets for the
 * tests), as docs/reference/configuration.md says.
 */
class MicroProfileConfigSourcesTest {

    private final Settings settings = Settings.of(Map.<String, String>of()::get, getClass().getClassLoader());

    @Test
    void aSettingComesFromMicroprofileConfigProperties() {
        assertEquals("from the properties file", settings.get("mcp.test.fromPropertiesFile"));
    }

    @Test
    void aSettingComesFromAnEnvironmentVariableNamedAsTheSpecificationSays() {
        assertEquals("from the environment", System.getenv("MCP_TEST_FROMENVIRONMENT"), "set by the surefire configuration");
        assertEquals("from the environment", settings.get("mcp.test.fromEnvironment"));
    }
}
