package dev.jeemcp.it.infra;

import dev.jeemcp.it.fixtures.ContentTools;
import dev.jeemcp.it.fixtures.TaskPersistence;
import dev.jeemcp.it.security.FileRealmBasic;
import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the real sample WAR as the build made it. */
public final class Deployments {

    static final File DIR = new File(System.getProperty("deployments.dir", "target/deployments"));

    private Deployments() {
    }

    /** The sample as built for the server under test. */
    public static WebArchive sample() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(DIR, Server.current().sampleWar()));
    }

    /**
     * The conformance suite's fixtures (package {@code fixtures}) as a WAR of their own, with the library jars exactly
     * as the sample packages them for the server under test (on Tomcat, with everything the sample adds).
     */
    public static WebArchive fixtures() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "conformance.war")
                .addPackage(ContentTools.class.getPackage())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .setWebXML(new StringAsset("""
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                          <context-param><param-name>mcp.requestStateKey</param-name><param-value>%s</param-value></context-param>
                          <!-- The conformance suite's client is anonymous, and its tasks-* scenarios need state: open the shared tenant. -->
                          <context-param><param-name>mcp.anonymousTenant</param-name><param-value>true</param-value></context-param>
                        </web-app>""".formatted(Deployments.STATE_KEY)));
        WebArchive sample = sample();
        boolean fullPlatform = Server.current().isFullPlatform();
        if (fullPlatform) {
            // Tasks live in the application's database: the fixtures bring an embedded H2 unit of their own.
            war.addAsResource(new StringAsset("""
                    <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                      <persistence-unit name="conformance" transaction-type="JTA">
                        <jta-data-source>java:app/jdbc/conformance</jta-data-source>
                        <mapping-file>META-INF/jeemcp/orm.xml</mapping-file>
                        <exclude-unlisted-classes>true</exclude-unlisted-classes>
                      </persistence-unit>
                    </persistence>"""), "META-INF/persistence.xml");
        } else {
            // A servlet container: no tasks, and the CDI and JSON jars the sample brings there.
            war.deleteClass(TaskPersistence.class);
            war.addAsManifestResource(sample.get("/META-INF/context.xml").getAsset(), "context.xml");
        }
        return withLibraries(war, sample, path -> path.startsWith("/WEB-INF/lib/") && (!fullPlatform
                || path.startsWith("/WEB-INF/lib/mcp-") || path.startsWith("/WEB-INF/lib/h2-")));
    }

    /** The WAR with those of the sample's jars that {@code which} picks by path, as the sample packages them. */
    private static WebArchive withLibraries(WebArchive war, WebArchive sample, java.util.function.Predicate<String> which) {
        sample.getContent(path -> which.test(path.get())).forEach((path, node) ->
                war.addAsLibrary(ShrinkWrap.create(ZipImporter.class, new File(path.get()).getName())
                        .importFrom(node.getAsset().openStream()).as(JavaArchive.class)));
        return war;
    }

    /**
     * A copy of this WAR (the sample's Tomcat variant) with the OpenTelemetry API, SDK, autoconfiguration and OTLP
     * exporter in {@code WEB-INF/lib}, as an application on Tomcat adds them to be traced (the pom copies them to
     * {@code otel-sdk/}). Written next to the original.
     */
    static File withOpenTelemetrySdk(File war) throws java.io.IOException {
        WebArchive traced = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        try (var jars = java.nio.file.Files.list(new File(DIR, "otel-sdk").toPath())) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).forEach(jar -> traced.addAsLibrary(jar.toFile()));
        }
        File file = new File(DIR, "traced-" + war.getName());
        traced.as(org.jboss.shrinkwrap.api.exporter.ZipExporter.class).exportTo(file, true);
        return file;
    }

    /**
     * "legacy-app" (package {@code legacyapp}): an existing enterprise application with MCP added, with container login
     * as the secured sample has it and the library and PostgreSQL driver jars the sample packages. Full platforms only:
     * it is made of Enterprise Beans and JAX-RS.
     *
     * @param extra more classes, such as one the deployment must refuse
     */
    public static WebArchive legacyApp(Class<?>... extra) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "legacy.war")
                .addPackages(true, dev.jeemcp.it.legacyapp.LegacyPersistence.class.getPackage())
                .addClasses(extra)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsResource(new StringAsset("""
                        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                          <persistence-unit name="legacy" transaction-type="JTA">
                            <jta-data-source>java:app/jdbc/legacy</jta-data-source>
                            <mapping-file>META-INF/jeemcp/orm.xml</mapping-file>
                            <class>dev.jeemcp.it.legacyapp.claims.Customer</class>
                            <class>dev.jeemcp.it.legacyapp.claims.Claim</class>
                            <class>dev.jeemcp.it.legacyapp.claims.ClaimNote</class>
                            <exclude-unlisted-classes>true</exclude-unlisted-classes>
                            <properties>
                              <!-- The application's tables; the library's exist already (SharedDatabase), so creating
                                   those fails harmlessly and is only logged. -->
                              <property name="jakarta.persistence.schema-generation.database.action" value="create"/>
                            </properties>
                          </persistence-unit>
                        </persistence>"""), "META-INF/persistence.xml");
        // Payara: @RunAs runs as a principal mapped to the role, and with the default group-to-role mapping there is
        // none ("computeRunAsPrincipal"): the application maps one, as Payara's documentation says. A mapping file
        // replaces the default mapping, so it maps every role. Other servers ignore the file.
        war.addAsWebInfResource(new StringAsset("""
                <payara-web-app>
                  <security-role-mapping>
                    <role-name>quoter</role-name>
                    <group-name>quoter</group-name>
                  </security-role-mapping>
                  <security-role-mapping>
                    <role-name>underwriter</role-name>
                    <principal-name>carol</principal-name>
                    <group-name>underwriter</group-name>
                  </security-role-mapping>
                </payara-web-app>"""), "payara-web.xml");
        String params = REQUIRED;
        if (Server.current().declaresLoginInCode()) {
            war.addClass(FileRealmBasic.class).setWebXML(new StringAsset(webXml(params)));
        } else {
            war.setWebXML(new StringAsset(webXml(params
                    + "<login-config><auth-method>BASIC</auth-method><realm-name>mcp</realm-name></login-config>")));
        }
        if (Server.current() == Server.WILDFLY) {
            // Its standard configuration has no MicroProfile OpenAPI: the application brings the annotations' API.
            war.addAsLibrary(new File(DIR, "microprofile-openapi-api.jar"));
        }
        return withLibraries(war, sample(), path -> path.startsWith("/WEB-INF/lib/mcp-") || path.startsWith("/WEB-INF/lib/postgresql-"));
    }

    /**
     * The sample with container security switched on the way an application does it on the server under test, the
     * library's resource-server checks on (see {@link #secureWebXml}) and these extra context parameters.
     */
    public static WebArchive secured(String extraParams) {
        return secured(FileRealmBasic.class, "BASIC", extraParams);
    }

    /**
     * The same with another authentication mechanism: on Payara the class that declares it with annotations, on the
     * other servers the {@code login-config} method in web.xml (WildFly takes MicroProfile JWT's {@code @LoginConfig}
     * only on a JAX-RS application class, which the sample has none of).
     */
    public static WebArchive secured(Class<?> payaraMechanism, String authMethod, String extraParams) {
        return withLogin(payaraMechanism, authMethod, REQUIRED + extraParams);
    }

    /**
     * The sample with container BASIC login, but anonymous callers let through to the library (no
     * {@code mcp.auth.required}), with these context parameters: what the library does with anonymous callers.
     */
    public static WebArchive loginOptional(String params) {
        return withLogin(FileRealmBasic.class, "BASIC", params);
    }

    private static WebArchive withLogin(Class<?> payaraMechanism, String authMethod, String params) {
        WebArchive war = sample();
        if (Server.current().declaresLoginInCode()) {
            return war.addClass(payaraMechanism).setWebXML(new StringAsset(webXml(params)));
        }
        return war.setWebXML(new StringAsset(webXml(params
                + "<login-config><auth-method>" + authMethod + "</auth-method><realm-name>mcp</realm-name></login-config>")));
    }

    /** The canonical URI the secure deployments name in their metadata (as behind a proxy: not the test's URL). */
    public static final String RESOURCE = "https://mcp.test.example/mcp";

    /** Everyone must be authenticated and a quoter. */
    private static final String REQUIRED = """
            <context-param><param-name>mcp.auth.required</param-name><param-value>true</param-value></context-param>
            <context-param><param-name>mcp.auth.rolesAllowed</param-name><param-value>quoter</param-value></context-param>
            """;

    /** The key every instance shares to seal requestState (base64 of 32 bytes; a test value, not a secret). */
    static final String STATE_KEY = "c2FtcGxlLXN0YXRlLWtleS1mb3ItdGVzdHMtb25seS0wMQ==";

    /**
     * A web.xml that turns the library's resource-server checks on, as the security guide (docs/guides/security.md)
     * describes: everyone must be authenticated and a quoter, the metadata names the issuer, and the container's own 401s get the challenge.
     */
    static String secureWebXml(String extraParams) {
        return webXml(REQUIRED + extraParams);
    }

    /** The web.xml of a deployment with login: the metadata names the issuer, the container's own 401s get the challenge. */
    private static String webXml(String params) {
        return """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <context-param><param-name>mcp.oauth.authorizationServers</param-name><param-value>https://issuer.test.example</param-value></context-param>
                  <context-param><param-name>mcp.oauth.scopesSupported</param-name><param-value>mcp:tools</param-value></context-param>
                  <context-param><param-name>mcp.oauth.resource</param-name><param-value>%s</param-value></context-param>
                  <context-param><param-name>mcp.requestStateKey</param-name><param-value>%s</param-value></context-param>
                  %s
                  <security-role><role-name>quoter</role-name></security-role>
                  <security-role><role-name>underwriter</role-name></security-role>
                  <security-role><role-name>tenant-a</role-name></security-role>
                  <security-role><role-name>tenant-b</role-name></security-role>
                  <error-page><error-code>401</error-code><location>/mcp-challenge</location></error-page>
                </web-app>""".formatted(RESOURCE, STATE_KEY, params);
    }

    /** The MCP endpoint of a deployment Arquillian reports at {@code base}, on loopback. */
    public static URI endpoint(URL base) {
        return URI.create(local(base) + "/mcp");
    }

    /**
     * The deployment's base URL on loopback. Arquillian reports the machine's own address; the tests talk to
     * 127.0.0.1 only (and the conformance suite's DNS-rebinding checks require a loopback URL).
     */
    public static String local(URL base) {
        return "http://127.0.0.1:" + base.getPort() + base.getPath().replaceAll("/$", "");
    }
}
