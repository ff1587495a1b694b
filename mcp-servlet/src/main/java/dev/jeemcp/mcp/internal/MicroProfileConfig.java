package dev.jeemcp.mcp.internal;

import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The only class that names MicroProfile Config's types: {@link Settings} creates it only after finding the API in
 * the application's class loader, so on Tomcat, which has none, it is never linked.
 */
final class MicroProfileConfig implements UnaryOperator<String> {

    private final Config config;

    /** The application's configuration; {@code getConfig(loader)} is cached by the implementation per class loader. */
    MicroProfileConfig(ClassLoader loader) {
        this.config = ConfigProvider.getConfig(loader);
    }

    @Override
    public String apply(String name) {
        try {
            // MicroProfile Config 2+ treats an empty value as missing, so an empty Optional covers both.
            return config.getOptionalValue(name, String.class).orElse(null);
        } catch (RuntimeException e) {
            // Not the exception's text: an expansion error quotes the raw value, which may be a secret.
            throw new IllegalArgumentException(name + " cannot be read from MicroProfile Config (" + e.getClass().getSimpleName()
                    + "); check its value in the config source that sets it");
        }
    }
}
