package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpToolException;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The answers of 2025-era clients in {@code MCP_INPUT}: stored once, only by the caller and tenant that was asked,
 * only before expiry, read by that caller only; the number of open requests per caller is bounded; expired rows are
 * deleted.
 */
class InputAnswersAreTheirCallersOnceTest {

    private static final String ANSWER = "{\"result\":{\"action\":\"accept\"}}";

    private static String newId() {
        return "jeemcp-in-" + UUID.randomUUID().toString().replace("-", "") + "x".repeat(11);
    }

    private static boolean ask(StoreFixture store, String user, String id, Instant expiresAt, int max) {
        return store.as(user, () -> store.inputAnswers().asked(id, "call-" + id, expiresAt, max));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anAnswerIsStoredOnceAndReadOnlyByItsCaller(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String id = newId();
        assertTrue(ask(store, "alice", id, Instant.now().plusSeconds(60), 100));
        assertEquals(Optional.empty(), store.as("alice", () -> store.inputAnswers().answer(id)), "not answered yet");
        assertFalse(store.as("mallory", () -> store.inputAnswers().answered(id, "{\"result\":{\"action\":\"decline\"}}")),
                "another caller's answer");
        assertTrue(store.as("alice", () -> store.inputAnswers().answered(id, ANSWER)));
        assertFalse(store.as("alice", () -> store.inputAnswers().answered(id, "{\"result\":{}}")), "a duplicate");
        assertFalse(store.as("alice", () -> store.inputAnswers().answered(newId(), ANSWER)), "an unknown id");
        assertEquals(Optional.empty(), store.as("mallory", () -> store.inputAnswers().answer(id)), "unknown to others");
        assertEquals(Optional.of(ANSWER), store.as("alice", () -> store.inputAnswers().answer(id)));
        store.as("alice", () -> {
            store.inputAnswers().forget(id);
            return null;
        });
        assertEquals(Optional.empty(), store.as("alice", () -> store.inputAnswers().answer(id)));
        assertFalse(store.as("alice", () -> store.inputAnswers().answered(id, ANSWER)), "a forgotten request");
    }

    /** The same user name in another tenant is another caller. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void anAnswerFromTheSameNameInAnotherTenantIsRefused(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String id = newId();
        store.withSettings(Map.of(DefaultTenantResolver.TENANT_ROLES, "acme,globex"), () -> {
            assertTrue(store.as("alice", new String[] {"acme"}, () -> store.inputAnswers().asked(id, "call", Instant.now().plusSeconds(60), 100)));
            assertFalse(store.as("alice", new String[] {"globex"}, () -> store.inputAnswers().answered(id, ANSWER)));
            assertTrue(store.as("alice", new String[] {"acme"}, () -> store.inputAnswers().answered(id, ANSWER)));
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anExpiredRequestTakesNoAnswerAndItsRowIsDeleted(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String expired = newId();
        String answeredButExpired = newId();
        assertTrue(ask(store, "carol", expired, Instant.now().plusSeconds(60), 100));
        assertTrue(ask(store, "carol", answeredButExpired, Instant.now().plusSeconds(60), 100));
        assertTrue(store.as("carol", () -> store.inputAnswers().answered(answeredButExpired, ANSWER)));
        JpaInputAnswers answers = store.inputAnswers();
        answers.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)));
        try {
            assertFalse(store.as("carol", () -> answers.answered(expired, ANSWER)), "a late answer");
            // Recording a request deletes nothing (its transaction takes no range locks beyond its own insert) ...
            assertTrue(ask(store, "dave", newId(), Instant.now().plusSeconds(600), 100));
            assertEquals(2L, rowsOf(store, "carol"), "no purge in the insert's transaction");
            // ... the purge, on its own, deletes every expired row, answered or not (an instance that died leaves some).
            store.as("dave", () -> {
                answers.purgeExpired();
                return null;
            });
        } finally {
            answers.setClock(Clock.systemUTC());
        }
        assertEquals(Optional.empty(), store.as("carol", () -> answers.answer(answeredButExpired)), "purged");
        assertTrue(ask(store, "carol", newId(), Instant.now().plusSeconds(60), 1), "carol's expired rows no longer count");
    }

    private static long rowsOf(StoreFixture store, String owner) {
        var em = store.entityManagers.createEntityManager();
        try {
            return em.createQuery("SELECT COUNT(r) FROM InputRecord r WHERE r.owner = :owner", Long.class)
                    .setParameter("owner", owner).getSingleResult();
        } finally {
            em.close();
        }
    }

    /** Concurrent first requests of many callers all succeed: no purge's gap locks for them to deadlock on (MariaDB). */
    @ParameterizedTest
    @EnumSource(Database.class)
    void concurrentFirstRequestsOfManyCallersAllSucceed(Database database) throws Exception {
        StoreFixture store = StoreFixture.on(database);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            var results = IntStream.range(0, 8).mapToObj(i -> threads.submit((Callable<Boolean>) () -> {
                start.await();
                return ask(store, "racer" + i + "-" + UUID.randomUUID(), newId(), Instant.now().plusSeconds(60), 4);
            })).toList();
            start.countDown();
            for (var result : results) {
                assertTrue(result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * An application upgraded without the MCP_INPUT DDL: the store says "nothing kept for this caller" (the servlet
     * answers -32021), not a database error (a 500), and keeps saying so without asking the database again.
     */
    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void withoutItsTableTheStoreKeepsNothingInsteadOfFailing(Database database) throws Exception {
        StoreFixture store = StoreFixture.on(database);
        JpaInputAnswers answers = store.inputAnswers();
        try (var connection = java.sql.DriverManager.getConnection(database.url, database.user, database.password);
                var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE MCP_INPUT RENAME TO MCP_INPUT_AWAY");
            try {
                assertThrows(McpToolException.class, () -> ask(store, "ivan", newId(), Instant.now().plusSeconds(60), 4));
                assertThrows(McpToolException.class, () -> store.as("ivan", () -> answers.answered(newId(), ANSWER)));
            } finally {
                statement.execute("ALTER TABLE MCP_INPUT_AWAY RENAME TO MCP_INPUT");
            }
            assertThrows(McpToolException.class, () -> ask(store, "ivan", newId(), Instant.now().plusSeconds(60), 4),
                    "checked once: redeploy after the DDL");
        } finally {
            answers.forgetMissingTable();
        }
        assertTrue(ask(store, "ivan", newId(), Instant.now().plusSeconds(60), 4));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCallerHasAtMostItsLimitOfOpenRequests(Database database) {
        StoreFixture store = StoreFixture.on(database);
        for (int i = 0; i < 3; i++) {
            assertTrue(ask(store, "erin", newId(), Instant.now().plusSeconds(60), 3));
        }
        assertFalse(ask(store, "erin", newId(), Instant.now().plusSeconds(60), 3));
        assertTrue(ask(store, "frank", newId(), Instant.now().plusSeconds(60), 3), "another caller is not held back");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void ofEightInstancesStoringAnswersAtOnceExactlyOneWins(Database database) throws Exception {
        StoreFixture store = StoreFixture.on(database);
        String id = newId();
        assertTrue(ask(store, "grace", id, Instant.now().plusSeconds(60), 100));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            var results = IntStream.range(0, 8).mapToObj(i -> threads.submit((Callable<Boolean>) () -> {
                start.await();
                return store.as("grace", () -> store.inputAnswers().answered(id, "{\"result\":{\"n\":" + i + "}}"));
            })).toList();
            start.countDown();
            int won = 0;
            for (var result : results) {
                won += result.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            threads.shutdownNow();
        }
    }
}
