package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.mcp.cdi.internal.fixtures.EntityTools;
import dev.jeemcp.mcp.cdi.internal.fixtures.entities.Accounts;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code @JsonbTransient} on an entity property keeps it out of the tool's schemas and JSON exactly as JSON-B does on
 * any bean: on the field (field access), in both directions; on the mapped getter (property access), out of what is
 * written only, since JSON-B still reads it through the setter.
 */
class JsonbTransientOnEntitiesTest {

    @Test
    void theSchemasLeaveThemOut() throws Exception {
        assertEquals(Set.of("id", "owner"), JsonShapes.output(Accounts.Account.class).schema().getJsonObject("properties").keySet());
        assertEquals(Set.of("id", "owner"), JsonShapes.input(Accounts.Account.class).schema().getJsonObject("properties").keySet());
        assertEquals(Set.of("id"), JsonShapes.output(Accounts.Login.class).schema().getJsonObject("properties").keySet());
        assertEquals(Set.of("id", "secret"), JsonShapes.input(Accounts.Login.class).schema().getJsonObject("properties").keySet());
    }

    @Test
    void theJsonLeavesThemOut() {
        Accounts.Account account = new Accounts.Account();
        account.setId(7L);
        account.setOwner("Ada");
        account.setPasswordHash("secret-hash");
        Accounts.Login login = new Accounts.Login();
        login.setId(8L);
        login.setSecret("s");
        EntityTools.Transient.account = account;
        EntityTools.Transient.login = login;
        try (CatalogFixture fixture = new CatalogFixture(EntityTools.Transient.class)) {
            JsonObject result = fixture.call("account", "{}");
            assertFalse(result.getBoolean("isError", false), result.toString());
            assertEquals("{\"id\":7,\"owner\":\"Ada\"}", result.getJsonObject("structuredContent").toString());
            result = fixture.call("login", "{}");
            assertEquals("{\"id\":8}", result.getJsonObject("structuredContent").toString(), result.toString());
            // Sent anyway, a field's is refused by the schema before JSON-B reads anything.
            JsonObject refused = fixture.call("open", "{\"account\":{\"id\":1,\"owner\":\"x\",\"passwordHash\":\"h\"},"
                    + "\"login\":{\"id\":2}}");
            assertEquals(true, refused.getBoolean("isError", false), refused.toString());
            // A getter's is read through the setter, as the input schema says.
            JsonObject opened = fixture.call("open", "{\"account\":{\"id\":1,\"owner\":\"x\"},\"login\":{\"id\":2,\"secret\":\"s\"}}");
            assertEquals("null/s", opened.getJsonObject("structuredContent").getString("result"), opened.toString());
        } finally {
            EntityTools.Transient.account = null;
            EntityTools.Transient.login = null;
        }
    }
}
