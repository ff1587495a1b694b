package dev.jeemcp.it.infra;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's headless Chromium, driven by its chromedriver over the W3C WebDriver protocol with {@code java.net.http}:
 * the few commands a page test needs (open, find, type, click, read, screenshot), without a WebDriver library.
 * Both are installed by {@code src/test/chromium/ensure-chromium.sh}, which the build runs before the integration
 * tests. Each instance starts its own chromedriver on a free loopback port and stops it on {@link #close}.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    /** The W3C name of an element reference in WebDriver's JSON. */
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newHttpClient();
    private final Process driver;
    private final URI session;

    private HeadlessChromium(Process driver, URI session) {
        this.driver = driver;
        this.session = session;
    }

    /** Starts chromedriver and a headless browser session. */
    public static HeadlessChromium start() throws IOException {
        if (!Files.isExecutable(DRIVER) || !Files.isExecutable(BROWSER)) {
            throw new IllegalStateException(DRIVER + " or " + BROWSER + " is missing: apt-get install -y chromium chromium-driver"
                    + " (src/test/chromium/ensure-chromium.sh does it in the build)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createDirectories(Path.of("target", "chromium").toAbsolutePath()).resolve("chromedriver-" + port + ".log");
        Process driver = new ProcessBuilder(DRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient client = HttpClient.newHttpClient();
        try {
            Poll.until(WAIT, () -> {
                try {
                    return client.send(HttpRequest.newBuilder(base.resolve("/status")).build(), HttpResponse.BodyHandlers.ofString())
                            .body().contains("\"ready\":true");
                } catch (IOException e) {
                    return false;
                }
            }, "chromedriver ready on port " + port);
            // --no-sandbox: the build may run as root, where Chromium's sandbox refuses to start.
            String capabilities = "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\",\"goog:chromeOptions\":{"
                    + "\"binary\":\"" + BROWSER + "\",\"args\":[\"--headless=new\",\"--no-sandbox\",\"--disable-gpu\","
                    + "\"--disable-dev-shm-usage\",\"--window-size=1280,2400\"]}}}}";
            JsonObject created = value(exchange(client, HttpRequest.newBuilder(base.resolve("/session"))
                    .POST(HttpRequest.BodyPublishers.ofString(capabilities)))).asJsonObject();
            return new HeadlessChromium(driver, base.resolve("/session/" + created.getString("sessionId") + "/"));
        } catch (RuntimeException | Error e) {
            driver.destroy();
            throw e;
        }
    }

    /**
     * Sends these headers with every request the page makes, through the DevTools protocol. A test stands in for the
     * login the browser would otherwise do: the secured sample answers 401 with a Bearer challenge, to which a browser
     * offers no BASIC prompt.
     */
    public void sendHeaders(Map<String, String> headers) {
        command("goog/cdp/execute", "{\"cmd\":\"Network.enable\",\"params\":{}}");
        var values = Json.createObjectBuilder();
        headers.forEach(values::add);
        command("goog/cdp/execute", Json.createObjectBuilder().add("cmd", "Network.setExtraHTTPHeaders")
                .add("params", Json.createObjectBuilder().add("headers", values)).build().toString());
    }

    public void open(String url) {
        command("url", Json.createObjectBuilder().add("url", url).build().toString());
    }

    /** The element the CSS selector finds, once it is there. */
    public String await(String selector) {
        return Poll.until(WAIT, () -> find(selector), Optional::isPresent, "an element " + selector).orElseThrow();
    }

    /** The element, or empty when there is none (yet). */
    public Optional<String> find(String selector) {
        HttpResponse<String> response = request(HttpRequest.newBuilder(session.resolve("element"))
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("using", "css selector")
                        .add("value", selector).build().toString())));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(value(response).asJsonObject().getString(ELEMENT));
    }

    public void type(String element, String text) {
        command("element/" + element + "/value", Json.createObjectBuilder().add("text", text).build().toString());
    }

    public void click(String element) {
        command("element/" + element + "/click", "{}");
    }

    /** The element's rendered text. */
    public String text(String element) {
        return ((jakarta.json.JsonString) value(request(HttpRequest.newBuilder(session.resolve("element/" + element + "/text")).GET())))
                .getString();
    }

    /** Saves a PNG of the viewport and returns its path. */
    public Path screenshot(Path file) throws IOException {
        String png = ((jakarta.json.JsonString) value(request(HttpRequest.newBuilder(session.resolve("screenshot")).GET()))).getString();
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, Base64.getDecoder().decode(png));
    }

    private void command(String path, String body) {
        value(request(HttpRequest.newBuilder(session.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private HttpResponse<String> request(HttpRequest.Builder request) {
        return exchange(client, request);
    }

    private static HttpResponse<String> exchange(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonValue value(HttpResponse<String> response) {
        JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
        if (response.statusCode() != 200) {
            throw new AssertionError("WebDriver answered " + response.statusCode() + ": " + answer);
        }
        return answer.get("value");
    }

    @Override
    public void close() {
        try {
            request(HttpRequest.newBuilder(session).DELETE());
        } finally {
            driver.destroy();
        }
    }
}
