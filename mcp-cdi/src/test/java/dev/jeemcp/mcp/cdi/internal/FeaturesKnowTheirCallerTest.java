package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import dev.jeemcp.mcp.cdi.internal.fixtures.QuoteDocuments;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.StoreFixture;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Prompt;
import dev.jeemcp.mcp.spi.Resource;
import jakarta.enterprise.context.control.RequestContextController;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prompts, resources and completions learn their request as tools do, from the catalog the servlet serves every
 * request through, so handles used there land in the caller's tenant, which may come from roles.
 */
class FeaturesKnowTheirCallerTest {

    private static final McpRequest ALICE = TestRequests.caller("alice", "tenant-a");
    private static final McpRequest CAROL = TestRequests.caller("carol", "tenant-a");
    private static final McpRequest BOB = TestRequests.caller("bob", "tenant-b");

    private static WeldContainer container;
    private static McpCatalog catalog;

    @BeforeAll
    static void boot() {
        System.setProperty("mcp.tenantRoles", "tenant-a,tenant-b");
        container = new Weld("features-" + System.nanoTime())
                .disableDiscovery()
                .addExtension(new McpExtension())
                .addExtension(new StoreFixture.EntityManagerProducer(StoreFixture.on(Database.H2).entityManagers))
                .addBeanClasses(QuoteDocuments.class)
                .initialize();
        catalog = container.select(McpCatalog.class).get();
    }

    @AfterAll
    static void shutdown() {
        container.close();
        System.clearProperty("mcp.tenantRoles");
    }

    /** As the servlet serves a request: request scope on, the catalog told which request it is. */
    private static <T> T serve(McpRequest request, Supplier<T> work) {
        RequestContextController context = container.select(RequestContextController.class).get();
        context.activate();
        try {
            return catalog.serving(request, work);
        } finally {
            context.deactivate();
        }
    }

    private static Prompt prompt() {
        return catalog.prompts().get(0);
    }

    private static Resource template() {
        return catalog.resources().get(0);
    }

    private static String read(String quoteId, McpRequest caller) {
        return serve(caller, () -> template().read("quotes://" + quoteId, Map.of("id", quoteId), caller))
                .getJsonArray("contents").getJsonObject(0).getString("text");
    }

    @Test
    void aPromptResourceAndCompletionWorkInTheTenantOfTheCallersRole() {
        String id = serve(ALICE, () -> prompt().get(Map.of("product", "HOME"), ALICE))
                .getJsonArray("messages").getJsonObject(0).getJsonObject("content").getString("text");

        assertEquals("HOME", read(id, CAROL), "carol has alice's tenant role");
        assertTrue(serve(CAROL, () -> template().complete("id", "", Map.of(), CAROL)).contains(id));

        var foreign = assertThrows(McpProtocolException.class, () -> read(id, BOB));
        assertEquals(id + " was not found", foreign.getMessage());
        assertTrue(serve(BOB, () -> template().complete("id", "", Map.of(), BOB)).isEmpty());
    }

    @Test
    void withoutTheRequestTheStoreRefusesInsteadOfGuessing() {
        RequestContextController context = container.select(RequestContextController.class).get();
        context.activate();
        McpProtocolException refused;
        try {
            refused = assertThrows(McpProtocolException.class, () -> prompt().get(Map.of("product", "HOME"), ALICE));
        } finally {
            context.deactivate();
        }
        assertEquals(McpErrorCodes.INTERNAL_ERROR, refused.code());
    }
}
