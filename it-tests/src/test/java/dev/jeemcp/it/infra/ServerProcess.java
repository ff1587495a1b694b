package dev.jeemcp.it.infra;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One server JVM of our own with the sample at {@code /sample}, on loopback, for tests that need several instances
 * side by side (Arquillian manages one at a time). The instances share nothing but the database. Each server says how
 * it is launched; waiting for the deployment, crashing and stopping are the same for all.
 */
public abstract class ServerProcess implements AutoCloseable {

    final String name;
    final List<String> systemProperties;
    final int port;
    private Process process;
    private Path log;
    private boolean rebooted;

    ServerProcess(String name, List<String> systemProperties, int port) {
        this.name = name;
        this.systemProperties = List.copyOf(systemProperties);
        this.port = port;
    }

    /** Starts the server's JVM (or its launch script) with its output going to {@code log}. */
    abstract Process launch(Path log) throws IOException;

    /** A new process of the same instance on the same port, as an operator brings a crashed instance back. */
    public abstract ServerProcess restart() throws IOException;

    /** A failed boot that is the server's fault, before anything of ours ran, and worth one more try. */
    boolean bootRaceLost(String logText) {
        return false;
    }

    final ServerProcess boot(String suffix) throws IOException {
        log = Path.of("target", getClass().getSimpleName() + "-" + name + suffix + ".log");
        process = launch(log);
        return this;
    }

    /** What the server has logged so far. */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/sample/mcp");
    }

    /** The library's readiness endpoint of the sample, which answers 200 once the instance can take MCP traffic. */
    public URI readiness() {
        return URI.create("http://127.0.0.1:" + port + "/sample/mcp-ready");
    }

    /**
     * Waits until the instance says it is ready ({@code /mcp-ready} answers 200), or fails with the end of the server
     * log. Asking readiness, not the port: Payara Micro opens its port and answers 404 before the WAR is deployed.
     */
    public ServerProcess awaitReady(Duration timeout) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        try {
            Poll.until(timeout, () -> ready(client), "the sample's readiness");
            return this;
        } catch (AssertionError | IllegalStateException e) {
            String tail = log();
            throw new IllegalStateException(getClass().getSimpleName() + " " + name + " on port " + port + " did not come up:\n"
                    + tail.substring(Math.max(0, tail.length() - 3000)), e);
        }
    }

    /** Whether the instance is ready; boots once more after a lost boot race, and gives up when the JVM is gone. */
    private boolean ready(HttpClient client) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("the process exited");
        }
        if (!rebooted && bootRaceLost(log())) {
            rebooted = true;
            System.out.println(getClass().getSimpleName() + " " + name + " lost a boot race; booting it again");
            kill();
            boot("-reboot");
            return false;
        }
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(readiness()).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200; // 404 before deployment, 503 while not ready
        } catch (IOException notYet) {
            return false; // still booting
        }
    }

    /** Stops it the hard way, as a crash would (SIGKILL, launch script and JVM alike), and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /**
     * Closes these instances (nulls are skipped) side by side: each is asked to stop before any is waited for, so that
     * a test's instances take as long to stop as the slowest, not as all of them one after the other.
     */
    public static void closeAll(Iterable<? extends ServerProcess> instances) throws InterruptedException {
        for (ServerProcess instance : instances) {
            if (instance != null && instance.process != null) {
                instance.process.destroy();
            }
        }
        for (ServerProcess instance : instances) {
            if (instance != null && instance.process != null) {
                instance.close();
            }
        }
    }

    /** Copies the files (not the folders) of one directory into another, which it creates. */
    static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
