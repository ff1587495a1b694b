package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.internal.EndpointState;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.Set;

/**
 * Registers the MCP endpoint in every web application that has this jar, at {@code mcp.path} (default {@code /mcp}).
 *
 * <p>It does no CDI work: on Tomcat its order relative to weld-servlet's initializer is undefined, so the servlet
 * looks up its catalog later, in {@code init()}. It uses no {@code @WebServlet} either, which WildFly would try to
 * instantiate on its own. Set {@code mcp.enabled} to {@code false} to register nothing. Beside it, the readiness
 * endpoint ({@code /mcp-ready}), outside the endpoint's access gate, and, when
 * {@code mcp.console.enabled}, the browser console at {@code <mcp.path>/console/}.
 */
public final class McpServletInitializer implements ServletContainerInitializer {

    static final String SERVLET_NAME = "jeemcp";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        McpSettings settings = McpSettings.from(context);
        if (!settings.enabled()) {
            EndpointState.switchedOff();
            return;
        }
        McpServlet endpoint = new McpServlet(settings);
        ServletRegistration.Dynamic registration = context.addServlet(SERVLET_NAME, endpoint);
        if (registration == null) {
            return; // the application registered a servlet of this name itself, and so took over
        }
        registration.addMapping(settings.path());
        registration.setLoadOnStartup(1);
        registration.setAsyncSupported(true);
        ServletRegistration.Dynamic readiness = context.addServlet(SERVLET_NAME + "-ready", new ReadinessServlet(endpoint));
        if (readiness != null) {
            readiness.addMapping(ReadinessServlet.PATH);
        }
        if (settings.console().enabled()) {
            ConsoleServlet console = new ConsoleServlet(settings.console(), endpoint,
                    new AccessGate(settings.auth(), settings.path()));
            context.addServlet(SERVLET_NAME + "-console", console)
                    .addMapping(settings.path() + ConsoleServlet.SUFFIX, settings.path() + ConsoleServlet.SUFFIX + "/*");
        }
        if (settings.auth().publishesMetadata()) {
            AccessGate gate = new AccessGate(settings.auth(), settings.path());
            context.addServlet(SERVLET_NAME + "-resource-metadata", new ProtectedResourceMetadataServlet(settings.auth(), gate))
                    .addMapping(AccessGate.WELL_KNOWN, AccessGate.WELL_KNOWN + "/*");
            context.addServlet(SERVLET_NAME + "-challenge", new AuthChallengeServlet(gate)).addMapping(AuthChallengeServlet.PATH);
        }
    }
}
