package dev.jeemcp.mcp.internal;

import jakarta.servlet.ServletContext;
import java.util.function.UnaryOperator;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The one lookup of every {@code mcp.*} setting, in both jars. A setting comes from the first of these that has a
 * non-blank value for its name:
 * <ol>
 * <li>the application's {@code <context-param>} (web.xml, web-fragment.xml), where a servlet context is at hand;</li>
 * <li>MicroProfile Config, where the application's class loader has it (Payara, WildFly): environment variables,
 * {@code META-INF/microprofile-config.properties} and any other config source, by the ordinals MicroProfile Config
 * gives them;</li>
 * <li>the system property of the same name;</li>
 * <li>the setting's default, which the caller gives.</li>
 * </ol>
 *
 * <p>Whether MicroProfile Config is there is decided once per application, when its settings are first read at
 * deploy time, and the answer is kept in the servlet context: Tomcat has no MicroProfile Config, so only
 * {@link MicroProfileConfig} names its types and it is linked only where the API can be loaded.
 *
 * <p>Secrets ({@code mcp.requestStateKey}, {@code mcp.requestStatePreviousKeys}) are read with {@link #secret}: a
 * value {@code jndi:<name>} names a JNDI entry holding the secret. No value read here is ever logged or put in an
 * error message.
 */
public final class Settings {

    /** The prefix of a secret's value that names the JNDI entry holding it. */
    public static final String JNDI_PREFIX = "jndi:";

    private static final String ATTRIBUTE = Settings.class.getName();
    private static final String CONFIG_PROVIDER = "org.eclipse.microprofile.config.ConfigProvider";
    private static final System.Logger LOG = System.getLogger(Settings.class.getName());
    /** Whether the warning about an unusable MicroProfile Config was given (once per copy of this jar). */
    private static final java.util.concurrent.atomic.AtomicBoolean WARNED = new java.util.concurrent.atomic.AtomicBoolean();

    private final UnaryOperator<String> contextParameters;
    /** MicroProfile Config's lookup, or {@code null} where the application has none. */
    private final UnaryOperator<String> microProfileConfig;

    private Settings(UnaryOperator<String> contextParameters, UnaryOperator<String> microProfileConfig) {
        this.contextParameters = contextParameters;
        this.microProfileConfig = microProfileConfig;
    }

    /**
     * The settings of the application of that servlet context: made once, at the first call (deploy time), and kept
     * as an attribute of the context, so that both jars see the same sources.
     */
    public static Settings of(ServletContext context) {
        if (context.getAttribute(ATTRIBUTE) instanceof Settings known) {
            return known;
        }
        Settings settings = new Settings(context::getInitParameter, microProfileConfig(loaderOf(context)));
        context.setAttribute(ATTRIBUTE, settings);
        return settings;
    }

    /**
     * The settings where no servlet context is at hand (while CDI discovers the application, before its web module
     * has started): MicroProfile Config of the thread's context class loader, then system properties.
     */
    public static Settings withoutContext() {
        return of(name -> null, contextLoader());
    }

    /** For tests: these context parameters, and MicroProfile Config as far as that class loader has it. */
    static Settings of(UnaryOperator<String> contextParameters, ClassLoader loader) {
        return new Settings(contextParameters, microProfileConfig(loader));
    }

    /** Whether MicroProfile Config is one of the sources. */
    public boolean hasMicroProfileConfig() {
        return microProfileConfig != null;
    }

    /** The setting's value, trimmed, or {@code null} when no source has a non-blank one. */
    public String get(String name) {
        String value = nonBlank(contextParameters.apply(name));
        if (value == null && microProfileConfig != null) {
            value = nonBlank(microProfileConfig.apply(name));
        }
        return value != null ? value : nonBlank(System.getProperty(name));
    }

    /** The setting's value, trimmed, or {@code fallback} when no source has one. */
    public String get(String name, String fallback) {
        String value = get(name);
        return value != null ? value : fallback;
    }

    /**
     * A secret setting: its value as {@link #get} finds it, or, when that is {@code jndi:<name>}, the string bound at
     * that JNDI name (looked up now, at deploy time).
     *
     * @throws IllegalStateException naming the setting and the JNDI name (never the value) when nothing is bound
     *     there, or something that is not a string
     */
    public String secret(String name) {
        return resolveSecret(name, get(name));
    }

    /** The secret a setting's value stands for: the value itself, or the JNDI entry {@code jndi:<name>} names. */
    public static String resolveSecret(String setting, String value) {
        if (value == null || !value.startsWith(JNDI_PREFIX)) {
            return value;
        }
        String jndiName = value.substring(JNDI_PREFIX.length()).trim();
        if (jndiName.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") && !jndiName.startsWith("java:")) {
            // A URL name (ldap:, rmi:, dns:, ...) would make the naming provider reach out to another host.
            throw new IllegalStateException(setting + " names the JNDI entry " + jndiName + ", which is a URL: only"
                    + " java: names (java:comp/env/..., java:global/...) and names without a scheme are looked up");
        }
        Object found;
        try {
            found = new InitialContext().lookup(jndiName);
        } catch (NamingException | RuntimeException | NoClassDefFoundError e) {
            // Not the exception's text: it may carry anything the naming provider saw.
            throw new IllegalStateException(setting + " names the JNDI entry " + jndiName + ", which cannot be looked"
                    + " up: bind a string there (an <env-entry> of the application or a JNDI string resource of the"
                    + " server), or give " + setting + " another way");
        }
        String secret = found instanceof String text ? nonBlank(text) : null;
        if (secret == null) {
            throw new IllegalStateException(setting + " names the JNDI entry " + jndiName + ", which holds "
                    + (found instanceof String ? "an empty string" : "no string") + ": bind the value as a java.lang.String");
        }
        return secret;
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The application's class loader, which {@code ConfigProvider.getConfig} needs to find the application's config
     * sources (a library jar in WEB-INF/lib is asked from the container's threads).
     */
    private static ClassLoader loaderOf(ServletContext context) {
        try {
            ClassLoader loader = context.getClassLoader();
            if (loader != null) {
                return loader;
            }
        } catch (RuntimeException e) {
            // UnsupportedOperationException from a listener the application did not declare, or a SecurityException
        }
        return contextLoader();
    }

    private static ClassLoader contextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : Settings.class.getClassLoader();
    }

    /** MicroProfile Config's lookup for that class loader, or {@code null} where it has no MicroProfile Config. */
    private static UnaryOperator<String> microProfileConfig(ClassLoader loader) {
        try {
            Class.forName(CONFIG_PROVIDER, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // Tomcat, Java SE: context parameters and system properties only
        }
        try {
            return new MicroProfileConfig(loader);
        } catch (LinkageError | RuntimeException e) {
            // The API without an implementation (a WAR that bundles the API jar alone on Tomcat), or an API this jar's
            // class loader cannot see: the settings still come from the other sources.
            if (!WARNED.getAndSet(true)) {
                LOG.log(System.Logger.Level.WARNING, "MicroProfile Config is present but unusable here ("
                        + e.getClass().getName() + "): mcp.* settings come from context parameters and system properties only");
            }
            return null;
        }
    }
}
