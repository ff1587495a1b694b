package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.ConstrainedTools;
import dev.jeemcp.mcp.cdi.internal.fixtures.CountingInterceptor;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With a Bean Validation provider present (Hibernate Validator here, the container's on Payara and WildFly), every
 * constraint of a tool's parameters is enforced before the call, custom and cascaded ones included, and a violation
 * is an {@code isError} result naming each argument path with its message (SEP-1303); the method never runs.
 */
class ConstraintViolationsAreErrorResultsTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(ConstrainedTools.class, ConstrainedTools.DependentTools.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    private static String violation(String tool, String arguments) {
        int calls = CountingInterceptor.CALLS.get();
        JsonObject result = fixture.call(tool, arguments);
        assertTrue(result.getBoolean("isError"), result.toString());
        assertEquals(calls, CountingInterceptor.CALLS.get(), "the tool must not run");
        return result.getJsonArray("content").getJsonObject(0).getString("text");
    }

    @Test
    void mappedConstraintsAreReportedWithTheirArgumentPaths() {
        assertEquals("Invalid arguments for tool quote: applicant.age: must be greater than or equal to 18; "
                + "applicant.postcode: must be four digits; coverage: must be greater than 0; cc[1]: must be a well-formed email address",
                violation("quote", "{\"applicant\":{\"age\":17,\"postcode\":\"SW1A\"},\"coverage\":-1,\"cc\":[\"a@b.example\",\"nobody\"]}"));
    }

    @Test
    void aCustomConstraintIsCheckedByTheValidator() {
        assertEquals("Invalid arguments for tool pairs: count: must be even", violation("pairs", "{\"count\":3}"));
        assertEquals("{\"content\":[{\"type\":\"text\",\"text\":\"2\"}],\"structuredContent\":{\"result\":2},\"isError\":false}",
                fixture.call("pairs", "{\"count\":4}").toString());
    }

    @Test
    void aCascadedCustomConstraintNamesTheItem() {
        assertEquals("Invalid arguments for tool nested: team.sizes[1]: must be even", violation("nested", "{\"team\":{\"sizes\":[2,3]}}"));
    }

    @Test
    void aDependentBeanIsValidatedToo() {
        assertEquals("Invalid arguments for tool dependent_pairs: count: must be even", violation("dependent_pairs", "{\"count\":1}"));
        assertFalse(fixture.call("dependent_pairs", "{\"count\":2}").getBoolean("isError"));
    }

    @Test
    void validArgumentsReachTheTool() {
        assertEquals("quoted 40", fixture.call("quote", "{\"applicant\":{\"age\":40,\"postcode\":\"1011\"},\"cc\":[]}")
                .getJsonArray("content").getJsonObject(0).getString("text"));
    }
}
