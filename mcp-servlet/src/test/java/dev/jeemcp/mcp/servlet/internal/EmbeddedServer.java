package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.servlet.internal.http.McpServlet;
import dev.jeemcp.mcp.servlet.internal.http.ReadinessServlet;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.McpCatalog;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.function.UnaryOperator;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/** The servlet in a real, embedded Tomcat on a free loopback port, for tests of what happens on the wire. */
final class EmbeddedServer implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    final HttpClient client = HttpClient.newHttpClient();
    final URI endpoint;
    /** {@code /mcp-ready} of the same application. */
    final URI readiness;

    EmbeddedServer(McpCatalog catalog, McpSettings settings) {
        this(catalog, settings, context -> { });
    }

    /** @param customizer adds filters or servlets to the web application before it starts */
    EmbeddedServer(McpCatalog catalog, McpSettings settings, java.util.function.Consumer<Context> customizer) {
        try {
            tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
            tomcat.setPort(0);
            tomcat.getConnector().setProperty("address", "127.0.0.1");
            Context context = tomcat.addContext("/app", null);
            McpServlet servlet = new McpServlet(settings, catalog);
            Wrapper wrapper = Tomcat.addServlet(context, "mcp", servlet);
            wrapper.setAsyncSupported(true);
            wrapper.setLoadOnStartup(1); // as McpServletInitializer registers it
            context.addServletMappingDecoded(settings.path(), "mcp");
            Tomcat.addServlet(context, "mcp-ready", new ReadinessServlet(servlet));
            context.addServletMappingDecoded(ReadinessServlet.PATH, "mcp-ready");
            customizer.accept(context);
            tomcat.start();
            endpoint = URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/app" + settings.path());
            readiness = URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/app" + ReadinessServlet.PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts {@code filter} in front of everything in that web application, as a container's security or tracing would. */
    static void filterEverything(Context context, String name, Filter filter) {
        FilterDef definition = new FilterDef();
        definition.setFilterName(name);
        definition.setFilter(filter);
        context.addFilterDef(definition);
        FilterMap everything = new FilterMap();
        everything.setFilterName(name);
        everything.addURLPattern("/*");
        context.addFilterMap(everything);
    }

    /** Hands every request of that web application on as {@code wrap} makes it, as a container's or an application's filter would. */
    static void wrapEveryRequest(Context context, String name, UnaryOperator<HttpServletRequest> wrap) {
        filterEverything(context, name, (request, response, chain) -> chain.doFilter(wrap.apply((HttpServletRequest) request), response));
    }

    /** A POST with the headers a well-behaved client sends, plus the given ones. */
    HttpRequest.Builder post(String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** {@code GET /mcp-ready}, with no credentials. */
    HttpResponse<String> readiness() {
        return send(HttpRequest.newBuilder(readiness).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws LifecycleException, IOException {
        tomcat.stop();
        tomcat.destroy();
        try (var files = Files.walk(java.nio.file.Path.of(tomcat.getServer().getCatalinaBase().getPath()))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
