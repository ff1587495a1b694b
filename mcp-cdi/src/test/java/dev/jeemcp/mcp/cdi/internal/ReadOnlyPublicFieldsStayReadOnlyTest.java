package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.mcp.cdi.internal.binding.JsonBinding;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The library binds DTOs exactly as JSON-B's default does, which the application's REST API also uses: a public field
 * whose setter is not public is never set from a request (a client cannot grant itself {@code admin}), and one whose
 * getter is not public is never written; the schemas say the same.
 */
class ReadOnlyPublicFieldsStayReadOnlyTest {

    public static class Account {
        public String number = "1";
        public boolean admin;
        public String secret = "S";

        private void setAdmin(boolean admin) {
            this.admin = admin;
        }

        private String getSecret() {
            return secret;
        }
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aPublicFieldWithAPrivateSetterIsNeverSetFromJson() throws Exception {
        JsonObject sent = parse("{\"number\":\"7\",\"admin\":true,\"secret\":\"mine\"}");
        Account bound = (Account) new JsonBinding().fromJson(sent, Account.class);
        Account plain;
        try (var jsonb = JsonbBuilder.create()) {
            plain = jsonb.fromJson(sent.toString(), Account.class);
        }
        assertFalse(bound.admin, "admin stays as the class set it");
        assertEquals(plain.admin, bound.admin);
        assertEquals(plain.number, bound.number);
        assertEquals(plain.secret, bound.secret);
        assertEquals(Set.of("number", "secret"), JsonShapes.input(Account.class).schema().getJsonObject("properties").keySet());
    }

    @Test
    void aPublicFieldWithAPrivateGetterIsNeverWritten() throws Exception {
        JsonValue written = new JsonBinding().toJson(new Account());
        JsonObject plain;
        try (var jsonb = JsonbBuilder.create()) {
            plain = parse(jsonb.toJson(new Account()));
        }
        assertEquals(plain, written);
        assertFalse(written.asJsonObject().containsKey("secret"));
        assertEquals(Set.of("number", "admin"), JsonShapes.output(Account.class).schema().getJsonObject("properties").keySet());
    }
}
