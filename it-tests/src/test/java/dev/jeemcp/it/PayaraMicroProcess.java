package dev.jeemcp.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Payara Micro JVM of our own, for tests that need several instances side by side (Arquillian manages one at a
 * time). Bound to loopback on a free port, without Hazelcast: the instances share nothing but the database.
 */
final class PayaraMicroProcess implements AutoCloseable {

    private Process process;
    private Path log;
    private final File war;
    private final String name;
    private final List<String> systemProperties;
    final int port;

    private PayaraMicroProcess(Process process, Path log, File war, String name, List<String> systemProperties, int port) {
        this.process = process;
        this.log = log;
        this.war = war;
        this.name = name;
        this.systemProperties = systemProperties;
        this.port = port;
    }

    /** Starts the WAR at context root {@code /sample} with these system properties ({@code name=value}). */
    static PayaraMicroProcess start(File war, String name, List<String> systemProperties) throws IOException {
        return start(war, name, systemProperties, freePort(), "");
    }

    /** Starts a new process of the same WAR on the same port, as an operator brings a crashed instance back. */
    PayaraMicroProcess restart() throws IOException {
        return start(war, name, systemProperties, port, "-restarted");
    }

    private static PayaraMicroProcess start(File war, String name, List<String> systemProperties, int port, String suffix)
            throws IOException {
        Path root = Files.createTempDirectory("payara-" + name);
        Path log = Path.of("target", "payara-" + name + suffix + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m"));
        systemProperties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/deployments/payara-micro.jar"),
                "--nohazelcast", "--port", Integer.toString(port), "--rootDir", root.toString(),
                "--contextroot", "sample", "--deploy", war.getAbsolutePath()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PayaraMicroProcess(process, log, war, name, systemProperties, port);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/sample/mcp");
    }

    /** Waits until the endpoint answers, or fails with the end of the server log. */
    PayaraMicroProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean retried = false;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                break;
            }
            if (!retried && bootRaceLost()) {
                retried = true;
                bootAgain();
                continue;
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(endpoint()).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 405) {
                    return this; // the MCP servlet answers: deployed
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(500);
        }
        String tail = Files.exists(log) ? Files.readString(log) : "";
        throw new IllegalStateException("Payara Micro on port " + port + " did not come up:\n"
                + tail.substring(Math.max(0, tail.length() - 3000)));
    }

    /**
     * Payara Micro 6.2025.10 quirk: now and then, with several instances booting at once on two cores, its security
     * service starts on a thread without a context class loader ("Error while installing policy provider"), and the
     * WAR is not deployed. Nothing of ours has run yet; booting again fixes it.
     */
    private boolean bootRaceLost() throws IOException {
        return Files.exists(log) && Files.readString(log).contains("SecurityLifecycleException");
    }

    private void bootAgain() throws IOException, InterruptedException {
        System.out.println("Payara Micro " + name + " lost its boot race (SecurityLifecycleException); booting it again");
        process.destroyForcibly().waitFor();
        PayaraMicroProcess again = start(war, name, systemProperties, port, "-reboot");
        process = again.process;
        log = again.log;
    }

    /** Stops it the hard way, as a crash would (SIGKILL), and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
