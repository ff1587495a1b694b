package dev.jeemcp.it.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * WildFly: the distribution the build unpacked and prepared ({@code wildfly.home}, see prepare-wildfly.sh) and a server
 * base directory of the instance's own with the WAR in its deployments folder, started by {@code standalone.sh}. All
 * its ports move by one offset, so that several instances run side by side.
 *
 * <p>The instances share PostgreSQL through the server's own datasource, as WildFly operators configure one, rather
 * than the sample's {@code @DataSourceDefinition}: WildFly builds a pool for the annotation with no connection
 * validation and no exception sorter, so after a database restart it keeps handing out dead connections and the
 * application never recovers by itself (measured: 40 requests over 10 s, all 503).
 */
public final class WildFlyProcess extends ServerProcess {

    private static final int HTTP = 8080;
    private static final List<Integer> OTHER_PORTS = List.of(8443, 9990, 9993); // https, management http and https

    private static final Path HOME = Path.of(System.getProperty("wildfly.home"));
    private final Path base;

    private WildFlyProcess(Path base, String name, List<String> systemProperties, int port) {
        super(name, systemProperties, port);
        this.base = base;
    }

    static ServerProcess start(File war, String name, List<String> systemProperties) throws IOException {
        Path base = Files.createTempDirectory("wildfly-" + name);
        copyFiles(HOME.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        // The sample moves to the server's datasource; another WAR (the legacy-app) is deployed as it is.
        WebArchive deployed = war.getName().startsWith("sample") ? onServerDataSource(war)
                : ShrinkWrap.createFromZipFile(WebArchive.class, war);
        deployed.as(ZipExporter.class).exportTo(base.resolve("deployments/sample.war").toFile());
        return new WildFlyProcess(base, name, systemProperties, freeOffset() + HTTP).boot("");
    }

    @Override
    public ServerProcess restart() throws IOException {
        return new WildFlyProcess(base, name, systemProperties, port).boot("-restarted");
    }

    @Override
    Process launch(Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + (port - HTTP),
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1"));
        systemProperties.forEach(property -> command.add("-D" + property));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The script runs the JVM as its child; in the background mode it passes a SIGTERM on to it.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JAVA_OPTS", "-Xmx384m -Djava.net.preferIPv4Stack=true");
        builder.environment().put("JAVA", javaBinary());
        return builder.start();
    }

    /** The sample with its persistence unit on the server's PostgreSQL datasource, QuotesDS. */
    private static WebArchive onServerDataSource(File war) throws IOException {
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        String path = "/WEB-INF/classes/META-INF/persistence.xml";
        String annotated = "<jta-data-source>java:app/jdbc/quotes</jta-data-source>";
        String xml;
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!xml.contains(annotated)) {
            throw new IllegalStateException("The sample's persistence.xml no longer names " + annotated);
        }
        archive.delete(path);
        return archive.add(new StringAsset(xml.replace(annotated, "<jta-data-source>java:jboss/datasources/QuotesDS</jta-data-source>")), path);
    }

    /** An offset that leaves every port the server binds free. */
    private static int freeOffset() {
        while (true) {
            int offset = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            if (isFree(HTTP + offset) && OTHER_PORTS.stream().allMatch(p -> isFree(p + offset))) {
                return offset;
            }
        }
    }
}
