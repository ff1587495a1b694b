package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.internal.ClassNames;
import dev.jeemcp.mcp.internal.Settings;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * Finds the deployment's Bean Validation {@code Validator}, once, on the first tool call (CDI is up by then
 * everywhere): the container's CDI bean (Payara, WildFly), else the default factory of a provider the application
 * brings (Hibernate Validator on Tomcat), else none. Thread-safe.
 *
 * <p>Tomcat has no {@code jakarta.validation} unless the application adds it, so this class never names its types:
 * only {@link BeanValidation} does, and it is loaded only when the API is there. With the setting
 * {@code mcp.beanValidation=none} (MicroProfile Config or a system property: it is read while CDI discovers the tools,
 * before any servlet context exists) the library uses no Validator and checks only the constraints it maps itself.
 */
public final class Validators {

    public static final String PROPERTY = "mcp.beanValidation";
    private static final System.Logger LOG = System.getLogger(Validators.class.getName());

    private final boolean enabled;
    private volatile boolean resolved;
    /** A {@code jakarta.validation.Validator}, typed Object so that this class links without the API. */
    private volatile Object validator;

    public Validators() {
        this.enabled = !"none".equals(Settings.withoutContext().get(PROPERTY)) && apiPresent();
    }

    /** The Validator, or {@code null} when the deployment has none. */
    Object validator(BeanManager beanManager) {
        if (!resolved) {
            synchronized (this) {
                if (!resolved) {
                    validator = enabled ? BeanValidation.find(beanManager) : null;
                    resolved = true;
                    LOG.log(System.Logger.Level.INFO, validator == null
                            ? "MCP tool arguments: no Bean Validation Validator, the mapped constraints are checked by the library"
                            : "MCP tool arguments are validated with " + validator.getClass().getName());
                }
            }
        }
        return validator;
    }

    /** Causes searched at most: a chain that loops (A caused by B caused by A) ends the search, not the server. */
    private static final int MAX_CAUSES = 32;

    /** Whether {@code t}, or one of its causes, is a {@code jakarta.validation.ConstraintViolationException}. */
    public static Throwable constraintViolation(Throwable t) {
        Throwable cause = t;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (ClassNames.isA(cause, "jakarta.validation.ConstraintViolationException")) {
                return cause;
            }
        }
        return null;
    }

    private static boolean apiPresent() {
        try {
            Class.forName("jakarta.validation.Validator", false, Validators.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
