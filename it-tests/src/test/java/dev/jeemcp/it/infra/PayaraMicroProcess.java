package dev.jeemcp.it.infra;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Payara Micro: one JVM from the payara-micro jar, without Hazelcast, the WAR deployed from the command line. */
public final class PayaraMicroProcess extends ServerProcess {

    private final File war;

    private PayaraMicroProcess(File war, String name, List<String> systemProperties, int port) {
        super(name, systemProperties, port);
        this.war = war;
    }

    static ServerProcess start(File war, String name, List<String> systemProperties) throws IOException {
        return new PayaraMicroProcess(war, name, systemProperties, freePort()).boot("");
    }

    @Override
    public ServerProcess restart() throws IOException {
        return new PayaraMicroProcess(war, name, systemProperties, port).boot("-restarted");
    }

    @Override
    Process launch(Path log) throws IOException {
        Path root = Files.createTempDirectory("payara-" + name);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m"));
        systemProperties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/deployments/payara-micro-6.jar"),
                "--nohazelcast", "--port", Integer.toString(port), "--rootDir", root.toString(),
                "--contextroot", "sample", "--deploy", war.getAbsolutePath()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Payara Micro 6.2025.10 quirk: now and then, with several instances booting at once on two cores, its security
     * service starts on a thread without a context class loader ("Error while installing policy provider"), and the
     * WAR is not deployed. Nothing of ours has run yet; booting again fixes it.
     */
    @Override
    boolean bootRaceLost(String logText) {
        return logText.contains("SecurityLifecycleException");
    }
}
