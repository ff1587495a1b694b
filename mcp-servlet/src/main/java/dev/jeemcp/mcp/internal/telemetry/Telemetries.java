package dev.jeemcp.mcp.internal.telemetry;

import dev.jeemcp.mcp.internal.Settings;
import jakarta.servlet.ServletContext;

/**
 * Chooses the telemetry of a deployment, once. Names no OpenTelemetry type: only after finding the API in this jar's
 * class loader does it touch {@link OtelTelemetry}, the class that does, exactly as {@link Settings} does with
 * MicroProfile Config.
 */
final class Telemetries {

    /** {@code false} switches the library's spans and metrics off even where OpenTelemetry is on. */
    static final String ENABLED = "mcp.telemetry.enabled";
    /** {@code true} puts the caller's principal name and tenant on spans; off by default (they are personal data). */
    static final String CALLER_ATTRIBUTES = "mcp.telemetry.callerAttributes";
    /**
     * Whether the trace context a caller sends is the request span's {@value #PARENT} (the MCP conventions; the
     * default) or only a {@value #LINK} of a new trace (a public endpoint: a caller then cannot force sampling or join
     * another's trace).
     */
    static final String CLIENT_CONTEXT = "mcp.telemetry.clientContext";
    static final String PARENT = "parent";
    static final String LINK = "link";
    static final String OPEN_TELEMETRY_API = "io.opentelemetry.api.OpenTelemetry";

    private static final String ATTRIBUTE = Telemetry.class.getName();
    private static final System.Logger LOG = System.getLogger(Telemetry.class.getName());

    private Telemetries() {
    }

    static Telemetry of(ServletContext context) {
        if (context.getAttribute(ATTRIBUTE) instanceof Telemetry known) {
            return known;
        }
        Telemetry chosen = choose(Settings.of(context));
        context.setAttribute(ATTRIBUTE, chosen);
        return chosen;
    }

    static Telemetry withoutContext() {
        return choose(Settings.withoutContext());
    }

    private static Telemetry choose(Settings settings) {
        if (!flag(settings, ENABLED, true) || !hasOpenTelemetry()) {
            return Telemetry.OFF;
        }
        boolean callerAttributes = flag(settings, CALLER_ATTRIBUTES, false);
        boolean clientContextIsParent = clientContextIsParent(settings);
        try {
            Telemetry found = OtelTelemetry.find(callerAttributes, clientContextIsParent);
            if (found == null) {
                LOG.log(System.Logger.Level.DEBUG, "OpenTelemetry is there but records nowhere: MCP spans and metrics are off");
                return Telemetry.OFF;
            }
            LOG.log(System.Logger.Level.INFO, "MCP " + ((OtelTelemetry) found).recorded() + " go to OpenTelemetry"
                    + (callerAttributes ? ", with the caller" : "")
                    + (clientContextIsParent ? "" : ", callers' trace contexts as links only"));
            return found;
        } catch (LinkageError | RuntimeException e) {
            // An API this jar cannot link (another copy in a parent class loader, one older than it was built for):
            // the endpoint must still serve.
            LOG.log(System.Logger.Level.WARNING, "OpenTelemetry is present but unusable here (" + e.getClass().getName()
                    + "): MCP spans and metrics are off");
            return Telemetry.OFF;
        }
    }

    private static boolean hasOpenTelemetry() {
        try {
            Class.forName(OPEN_TELEMETRY_API, false, Telemetries.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // Tomcat without the API in the WAR: telemetry is off
        }
    }

    private static boolean clientContextIsParent(Settings settings) {
        String value = settings.get(CLIENT_CONTEXT, PARENT);
        if (!value.equalsIgnoreCase(PARENT) && !value.equalsIgnoreCase(LINK)) {
            throw new IllegalStateException(CLIENT_CONTEXT + " must be " + PARENT + " or " + LINK);
        }
        return value.equalsIgnoreCase(PARENT);
    }

    private static boolean flag(Settings settings, String name, boolean fallback) {
        String value = settings.get(name, Boolean.toString(fallback));
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalStateException(name + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }
}
