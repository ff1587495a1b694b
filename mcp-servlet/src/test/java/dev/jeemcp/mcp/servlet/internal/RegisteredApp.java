package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.servlet.internal.http.McpServletInitializer;
import java.net.URI;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * A web application at {@code /app} on an embedded Tomcat whose servlets the jar registers itself
 * ({@link McpServletInitializer}), as a container does when it finds the jar in {@code WEB-INF/lib}.
 */
final class RegisteredApp implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    /** {@code http://127.0.0.1:<port>/app}. */
    final URI base;

    /** @param setup adds context parameters, filters and the like before the application starts */
    RegisteredApp(Consumer<Context> setup) throws Exception {
        tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("/app", null);
        setup.accept(context);
        context.addServletContainerInitializer(new McpServletInitializer(), null);
        tomcat.start();
        base = URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/app");
    }

    /** With these context parameters only. */
    static RegisteredApp withParameters(String... namesAndValues) throws Exception {
        return new RegisteredApp(context -> addParameters(context, namesAndValues));
    }

    static void addParameters(Context context, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            context.addParameter(namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    @Override
    public void close() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }
}
