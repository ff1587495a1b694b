package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.Server;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a server with MicroProfile Config (Payara, WildFly), the library's settings come from it: the sample is deployed
 * with a {@code META-INF/microprofile-config.properties} that names the server and gives it instructions, and with a
 * web.xml context parameter for the version that the file also sets, which must win. Tomcat has no MicroProfile
 * Config: there the test is skipped (the same WAR deploys and ignores the file).
 */
@ExtendWith(ArquillianExtension.class)
class MicroProfileConfigIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.sample()
                .addAsResource(new StringAsset("""
                        mcp.serverName=configured-by-microprofile-config
                        mcp.serverVersion=9.9.9-from-microprofile-config
                        mcp.instructions=Instructions from microprofile-config.properties.
                        """), "META-INF/microprofile-config.properties")
                .setWebXML(new StringAsset("""
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                          <context-param><param-name>mcp.anonymousTenant</param-name><param-value>true</param-value></context-param>
                          <context-param><param-name>mcp.serverVersion</param-name><param-value>1.2.3-from-web-xml</param-value></context-param>
                        </web-app>"""));
    }

    @ArquillianResource
    URL base;

    private RawHttp http;

    @BeforeEach
    void connect() {
        assumeTrue(Server.current().isFullPlatform(), "Tomcat has no MicroProfile Config");
        http = new RawHttp(Deployments.endpoint(base));
    }

    @Test
    void theServerIsNamedByMicroProfileConfigAndTheContextParameterWins() {
        JsonObject result = http.expect(http.modern("server/discover", obj(), null), 200, null).getJsonObject("result");
        JsonObject serverInfo = result.getJsonObject("_meta").getJsonObject("io.modelcontextprotocol/serverInfo");
        assertEquals("configured-by-microprofile-config", serverInfo.getString("name"));
        assertEquals("1.2.3-from-web-xml", serverInfo.getString("version"));
        assertEquals("Instructions from microprofile-config.properties.", result.getString("instructions"));
    }
}
