package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.SharedDatabase;
import dev.jeemcp.mcp.test.McpClient;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tool may return a JPA entity as the application's REST API does: its lazy associations are in neither the output
 * schema nor the result, so serializing it after the transaction never loads them and never fails (Hibernate on
 * WildFly, EclipseLink on Payara); the eager owning side of a bidirectional association is written without
 * recursing, as its inverse side is lazy; {@code @JsonbTransient} is honoured; and nothing the persistence provider
 * adds to the class (EclipseLink's weaving) shows.
 */
@ExtendWith(ArquillianExtension.class)
class EnterpriseEntityResultsIT {

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        SharedDatabase.recreateLegacySchema();
        return Deployments.legacyApp();
    }

    @ArquillianResource
    URL base;

    @Test
    void theOutputSchemaHasTheEagerStateOnly() {
        McpClient calls = McpClient.endpoint(Deployments.endpoint(base)).as("alice", "alice-secret");
        JsonObject schema = calls.tools().get("find_claim").getJsonObject("outputSchema");
        JsonObject properties = schema.getJsonObject("properties");
        assertEquals(Set.of("id", "customer", "description", "amount", "status", "version"), properties.keySet(), schema::toString);
        assertEquals(Set.of("id", "name"), properties.getJsonObject("customer").getJsonObject("properties").keySet(), schema::toString);
    }

    @Test
    void anEntityWithUnloadedLazyAssociationsIsWrittenAfterTheTransaction() {
        McpClient calls = McpClient.endpoint(Deployments.endpoint(base)).as("alice", "alice-secret");
        long id = calls.call("open_claim", obj("customer", "Lazy Larry", "description", "Cracked window", "amount", 75)).assertSuccess().structured()
                .getJsonNumber("claim_id").longValue();
        calls.call("add_note", obj("claimId", id, "text", "Photos received")).assertSuccess().structured();

        JsonObject claim = calls.call("find_claim", obj("id", id)).assertSuccess().structured(); // checked against the outputSchema
        assertEquals(Set.of("id", "customer", "description", "amount", "status", "version"), claim.keySet(), claim::toString);
        assertEquals("Lazy Larry", claim.getJsonObject("customer").getString("name"));
        assertEquals(Set.of("id", "name"), claim.getJsonObject("customer").keySet(), "the customer's lazy claims are not loaded");
        assertEquals("OPEN", claim.getString("status"));
        assertFalse(claim.toString().contains("R-7"), "the @JsonbTransient reviewer code is not sent");
        assertFalse(claim.toString().contains("_persistence"), claim::toString);
    }
}
