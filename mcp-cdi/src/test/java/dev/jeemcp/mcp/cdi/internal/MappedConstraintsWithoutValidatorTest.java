package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.binding.Validators;
import dev.jeemcp.mcp.cdi.internal.fixtures.ConstrainedTools;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Without a Validator (Tomcat without Bean Validation; here {@code mcp.beanValidation=none}), the library still
 * enforces every constraint it maps into the schema, with the same messages; only what no keyword can say (a custom
 * constraint) goes unchecked.
 */
class MappedConstraintsWithoutValidatorTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        System.setProperty(Validators.PROPERTY, "none");
        try {
            fixture = new CatalogFixture(ConstrainedTools.class);
        } finally {
            System.clearProperty(Validators.PROPERTY);
        }
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    @Test
    void theMappedConstraintsAreStillEnforced() {
        JsonObject result = fixture.call("quote", "{\"applicant\":{\"age\":101,\"postcode\":\"10111\"},\"coverage\":0,\"cc\":[\"@x\"]}");
        assertTrue(result.getBoolean("isError"));
        assertEquals("Invalid arguments for tool quote: applicant.age: must be less than or equal to 100; "
                + "applicant.postcode: must be four digits; coverage: must be greater than 0; cc[0]: must be a well-formed email address",
                result.getJsonArray("content").getJsonObject(0).getString("text"));
    }

    @Test
    void aCustomConstraintIsLeftToTheApplication() {
        assertEquals("{\"content\":[{\"type\":\"text\",\"text\":\"1\"}],\"structuredContent\":{\"result\":1},\"isError\":false}",
                fixture.call("pairs", "{\"count\":3}").toString());
    }
}
