package dev.jeemcp.mcp.internal.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Without OpenTelemetry on the class path (Tomcat without the API in the WAR) the deployment gets the no-op telemetry,
 * and no OpenTelemetry class is ever loaded: the presence check is the only name asked for, and the classes that name
 * OpenTelemetry's types are never loaded. The no-op is one shared instance: the exchange and the scope of a request
 * are that instance again (its methods are empty). What that costs in time is bench/'s to measure, not this test's. With the API there but nothing set up (MicroProfile Telemetry's default),
 * the no-op is chosen too. The library's classes are loaded here by a loader of the test's own, as an application's
 * class loader would load them from WEB-INF/lib.
 */
class WithoutOpenTelemetryNoItsClassLoadsTest {

    private static final String PACKAGE = "dev.jeemcp.mcp.internal.";

    /** Loads this library's internal classes itself, can hide OpenTelemetry, and notes every class it is asked for. */
    static final class ApplicationLoader extends ClassLoader {
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());
        private final boolean hideOpenTelemetry;

        ApplicationLoader(boolean hideOpenTelemetry) {
            super(WithoutOpenTelemetryNoItsClassLoadsTest.class.getClassLoader());
            this.hideOpenTelemetry = hideOpenTelemetry;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                asked.add(name);
                if (hideOpenTelemetry && name.startsWith("io.opentelemetry.")) {
                    throw new ClassNotFoundException(name);
                }
                if (!name.startsWith(PACKAGE)) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return loaded;
            }
        }

        List<String> openTelemetryClassesAsked() {
            synchronized (asked) {
                return asked.stream().filter(name -> name.startsWith("io.opentelemetry.")
                        || name.startsWith(PACKAGE + "telemetry.Otel") || name.equals(PACKAGE + "telemetry.Carriers")).toList();
            }
        }
    }

    @AfterEach
    void reset() {
        GlobalOpenTelemetry.resetForTest();
    }

    /** The telemetry a deployment gets, chosen and used through that loader as the endpoint does. */
    private static Object chosenAndUsed(ApplicationLoader loader) throws ReflectiveOperationException {
        Class<?> telemetry = Class.forName(PACKAGE + "telemetry.Telemetry", true, loader);
        Object chosen = telemetry.getMethod("withoutContext").invoke(null);
        if (!(Boolean) telemetry.getMethod("isOn").invoke(chosen)) {
            // the whole hot path of a request, and of a task
            Class<?> target = Class.forName(PACKAGE + "telemetry.Exchange$Target", true, loader);
            Object exchange = telemetry.getMethod("exchange", String.class, target, String.class, boolean.class,
                    jakarta.json.JsonValue.class, jakarta.json.JsonObject.class, jakarta.servlet.http.HttpServletRequest.class)
                    .invoke(chosen, "tools/call", target.getEnumConstants()[1], "echo", true, null, null, null);
            Class<?> exchangeType = Class.forName(PACKAGE + "telemetry.Exchange", true, loader);
            Object scope = exchangeType.getMethod("enter").invoke(exchange);
            assertSame(chosen, exchange, "a request's exchange is the shared no-op");
            assertSame(chosen, scope, "and so is its scope");
            Class.forName(PACKAGE + "telemetry.Telemetry$Scope", true, loader).getMethod("close").invoke(scope);
            exchangeType.getMethod("end", int.class, jakarta.json.JsonObject.class).invoke(exchange, 200, null);
            telemetry.getMethod("currentContext").invoke(chosen);
            telemetry.getMethod("taskTransition", String.class).invoke(chosen, "working");
        }
        return chosen;
    }

    @Test
    void withoutTheApiTheNoOpIsChosenAndNoOpenTelemetryClassLoads() throws ReflectiveOperationException {
        ApplicationLoader loader = new ApplicationLoader(true);
        Object chosen = chosenAndUsed(loader);
        assertEquals("NoTelemetry", chosen.getClass().getSimpleName());
        assertSame(loader, chosen.getClass().getClassLoader());
        assertEquals(List.of(Telemetries.OPEN_TELEMETRY_API), loader.openTelemetryClassesAsked(),
                "only the presence check may ask for an OpenTelemetry class");
    }

    @Test
    void withTheApiButNothingSetUpTheNoOpIsChosen() throws ReflectiveOperationException {
        assertEquals("NoTelemetry", chosenAndUsed(new ApplicationLoader(false)).getClass().getSimpleName());
    }

    @Test
    void withAnSdkSetUpOpenTelemetryIsUsed() throws ReflectiveOperationException {
        // The other half of the rule: the same loader and lookup do choose OpenTelemetry when it records.
        GlobalOpenTelemetry.set(OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build());
        ApplicationLoader loader = new ApplicationLoader(false);
        assertEquals("OtelTelemetry", chosenAndUsed(loader).getClass().getSimpleName());
    }
}
