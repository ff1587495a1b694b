package dev.jeemcp.mcp.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.roundtrip.RequestStateKeys;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A secret never shows in a log line or an error message: the settings' {@code toString} says only whether a key is
 * set, a value MicroProfile Config cannot produce is reported by the setting's name alone (the config source's own
 * message may quote the raw value), and a key that is not base64 is named, not quoted.
 */
class SecretsStayOutOfMessagesTest {

    private static final String KEY = "c2FtcGxlLXN0YXRlLWtleS1mb3ItdGVzdHMtb25seS0wMQ==";

    @AfterEach
    void clear() {
        TestConfigSource.FAILING.clear();
    }

    @Test
    void theSettingsPrintWithoutTheKeys() {
        McpSettings settings = McpSettings.from(Map.of(McpSettings.REQUEST_STATE_KEY, KEY,
                McpSettings.REQUEST_STATE_PREVIOUS_KEYS, "b2xkLWtleQ==")::get);
        assertFalse(settings.toString().contains(KEY), settings.toString());
        assertFalse(settings.toString().contains("b2xkLWtleQ=="), settings.toString());
        assertTrue(settings.toString().contains("requestStateKey=(set)"), settings.toString());
    }

    @Test
    void aValueMicroProfileConfigCannotProduceIsNotQuoted() {
        TestConfigSource.FAILING.put("mcp.test.failing", "s3cr3t");
        Settings settings = Settings.of(name -> null, getClass().getClassLoader());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings.get("mcp.test.failing"));
        assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
        assertTrue(e.getMessage().startsWith("mcp.test.failing cannot be read from MicroProfile Config"), e.getMessage());
    }

    @Test
    void aKeyThatIsNotBase64IsNamedNotQuoted() {
        String notBase64 = "not base64 but a secret!";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RequestStateKeys.load(name -> McpSettings.REQUEST_STATE_KEY.equals(name) ? notBase64 : null, name -> null, name -> null));
        assertFalse(e.getMessage().contains(notBase64), e.getMessage());
    }
}
