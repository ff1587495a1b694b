package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A requestState id issued in the handle table can be claimed exactly once, also by instances racing for it. */
class SingleUseStatesTest {

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anIssuedStateIsClaimedOnceAndAnUnknownOneNever(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String id = newId();
        store.as(null, () -> {
            store.singleUseStates().issued(id, Instant.now().plusSeconds(600));
            return null;
        });
        assertTrue(store.as(null, () -> store.singleUseStates().claim(id)));
        assertFalse(store.as(null, () -> store.singleUseStates().claim(id)), "a replay");
        assertFalse(store.as(null, () -> store.singleUseStates().claim(newId())), "never issued");
    }

    /** A deployment that seals states but creates no handles must not keep every state it ever issued. */
    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void thePurgeRemovesExpiredStatesWithTheHandles(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String old = newId();
        String fresh = newId();
        store.as(null, () -> {
            store.singleUseStates().issued(old, Instant.now().minus(JpaHandles.PURGE_GRACE).minusSeconds(60));
            store.singleUseStates().issued(fresh, Instant.now().plusSeconds(600));
            return null;
        });
        store.as(null, () -> store.store.purgeExpired());
        assertFalse(store.as(null, () -> store.singleUseStates().claim(old)), "the expired state's row was purged");
        assertTrue(store.as(null, () -> store.singleUseStates().claim(fresh)), "a live state stays");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void ofEightInstancesClaimingAtOnceExactlyOneWins(Database database) throws Exception {
        StoreFixture store = StoreFixture.on(database);
        String id = newId();
        store.as(null, () -> {
            store.singleUseStates().issued(id, Instant.now().plusSeconds(600));
            return null;
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Callable<Boolean> claim = () -> {
                start.await();
                return store.as(null, () -> store.singleUseStates().claim(id));
            };
            var results = IntStream.range(0, 8).mapToObj(i -> threads.submit(claim)).toList();
            start.countDown();
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            threads.shutdownNow();
        }
    }
}
