package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.HeadlessChromium;
import dev.jeemcp.it.infra.RawHttp;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser console in a real browser (Debian's headless Chromium): carol, an underwriter, opens it on the secured
 * sample, sees her own quote handle and not another tenant's, fills the form generated from
 * {@code estimate_premium}'s input schema, calls it through the MCP endpoint as herself, and reads the result with
 * its structured content checked against the output schema. alice, a quoter without the console's role, is refused
 * the page.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleInTheBrowserIT {

    static final String CONSOLE_ON = """
            <context-param><param-name>mcp.tenantRoles</param-name><param-value>tenant-a,tenant-b</param-value></context-param>
            <context-param><param-name>mcp.console.enabled</param-name><param-value>true</param-value></context-param>
            <context-param><param-name>mcp.console.role</param-name><param-value>underwriter</param-value></context-param>
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.secured(CONSOLE_ON);
    }

    @ArquillianResource
    URL base;

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-secret").getBytes(StandardCharsets.UTF_8));
    }

    /** The console page as that user fetches it without a browser. */
    static HttpResponse<String> page(URL base, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.local(base) + "/mcp/console/")).GET();
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String startQuote(String user) {
        RawHttp caller = new RawHttp(Deployments.endpoint(base)).as(user, user + "-secret");
        return caller.expect(caller.modern("tools/call", obj("name", "start_quote", "arguments",
                obj("product", "HOME", "applicant", obj("age", 42, "smoker", false, "postcode", "1011"))), "start_quote"), 200, null)
                .getJsonObject("result").getJsonObject("structuredContent").getString("quote_id");
    }

    @Test
    void anUnderwriterCallsEstimatePremiumFromTheConsole() throws Exception {
        String carols = startQuote("carol");
        String erins = startQuote("erin"); // tenant B, an underwriter too

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.sendHeaders(Map.of("Authorization", basic("carol")));
            browser.open(Deployments.local(base) + "/mcp/console/");
            browser.await("body[data-loaded='true']");

            browser.await("#handles tr[data-id='" + carols + "']");
            assertTrue(browser.find("#handles tr[data-id='" + erins + "']").isEmpty(), "another tenant's handle is listed");

            String form = "form[data-tool='estimate_premium'] ";
            browser.click(browser.await("details[data-tool='estimate_premium'] summary"));
            browser.click(browser.await(form + "select[data-path='product'] option[value='0']")); // "HOME", the first
            browser.type(browser.await(form + "input[data-path='applicant.age']"), "42");
            browser.click(browser.await(form + "select[data-path='applicant.smoker'] option[value='true']"));
            browser.type(browser.await(form + "input[data-path='applicant.postcode']"), "1011");
            browser.click(browser.await("button[data-call='estimate_premium']"));

            String result = browser.await("[data-result='estimate_premium'][data-state='done']");
            String rendered = browser.text(result);
            assertTrue(rendered.contains("\"currency\": \"EUR\"") && rendered.contains("smoker"), rendered);
            assertEquals("structuredContent matches the output schema",
                    browser.text(browser.await("[data-result='estimate_premium'] [data-check='pass']")));
            assertFalse(rendered.contains("Keywords not checked"), rendered);

            Path shot = browser.screenshot(Path.of("target", "chromium", "console-estimate-premium.png"));
            byte[] png = Files.readAllBytes(shot);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), "a PNG");
            assertTrue(png.length > 1000, "a screenshot with something on it");
        }
    }

    @Test
    void aCallerWithoutTheConsoleRoleIsRefusedThePage() throws Exception {
        assertEquals(403, page(base, "alice").statusCode(), "alice may use the endpoint, not the console");
        HttpResponse<String> carol = page(base, "carol");
        assertEquals(200, carol.statusCode());
        assertTrue(carol.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(401, page(base, null).statusCode());
    }
}
