package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.cdi.internal.store.StoreSettings;
import dev.jeemcp.mcp.internal.Settings;
import jakarta.enterprise.inject.Instance;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The settings of mcp-cdi (stores, tenants, task runner) are read through mcp-servlet's one lookup: with a web module,
 * the same {@link Settings} the endpoint uses, so its context parameter beats the system property; without one (Weld
 * SE) the system property; and a bad number is a sentence naming the setting.
 */
class CdiSettingsUseTheOneLookupTest {

    private static final String NAME = "mcp.taskRunsPerInstance";

    @AfterEach
    void clear() {
        System.clearProperty(NAME);
    }

    @Test
    void withAWebModuleTheContextParameterBeatsTheSystemProperty() {
        System.setProperty(NAME, "5");
        ServletContext context = context(Map.of(NAME, "7"));
        assertEquals(7, StoreSettings.number(instance(context), NAME, 64, 1));
        assertSame(Settings.of(context), Settings.of(context), "one lookup per application, shared with the endpoint");
    }

    @Test
    void withoutAWebModuleTheSystemPropertyIsRead() {
        System.setProperty(NAME, "5");
        assertEquals(5, StoreSettings.number(null, NAME, 64, 1));
        assertEquals(64, StoreSettings.number(null, "mcp.test.unset", 64, 1));
    }

    @Test
    void aBadNumberIsASentenceNamingTheSetting() {
        System.setProperty(NAME, "3000000000");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StoreSettings.number(null, NAME, 64, 1, Integer.MAX_VALUE));
        assertEquals("mcp.taskRunsPerInstance must be a whole number of at least 1 and at most 2147483647, not \"3000000000\"",
                e.getMessage());
    }

    private static ServletContext context(Map<String, String> parameters) {
        Map<String, Object> attributes = new HashMap<>();
        return (ServletContext) Proxy.newProxyInstance(CdiSettingsUseTheOneLookupTest.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getInitParameter" -> parameters.get((String) args[0]);
                    case "getClassLoader" -> CdiSettingsUseTheOneLookupTest.class.getClassLoader();
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static Instance<ServletContext> instance(ServletContext context) {
        return (Instance<ServletContext>) Proxy.newProxyInstance(CdiSettingsUseTheOneLookupTest.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isResolvable" -> true;
                    case "get" -> context;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
