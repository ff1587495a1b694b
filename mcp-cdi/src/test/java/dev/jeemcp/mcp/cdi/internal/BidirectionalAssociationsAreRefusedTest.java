package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.EntityTools;
import dev.jeemcp.mcp.cdi.internal.fixtures.entities.Associations;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A tool whose parameter or result reaches both sides of a bidirectional JPA association, both in JSON, fails the
 * deployment with a sentence naming the method, both properties and the remedy. With one side {@code @JsonbTransient}
 * or lazy it deploys, and a tree (an eager many-to-one to its own type) stays a recursive type.
 */
class BidirectionalAssociationsAreRefusedTest {

    private static String failure(Class<?> bean) {
        DefinitionException error = assertThrows(DefinitionException.class, () -> Containers.boot(bean).close());
        return String.valueOf(error.getMessage()) + " " + (error.getCause() == null ? "" : error.getCause().getMessage());
    }

    @Test
    void anEagerPairInAResultFails() {
        String message = failure(EntityTools.EagerPair.class);
        assertTrue(message.contains("EntityTools$EagerPair.author(long)"), message);
        assertTrue(message.contains("return type"), message);
        assertTrue(message.contains("Associations$Author.books (mappedBy = \"author\")")
                && message.contains("Associations$Book.author"), message);
        assertTrue(message.contains("mark one side @JsonbTransient or make it lazy"), message);
    }

    @Test
    void anEagerOneToOnePairReachedFromAParameterFails() {
        String message = failure(EntityTools.OneToOnePair.class);
        assertTrue(message.contains("EntityTools$OneToOnePair.register(Passport)"), message);
        assertTrue(message.contains("parameter \"passport\""), message);
        assertTrue(message.contains("Associations$Person.passport (mappedBy = \"person\")")
                && message.contains("Associations$Passport.person"), message);
        assertTrue(message.contains("mark one side @JsonbTransient or make it lazy"), message);
    }

    @Test
    void aPairWithOneSideOutOfJsonAndATreeDeploy() {
        Associations.Category root = new Associations.Category();
        root.setId(1L);
        root.setName("all");
        Associations.Category leaf = new Associations.Category();
        leaf.setId(2L);
        leaf.setName("books");
        leaf.setParent(root);
        EntityTools.Resolved.category = leaf;
        try (CatalogFixture fixture = new CatalogFixture(EntityTools.Resolved.class)) {
            JsonObject writer = fixture.tool("writer").definition().getJsonObject("outputSchema");
            JsonObject novel = writer.getJsonObject("properties").getJsonObject("novels").getJsonObject("items");
            assertEquals(Set.of("id"), novel.getJsonArray("anyOf").getJsonObject(0).getJsonObject("properties").keySet(),
                    novel.toString());
            JsonObject manuscript = fixture.tool("manuscript").definition().getJsonObject("outputSchema");
            assertEquals(Set.of("id"), manuscript.getJsonObject("properties").getJsonObject("editor")
                    .getJsonObject("properties").keySet(), manuscript.toString());

            JsonObject category = fixture.tool("category").definition().getJsonObject("outputSchema");
            assertTrue(category.getJsonObject("$defs").containsKey("Category"), category.toString());
            JsonObject result = fixture.call("category", "{}");
            assertFalse(result.getBoolean("isError", false), result.toString());
            assertEquals("{\"id\":2,\"name\":\"books\",\"parent\":{\"id\":1,\"name\":\"all\"}}",
                    result.getJsonObject("structuredContent").toString());
        } finally {
            EntityTools.Resolved.category = null;
        }
    }
}
