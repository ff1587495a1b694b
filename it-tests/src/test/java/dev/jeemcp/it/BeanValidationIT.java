package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.fixtures.EvenTools;
import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample's Bean Validation constraints are in its tool schemas, and a call that breaks one is an {@code isError}
 * result naming the argument and the rule (SEP-1303), on every server: with the container's Validator on Payara
 * and WildFly, with the Hibernate Validator the Tomcat variant brings, so a custom constraint is enforced too.
 */
@ExtendWith(ArquillianExtension.class)
class BeanValidationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.sample().addClasses(EvenTools.class, EvenTools.Even.class, EvenTools.EvenValidator.class);
    }

    @ArquillianResource
    URL base;

    private JsonObject call(RawHttp http, String tool, JsonObject arguments) {
        return http.expect(http.modern("tools/call", obj("name", tool, "arguments", arguments), tool), 200, null)
                .getJsonObject("result");
    }

    private static String text(JsonObject result) {
        assertTrue(result.getBoolean("isError"), result::toString);
        return result.getJsonArray("content").getJsonObject(0).getString("text");
    }

    @Test
    void theSchemasShowTheConstraints() {
        RawHttp http = new RawHttp(Deployments.endpoint(base));
        JsonObject tools = http.expect(http.modern("tools/list", obj(), null), 200, null).getJsonObject("result");
        JsonObject estimate = null;
        JsonObject renewal = null;
        for (var tool : tools.getJsonArray("tools")) {
            String name = tool.asJsonObject().getString("name");
            if (name.equals("estimate_premium")) {
                estimate = tool.asJsonObject().getJsonObject("inputSchema").getJsonObject("properties");
            } else if (name.equals("renewal_date")) {
                renewal = tool.asJsonObject().getJsonObject("inputSchema").getJsonObject("properties");
            }
        }
        JsonObject applicant = estimate.getJsonObject("applicant").getJsonObject("properties");
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":18,\"maximum\":100}", applicant.getJsonObject("age").toString());
        assertEquals("^(?:\\d{4})$", applicant.getJsonObject("postcode").getString("pattern"));
        assertEquals(0, estimate.getJsonObject("coverage").getInt("exclusiveMinimum"));
        assertEquals(100000000, estimate.getJsonObject("coverage").getInt("maximum"));
        assertEquals(1, renewal.getJsonObject("termMonths").getInt("minimum"));
        assertEquals(36, renewal.getJsonObject("termMonths").getInt("maximum"));
    }

    @Test
    void aViolatedConstraintIsAnErrorResultNamingEachArgument() {
        RawHttp http = new RawHttp(Deployments.endpoint(base));
        assertEquals("Invalid arguments for tool estimate_premium: applicant.age: must be greater than or equal to 18; "
                + "applicant.postcode: must be four digits, like 1011",
                text(call(http, "estimate_premium", obj("product", "HOME", "applicant", obj("age", 12, "smoker", false, "postcode", "SW1A")))));
        assertEquals("Invalid arguments for tool renewal_date: termMonths: must be less than or equal to 36",
                text(call(http, "renewal_date", obj("start", "2026-01-31", "termMonths", 48))));
    }

    @Test
    void theServersValidatorEnforcesACustomConstraint() {
        RawHttp http = new RawHttp(Deployments.endpoint(base));
        assertEquals("Invalid arguments for tool even_pairs: count: must be even", text(call(http, "even_pairs", obj("count", 3))));
        assertEquals(2, call(http, "even_pairs", obj("count", 4)).getJsonObject("structuredContent").getInt("result"));
    }
}
