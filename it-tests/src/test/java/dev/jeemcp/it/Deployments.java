package dev.jeemcp.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the real sample WAR as the build made it. */
final class Deployments {

    static final File DIR = new File(System.getProperty("deployments.dir", "target/deployments"));

    private Deployments() {
    }

    static WebArchive sample() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(DIR, "sample.war"));
    }

    /** The MCP endpoint of a deployment Arquillian reports at {@code base}. */
    static URI endpoint(URL base) {
        return URI.create(base.toString().replaceAll("/$", "") + "/mcp");
    }
}
