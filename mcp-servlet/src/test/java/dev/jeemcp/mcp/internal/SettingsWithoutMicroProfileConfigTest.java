package dev.jeemcp.mcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where the application's class loader has no MicroProfile Config (Tomcat), the settings come from the context
 * parameter, then the system property, then the default, and nothing fails: the one class that names MicroProfile
 * Config's types is never used. The test's class path does have SmallRye Config, so the application's loader here
 * is one that hides {@code org.eclipse.microprofile}.
 */
class SettingsWithoutMicroProfileConfigTest {

    private static final String NAME = "mcp.test.withoutConfig";

    /** What Tomcat's web application class loader is to this library: no MicroProfile Config in it. */
    private static final ClassLoader WITHOUT_MICROPROFILE = new ClassLoader(SettingsWithoutMicroProfileConfigTest.class.getClassLoader()) {
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.eclipse.microprofile.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    };

    @AfterEach
    void clear() {
        TestConfigSource.VALUES.clear();
        System.clearProperty(NAME);
    }

    @Test
    void withoutMicroProfileConfigTheSystemPropertyFollowsTheContextParameter() {
        TestConfigSource.VALUES.put(NAME, "microprofile config");
        System.setProperty(NAME, "system property");
        Settings settings = Settings.of(Map.<String, String>of()::get, WITHOUT_MICROPROFILE);
        assertFalse(settings.hasMicroProfileConfig());
        assertEquals("system property", settings.get(NAME, "default"));
        assertNull(settings.get("mcp.test.fromPropertiesFile"), "microprofile-config.properties is MicroProfile Config's");
        assertEquals("context parameter", Settings.of(Map.of(NAME, "context parameter")::get, WITHOUT_MICROPROFILE).get(NAME));
    }

    @Test
    void withoutAnythingTheDefaultHolds() {
        assertEquals("default", Settings.of(Map.<String, String>of()::get, WITHOUT_MICROPROFILE).get(NAME, "default"));
    }

    @Test
    void theSameLoaderWithMicroProfileConfigDoesUseIt() {
        // The other half of the rule, so that the hiding loader above is what makes the difference.
        TestConfigSource.VALUES.put(NAME, "microprofile config");
        Settings settings = Settings.of(Map.<String, String>of()::get, getClass().getClassLoader());
        assertTrue(settings.hasMicroProfileConfig());
        assertEquals("microprofile config", settings.get(NAME));
    }

    @Test
    void withoutAServletContextTheThreadsLoaderDecides() {
        System.setProperty(NAME, "system property");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(WITHOUT_MICROPROFILE);
        try {
            TestConfigSource.VALUES.put(NAME, "microprofile config");
            assertFalse(Settings.withoutContext().hasMicroProfileConfig());
            assertEquals("system property", Settings.withoutContext().get(NAME));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
