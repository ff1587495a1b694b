package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import dev.jeemcp.mcp.spi.InputAnswers;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A client's {@code notifications/cancelled} in {@code MCP_INPUT}: every open request of that call of that caller,
 * answered or not, reads as cancelled; another caller's cancellation, or one of the same name in another tenant,
 * changes nothing; and a cancellation of a call that has no rows stores nothing (it only updates).
 */
class ACancelledCallsRequestsReadAsCancelledTest {

    private static String newId() {
        return "jeemcp-in-" + UUID.randomUUID().toString().replace("-", "") + "x".repeat(11);
    }

    private static long rows(StoreFixture store) {
        var em = store.entityManagers.createEntityManager();
        try {
            return em.createQuery("SELECT COUNT(r) FROM InputRecord r", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theCallersCancellationReachesEveryRequestOfTheCallAndNoOtherCallersDoes(Database database) {
        StoreFixture store = StoreFixture.on(database);
        JpaInputAnswers answers = store.inputAnswers();
        String call = "call-" + UUID.randomUUID();
        String first = newId();
        String second = newId();
        String otherCall = newId();
        store.withSettings(Map.of(DefaultTenantResolver.TENANT_ROLES, "acme,globex"), () -> {
            String[] acme = {"acme"};
            assertTrue(store.as("alice", acme, () -> answers.asked(first, call, Instant.now().plusSeconds(60), 100)));
            assertTrue(store.as("alice", acme, () -> answers.asked(second, call, Instant.now().plusSeconds(60), 100)));
            assertTrue(store.as("alice", acme, () -> answers.asked(otherCall, "another-" + call, Instant.now().plusSeconds(60), 100)));
            assertTrue(store.as("alice", acme, () -> answers.answered(first, "{\"result\":{\"action\":\"accept\"}}")));

            assertEquals(0, store.as("mallory", acme, () -> answers.cancel(call)), "another caller");
            assertEquals(0, store.as("alice", new String[] {"globex"}, () -> answers.cancel(call)), "another tenant");
            assertEquals(Optional.empty(), store.as("alice", acme, () -> answers.answer(second)), "still open");

            long before = rows(store);
            assertEquals(0, store.as("alice", acme, () -> answers.cancel("unknown-" + call)));
            assertEquals(before, rows(store), "nothing stored for an unknown call");

            assertEquals(2, store.as("alice", acme, () -> answers.cancel(call)));
            assertEquals(Optional.of(InputAnswers.CANCELLED), store.as("alice", acme, () -> answers.answer(first)),
                    "an answered request too: the waiting call has not read it yet");
            assertEquals(Optional.of(InputAnswers.CANCELLED), store.as("alice", acme, () -> answers.answer(second)));
            assertFalse(store.as("alice", acme, () -> answers.answered(second, "{\"result\":{}}")), "a later answer");
            assertEquals(Optional.empty(), store.as("alice", acme, () -> answers.answer(otherCall)), "another call");
            return null;
        });
    }
}
