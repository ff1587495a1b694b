package dev.jeemcp.it.infra;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real nginx (Debian's package, installed by {@code .ci/run}) that round-robins over instances on loopback, in a
 * prefix of its own under {@code target/}. Its access log records, per request, the instance that answered, the
 * status and the {@code X-Flow} header the test clients send, so a test can see where every request went.
 */
public final class NginxBalancer implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("nginx.binary", "/usr/sbin/nginx"));

    private final Process process;
    private final Path accessLog;
    final int port;

    private NginxBalancer(Process process, Path accessLog, int port) {
        this.process = process;
        this.accessLog = accessLog;
        this.port = port;
    }

    /** Starts nginx in front of these ports and waits until it listens. */
    static NginxBalancer start(List<Integer> upstreamPorts) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install Debian's nginx (apt-get install -y nginx), as .ci/run does");
        }
        Path prefix = Files.createDirectories(Path.of("target", "nginx").toAbsolutePath());
        Path accessLog = prefix.resolve("access.log");
        Files.deleteIfExists(accessLog);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String servers = upstreamPorts.stream()
                // A refused connection marks the instance down for 2 s; a POST that never reached it goes to the next.
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=2s;")
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
        Files.createDirectories(prefix.resolve("tmp"));
        Process process = new ProcessBuilder(BINARY.toString(), "-p", prefix + "/", "-c", "nginx.conf", "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        NginxBalancer balancer = new NginxBalancer(process, accessLog, port);
        balancer.awaitListening();
        return balancer;
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
