package dev.jeemcp.it.infra;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The server a failsafe execution runs the black-box tests on ({@code it.server}, set per execution in the pom), and
 * what differs between servers for a test: the sample WAR built for it, how an application switches on BASIC
 * authentication there, and whether it has the managed executor that tasks run on.
 */
public enum Server {
    /** Payara Micro 6 or 7: Jakarta Security's BASIC mechanism over Payara's file realm (users: post-boot.asadmin), MP JWT. */
    PAYARA("sample.war", true, PayaraMicroProcess::start),
    /** Tomcat 10.1 with Weld: the container's BASIC login over tomcat-users.xml, preemptive (sample's context.xml). */
    TOMCAT("sample-tomcat.war", false, TomcatProcess::start),
    /** WildFly 39: the container's BASIC login over the application realm's properties files, MP JWT (microprofile config). */
    WILDFLY("sample.war", true, WildFlyProcess::start);

    /** How an instance of the server is started with a WAR (see {@link ServerProcess}). */
    interface Launcher {
        ServerProcess start(File war, String name, List<String> systemProperties) throws IOException;
    }

    private final String sampleWar;
    private final boolean fullPlatform;
    private final Launcher launcher;

    Server(String sampleWar, boolean fullPlatform, Launcher launcher) {
        this.sampleWar = sampleWar;
        this.fullPlatform = fullPlatform;
        this.launcher = launcher;
    }

    public static Server current() {
        return valueOf(System.getProperty("it.server", "payara").toUpperCase(Locale.ROOT));
    }

    String sampleWar() {
        return sampleWar;
    }

    /** Starts an instance of this server of our own with the sample on it. */
    public ServerProcess startSample(String name, List<String> systemProperties) throws IOException {
        return launcher.start(new File(Deployments.DIR, sampleWar), name, systemProperties);
    }

    /**
     * Starts the sample where OpenTelemetry can be switched on: Payara and WildFly have it (MicroProfile Telemetry);
     * on Tomcat the application brings the OpenTelemetry SDK, so the sample gets it in its WEB-INF/lib.
     */
    ServerProcess startTracedSample(String name, List<String> systemProperties) throws IOException {
        if (fullPlatform) {
            return startSample(name, systemProperties);
        }
        return launcher.start(Deployments.withOpenTelemetrySdk(new File(Deployments.DIR, sampleWar)), name, systemProperties);
    }

    /** Starts an instance of this server of our own with another WAR, exported next to the sample's. */
    public ServerProcess start(org.jboss.shrinkwrap.api.spec.WebArchive war, String name) throws IOException {
        return start(war, name, List.of());
    }

    /** The same, with these system properties (such as {@code mcp.*} or {@code otel.*} settings). */
    public ServerProcess start(org.jboss.shrinkwrap.api.spec.WebArchive war, String name, List<String> systemProperties) throws IOException {
        File file = new File(Deployments.DIR, name + ".war");
        war.as(org.jboss.shrinkwrap.api.exporter.ZipExporter.class).exportTo(file, true);
        return launcher.start(file, name, systemProperties);
    }

    /**
     * Whether the server is a whole Jakarta EE platform; a servlet container (Tomcat) gets CDI, JSON and JPA from
     * the application's WAR instead.
     */
    public boolean isFullPlatform() {
        return fullPlatform;
    }

    /** Whether {@code @McpTask} tools run as tasks: only where the platform has a ManagedExecutorService. */
    public boolean runsTasks() {
        return fullPlatform;
    }

    /**
     * Where the server answers MicroProfile Health's {@code /health/ready} or {@code /health/live} ({@code kind}) for
     * the application at {@code base}, or empty where it has none (Tomcat). Payara Micro serves it on the application's
     * port, WildFly on its management port (9990 moved by the offset of arquillian.xml).
     */
    public Optional<URI> microProfileHealth(URL base, String kind) {
        return switch (this) {
            case PAYARA -> Optional.of(URI.create("http://127.0.0.1:" + base.getPort() + "/health/" + kind));
            case WILDFLY -> Optional.of(URI.create("http://127.0.0.1:" + WILDFLY_MANAGEMENT_PORT + "/health/" + kind));
            case TOMCAT -> Optional.empty();
        };
    }

    /** The management port of the WildFly that Arquillian runs (arquillian.xml: 9990 + 21000). */
    private static final int WILDFLY_MANAGEMENT_PORT = 30990;

    /** Whether the application declares its authentication mechanism in code (annotations) or in web.xml. */
    boolean declaresLoginInCode() {
        return this == PAYARA;
    }
}
