package dev.jeemcp.it.infra;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real nginx (Debian's package, installed by {@code .ci/run}) that round-robins over instances on loopback, in a
 * prefix of its own under {@code target/}. Its access log records, per request, the instance that answered, the
 * status and the {@code X-Flow} header the test clients send, so a test can see where every request went.
 *
 * <p>Open-source nginx has no active health checks, so the test plays the orchestrator: it {@linkplain #withdraw
 * withdraws} an instance it stops and {@linkplain #admit admits} it again once its readiness endpoint says so, as
 * Kubernetes does with a readiness probe (configuration reloaded, connections kept).
 */
public final class NginxBalancer implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("nginx.binary", "/usr/sbin/nginx"));

    private final Process process;
    private final Path accessLog;
    private final Path prefix;
    private final List<Integer> upstreamPorts;
    private final Set<Integer> withdrawn = new HashSet<>();
    final int port;

    private NginxBalancer(Process process, Path prefix, List<Integer> upstreamPorts, int port) {
        this.process = process;
        this.prefix = prefix;
        this.accessLog = prefix.resolve("access.log");
        this.upstreamPorts = List.copyOf(upstreamPorts);
        this.port = port;
    }

    /** Starts nginx in front of these ports and waits until it listens. */
    static NginxBalancer start(List<Integer> upstreamPorts) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install Debian's nginx (apt-get install -y nginx), as .ci/run does");
        }
        Path prefix = Files.createDirectories(Path.of("target", "nginx").toAbsolutePath());
        Files.deleteIfExists(prefix.resolve("access.log"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        writeConfiguration(prefix, upstreamPorts, Set.of(), port);
        Files.createDirectories(prefix.resolve("tmp"));
        Process process = new ProcessBuilder(BINARY.toString(), "-p", prefix + "/", "-c", "nginx.conf", "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        NginxBalancer balancer = new NginxBalancer(process, prefix, upstreamPorts, port);
        balancer.awaitListening();
        return balancer;
    }

    /** Takes the instance on that port out of rotation (it is stopped or not ready): nginx sends it nothing more. */
    public synchronized void withdraw(int upstreamPort) throws IOException, InterruptedException {
        withdrawn.add(upstreamPort);
        reload();
    }

    /** Puts the instance on that port back into rotation, once its readiness endpoint answers 200. */
    public synchronized void admit(int upstreamPort) throws IOException, InterruptedException {
        withdrawn.remove(upstreamPort);
        reload();
    }

    private void reload() throws IOException, InterruptedException {
        writeConfiguration(prefix, upstreamPorts, withdrawn, port);
        Process reload = new ProcessBuilder(BINARY.toString(), "-p", prefix + "/", "-c", "nginx.conf", "-s", "reload")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(prefix.resolve("nginx.out").toFile())).start();
        if (!reload.waitFor(10, TimeUnit.SECONDS) || reload.exitValue() != 0) {
            throw new IllegalStateException("nginx did not reload: " + Files.readString(prefix.resolve("nginx.out")));
        }
    }

    private static void writeConfiguration(Path prefix, List<Integer> upstreamPorts, Set<Integer> withdrawn, int port) throws IOException {
        String servers = upstreamPorts.stream()
                // A refused connection marks the instance down for 2 s; a POST that never reached it goes to the next.
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=2s" + (withdrawn.contains(p) ? " down;" : ";"))
                .collect(Collectors.joining("\n"));
        Files.writeString(prefix.resolve("nginx.conf"), """
                worker_processes 1;
                pid nginx.pid;
                error_log error.log warn;
                events { worker_connections 512; }
                http {
                  log_format upstreams '$upstream_addr $status $http_x_flow';
                  access_log access.log upstreams;
                  client_body_temp_path tmp; proxy_temp_path tmp; fastcgi_temp_path tmp; uwsgi_temp_path tmp; scgi_temp_path tmp;
                  client_body_buffer_size 1m;
                  upstream mcp {
                %s
                    keepalive 32;
                  }
                  server {
                    listen 127.0.0.1:%d;
                    location / {
                      proxy_pass http://mcp;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_connect_timeout 1s;
                      proxy_read_timeout 60s;
                      proxy_buffering off;
                    }
                  }
                }
                """.formatted(servers, port));
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/sample/mcp");
    }

    /** The access log so far: one line per request, {@code upstream status flow}. */
    public List<String> accessLog() throws IOException {
        return Files.exists(accessLog) ? Files.readAllLines(accessLog) : List.of();
    }

    private void awaitListening() {
        Poll.until(Duration.ofSeconds(10), this::listening, "nginx to listen on " + port);
    }

    private boolean listening() throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("nginx exited: " + Files.readString(Path.of("target", "nginx", "nginx.out")));
        }
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
