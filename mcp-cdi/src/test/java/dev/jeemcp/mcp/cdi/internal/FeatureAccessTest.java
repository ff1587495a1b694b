package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.fixtures.GuardedFeatures;
import dev.jeemcp.mcp.spi.Prompt;
import dev.jeemcp.mcp.spi.Resource;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prompts, resources and resource templates follow the same rule as tools: @RolesAllowed on the method or class,
 * @PermitAll lifting a class restriction, @DenyAll for nobody, "**" for any authenticated caller.
 */
class FeatureAccessTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(GuardedFeatures.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    private static List<String> promptsFor(McpRequest request) {
        return fixture.catalog.prompts().stream().filter(p -> p.isVisibleTo(request)).map(Prompt::name).sorted().toList();
    }

    private static List<String> resourcesFor(McpRequest request) {
        return fixture.catalog.resources().stream().filter(r -> r.isVisibleTo(request)).map(FeatureAccessTest::key).sorted().toList();
    }

    private static String key(Resource resource) {
        return resource.definition().getString(resource.isTemplate() ? "uriTemplate" : "uri");
    }

    private static Resource resource(String key) {
        return fixture.catalog.resources().stream().filter(r -> key(r).equals(key)).findFirst().orElseThrow();
    }

    @Test
    void promptsFollowTheRolesOfMethodAndClass() {
        assertEquals(List.of("helloPrompt", "quotePrompt"), promptsFor(TestRequests.caller("alice", "quoter")));
        assertEquals(List.of("helloPrompt", "riskPrompt"), promptsFor(TestRequests.caller("uma", "underwriter")));
        assertEquals(List.of("helloPrompt"), promptsFor(TestRequests.caller(null)));
    }

    @Test
    void resourcesAndTemplatesFollowTheRolesOfMethodAndClass() {
        assertEquals(List.of("guarded://public", "guarded://terms", "guarded://{id}/whoami"),
                resourcesFor(TestRequests.caller("alice", "quoter")));
        assertEquals(List.of("guarded://public", "guarded://{id}/risk", "guarded://{id}/whoami"),
                resourcesFor(TestRequests.caller("uma", "underwriter")));
        assertEquals(List.of("guarded://public"), resourcesFor(TestRequests.caller(null)));
        assertFalse(resourcesFor(TestRequests.caller("root", "quoter", "underwriter")).contains("guarded://{id}/vault"),
                "@DenyAll hides it from everyone");
    }

    @Test
    void restrictionIsKnownSoListsArePrivate() {
        assertTrue(fixture.catalog.prompts().stream().anyMatch(Prompt::isRestricted));
        assertFalse(fixture.catalog.prompts().stream().filter(p -> p.name().equals("helloPrompt")).findFirst().orElseThrow().isRestricted());
        assertTrue(resource("guarded://terms").isRestricted());
        assertFalse(resource("guarded://public").isRestricted());
    }

    @Test
    void aCompletionHasItsPromptsRuleNotItsOwn() {
        Prompt risk = fixture.catalog.prompts().stream().filter(p -> p.name().equals("riskPrompt")).findFirst().orElseThrow();
        assertTrue(risk.completes());
        assertFalse(risk.isVisibleTo(TestRequests.caller(null)), "the @PermitAll on the completion lifts nothing");
    }
}
