package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.cdi.internal.schema.JpaProperties;
import dev.jeemcp.mcp.cdi.internal.schema.NonPublicAccessors;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * JSON-B's default visibility (public fields and methods; a public field whose getter, or setter, exists but is not
 * public is not written, or not read) less the members {@link JpaProperties} hides, the same ones the schema leaves
 * out: JSON-B never calls the getter of a lazy association, so writing a detached entity neither loads it nor fails
 * with the provider's lazy-initialization error.
 *
 * <p>One instance per direction, because a configured strategy is not told which way a value travels and the
 * default's rule for public fields depends on it ({@link NonPublicAccessors}).
 *
 * <p>A class or package {@code @JsonbVisibility} of the application still wins: JSON-B asks a configured strategy only
 * where there is none (the schema refuses such types anyway, since it could not follow them).
 */
final class JpaAwareVisibility implements PropertyVisibilityStrategy {

    private final boolean writing;

    /** @param writing {@code true} for the binder that writes JSON, {@code false} for the one that reads it */
    JpaAwareVisibility(boolean writing) {
        this.writing = writing;
    }

    @Override
    public boolean isVisible(Field field) {
        return Modifier.isPublic(field.getModifiers()) && !JpaProperties.hidden(field)
                && !NonPublicAccessors.hide(field, writing);
    }

    @Override
    public boolean isVisible(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !JpaProperties.hidden(method);
    }
}
