package dev.jeemcp.mcp.cdi.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.jeemcp.mcp.cdi.internal.fixtures.AuditLog;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * Two first calls at once get one decision: one digest key and one queue. The first is held inside the decision by a
 * latch; the second either enters it too (the defect: a second key, a second queue) or waits at the lock.
 */
class TheAuditIsDecidedOnceTest {

    @Test
    void twoFirstCallsShareOneDecision() throws Exception {
        try (WeldContainer container = new Weld("decided-once-" + UUID.randomUUID()).disableDiscovery()
                .addBeanClasses(Auditor.class, JpaAuditSink.class, AuditLog.class)
                .initialize()) {
            Auditor auditor = container.select(Auditor.class).get();
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch go = new CountDownLatch(1);
            AtomicInteger decisions = new AtomicInteger();
            auditor.onDeciding(() -> {
                if (decisions.incrementAndGet() == 1) {
                    entered.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            Object[] made = new Object[2];
            Thread first = new Thread(() -> made[0] = auditor.decision());
            first.start();
            entered.await();
            Thread second = new Thread(() -> made[1] = auditor.decision());
            second.start();
            while (decisions.get() < 2 && second.getState() != Thread.State.BLOCKED && second.isAlive()) {
                Thread.onSpinWait(); // until the second call is either deciding too or waiting at the lock
            }
            go.countDown();
            first.join();
            second.join();
            assertEquals(1, decisions.get(), "decided once");
            assertSame(made[0], made[1], "one digest key, one queue");
        }
    }
}
