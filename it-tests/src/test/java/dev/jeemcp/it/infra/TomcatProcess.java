package dev.jeemcp.it.infra;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Tomcat: the distribution the build unpacked ({@code tomcat.home}) as CATALINA_HOME, and a CATALINA_BASE of the
 * instance's own with the tests' conf and the WAR in webapps, started as catalina.sh would start it, in one JVM.
 */
public final class TomcatProcess extends ServerProcess {

    private static final Path HOME = Path.of(System.getProperty("tomcat.home"));
    private final Path base;

    private TomcatProcess(Path base, String name, List<String> systemProperties, int port) {
        super(name, systemProperties, port);
        this.base = base;
    }

    static ServerProcess start(File war, String name, List<String> systemProperties) throws IOException {
        Path base = Files.createTempDirectory("tomcat-" + name);
        for (String dir : List.of("webapps", "logs", "temp", "work")) {
            Files.createDirectories(base.resolve(dir));
        }
        copyFiles(HOME.resolve("conf"), base.resolve("conf"));
        Files.copy(war.toPath(), base.resolve("webapps/sample.war"), StandardCopyOption.REPLACE_EXISTING);
        return new TomcatProcess(base, name, systemProperties, freePort()).boot("");
    }

    @Override
    public ServerProcess restart() throws IOException {
        return new TomcatProcess(base, name, systemProperties, port).boot("-restarted");
    }

    @Override
    Process launch(Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m",
                "-Dcatalina.home=" + HOME, "-Dcatalina.base=" + base, "-Djava.io.tmpdir=" + base.resolve("temp"),
                "-Djava.util.logging.config.file=" + base.resolve("conf/logging.properties"),
                "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager",
                // server.xml: the HTTP port, and no shutdown port (the test stops the JVM).
                "-Dtomcat.httpPort=" + port, "-Dtomcat.shutdownPort=-1"));
        systemProperties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-cp", HOME.resolve("bin/bootstrap.jar") + File.pathSeparator + HOME.resolve("bin/tomcat-juli.jar"),
                "org.apache.catalina.startup.Bootstrap", "start"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
