package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.cdi.internal.schema.JpaProperties;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * JSON-B's visibility (public fields, public getters and setters) less the members {@link JpaProperties} hides, the
 * same ones the schema leaves out: JSON-B never calls the getter of a lazy association, so writing a detached entity
 * neither loads it nor fails with the provider's lazy-initialization error.
 *
 * <p>A class or package {@code @JsonbVisibility} of the application still wins: JSON-B asks a configured strategy only
 * where there is none (the schema refuses such types anyway, since it could not follow them).
 *
 * <p>One difference from Yasson's built-in default, which a configured strategy cannot express because it is not told
 * which way the value travels: the default hides a public field whose getter (when writing) or setter (when reading)
 * exists but is not public; here a public field is visible. That is what the schema has always described, so JSON
 * and schema now agree there as well.
 */
final class JpaAwareVisibility implements PropertyVisibilityStrategy {

    @Override
    public boolean isVisible(Field field) {
        return Modifier.isPublic(field.getModifiers()) && !JpaProperties.hidden(field);
    }

    @Override
    public boolean isVisible(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !JpaProperties.hidden(method);
    }
}
