package dev.jeemcp.sample.tomcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Transactional} on Tomcat keeps its Jakarta Transactions meaning over a resource-local entity manager:
 * runtime exceptions roll back and checked ones commit, unless {@code dontRollbackOn}/{@code rollbackOn} say
 * otherwise, and a call inside an active transaction joins it.
 */
class LocalTransactionsTest {

    static final List<String> EVENTS = new ArrayList<>();
    static boolean active;

    private WeldContainer container;
    private Ledger ledger;

    @BeforeEach
    void boot() {
        EVENTS.clear();
        active = false;
        container = new Weld().disableDiscovery()
                .addBeanClasses(LocalTransactions.class, RecordingEntityManager.class, Ledger.class)
                .initialize();
        ledger = container.select(Ledger.class).get();
    }

    @AfterEach
    void shutdown() {
        container.close();
    }

    @Test
    void aReturningCallCommits() {
        ledger.record();
        assertEquals(List.of("begin", "work", "commit"), EVENTS);
    }

    @Test
    void aRuntimeExceptionRollsBack() {
        assertThrows(IllegalStateException.class, () -> ledger.fail(new IllegalStateException()));
        assertEquals(List.of("begin", "work", "rollback"), EVENTS);
    }

    @Test
    void aCheckedExceptionCommits() {
        assertThrows(IOException.class, () -> ledger.failChecked(new IOException()));
        assertEquals(List.of("begin", "work", "commit"), EVENTS);
    }

    @Test
    void dontRollbackOnCommitsForThatRuntimeException() {
        assertThrows(Expected.class, () -> ledger.failExpected(new Expected()));
        assertEquals(List.of("begin", "work", "commit"), EVENTS);
    }

    @Test
    void rollbackOnRollsBackForThatCheckedException() {
        assertThrows(IOException.class, () -> ledger.failCheckedAndRollBack(new IOException()));
        assertEquals(List.of("begin", "work", "rollback"), EVENTS);
    }

    @Test
    void aCallInsideAnActiveTransactionJoinsIt() {
        active = true;
        assertThrows(IllegalStateException.class, () -> ledger.fail(new IllegalStateException()));
        assertEquals(List.of("work"), EVENTS, "the caller's transaction decides");
    }

    static class Expected extends RuntimeException {
    }

    @ApplicationScoped
    @Transactional(dontRollbackOn = Expected.class)
    public static class Ledger {

        public void record() {
            EVENTS.add("work");
        }

        public void fail(RuntimeException e) {
            EVENTS.add("work");
            throw e;
        }

        public void failChecked(IOException e) throws IOException {
            EVENTS.add("work");
            throw e;
        }

        public void failExpected(Expected e) {
            EVENTS.add("work");
            throw e;
        }

        @Transactional(rollbackOn = IOException.class)
        public void failCheckedAndRollBack(IOException e) throws IOException {
            EVENTS.add("work");
            throw e;
        }
    }

    /** An entity manager whose transaction only records what is done with it. */
    public static class RecordingEntityManager {

        @Produces
        EntityManager entityManager() {
            EntityTransaction transaction = (EntityTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {EntityTransaction.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "isActive" -> active;
                        case "begin" -> {
                            EVENTS.add("begin");
                            active = true;
                            yield null;
                        }
                        case "commit", "rollback" -> {
                            EVENTS.add(method.getName());
                            active = false;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("getTransaction")) {
                            return transaction;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
