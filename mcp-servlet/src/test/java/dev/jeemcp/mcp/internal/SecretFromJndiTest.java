package dev.jeemcp.mcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A secret setting whose value is {@code jndi:<name>} is the string bound at that JNDI name, looked up when the
 * settings are read (deploy time); when nothing is bound there, or not a string, the deployment fails with a sentence
 * that names the setting and the JNDI name, and never a value.
 */
class SecretFromJndiTest {

    private static final String KEY = "c2FtcGxlLXN0YXRlLWtleS1mb3ItdGVzdHMtb25seS0wMQ==";
    private final Map<String, String> parameters = new HashMap<>();

    @BeforeEach
    void install() throws Exception {
        FakeNaming.install();
        assertTrue(FakeNaming.active());
    }

    @AfterEach
    void uninstall() {
        FakeNaming.uninstall();
        TestConfigSource.VALUES.clear();
    }

    private Settings settings() {
        return Settings.of(parameters::get, getClass().getClassLoader());
    }

    @Test
    void aJndiReferenceIsTheStringBoundThere() {
        FakeNaming.BOUND.put("java:comp/env/mcp/requestStateKey", KEY);
        parameters.put(McpSettings.REQUEST_STATE_KEY, "jndi:java:comp/env/mcp/requestStateKey");
        assertEquals(KEY, settings().secret(McpSettings.REQUEST_STATE_KEY));
        assertEquals(KEY, McpSettings.from(parameters::get).requestStateKey());
    }

    @Test
    void theReferenceMayItselfComeFromMicroProfileConfig() {
        FakeNaming.BOUND.put("java:global/mcp/previousKeys", KEY);
        TestConfigSource.VALUES.put(McpSettings.REQUEST_STATE_PREVIOUS_KEYS, "jndi:java:global/mcp/previousKeys");
        assertEquals(KEY, settings().secret(McpSettings.REQUEST_STATE_PREVIOUS_KEYS));
    }

    @Test
    void aPlainValueIsTheSecretItself() {
        parameters.put(McpSettings.REQUEST_STATE_KEY, KEY);
        assertEquals(KEY, settings().secret(McpSettings.REQUEST_STATE_KEY));
    }

    @Test
    void aMissingEntryFailsTheDeploymentNamingTheSettingAndTheName() {
        parameters.put(McpSettings.REQUEST_STATE_KEY, "jndi:java:global/mcp/nothing");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> McpSettings.from(parameters::get));
        assertEquals("mcp.requestStateKey names the JNDI entry java:global/mcp/nothing, which cannot be looked up: bind a"
                + " string there (an <env-entry> of the application or a JNDI string resource of the server), or give"
                + " mcp.requestStateKey another way", e.getMessage());
        assertEquals(null, e.getCause(), "the naming provider's exception carries its own text");
    }

    @Test
    void anEntryThatIsNoStringFailsTheDeployment() {
        FakeNaming.BOUND.put("java:global/mcp/number", 42);
        parameters.put(McpSettings.REQUEST_STATE_PREVIOUS_KEYS, "jndi:java:global/mcp/number");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> settings().secret(McpSettings.REQUEST_STATE_PREVIOUS_KEYS));
        assertEquals("mcp.requestStatePreviousKeys names the JNDI entry java:global/mcp/number, which holds no string:"
                + " bind the value as a java.lang.String", e.getMessage());
    }

    @Test
    void aUrlNameIsNeverLookedUp() {
        FakeNaming.BOUND.put("ldap://attacker.example/x", "c2VjcmV0LXZhbHVlLWZyb20tYS1yZW1vdGUtaG9zdC0wMQ==");
        parameters.put(McpSettings.REQUEST_STATE_KEY, "jndi:ldap://attacker.example/x");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> settings().secret(McpSettings.REQUEST_STATE_KEY));
        assertEquals("mcp.requestStateKey names the JNDI entry ldap://attacker.example/x, which is a URL: only java: names"
                + " (java:comp/env/..., java:global/...) and names without a scheme are looked up", e.getMessage());
    }
}
