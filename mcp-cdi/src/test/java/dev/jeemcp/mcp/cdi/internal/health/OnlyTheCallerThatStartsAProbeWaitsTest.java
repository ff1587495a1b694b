package dev.jeemcp.mcp.cdi.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A flood of {@code /mcp-ready} requests against a hanging database holds no container threads: only the caller that
 * started the probe waits for it; callers asking meanwhile get the last answer at once ("down" before the first).
 * The probe here answers only once the second caller has returned, so a second caller that waited for it would wait
 * out the whole bound and get "down".
 */
class OnlyTheCallerThatStartsAProbeWaitsTest {

    /** Long enough that the starter waits for the check's answer, which the test gives. */
    private static final Duration LONG_BOUND = Duration.ofSeconds(20);

    @Test
    void aCallerWhileAProbeRunsGetsTheLastAnswerAtOnce() throws Exception {
        try (ProbeFixture fixture = new ProbeFixture()) {
            AtomicBoolean slow = new AtomicBoolean(false);
            CountDownLatch asking = new CountDownLatch(1);
            CountDownLatch answer = new CountDownLatch(1);
            BoundedProbe probe = fixture.probe(() -> {
                if (slow.get()) {
                    asking.countDown();
                    answer.await();
                    return false;
                }
                return true;
            }, LONG_BOUND);
            assertTrue(probe.up());
            fixture.advance(ProbeFixture.FRESH);
            slow.set(true);

            CompletableFuture<Boolean> starter = CompletableFuture.supplyAsync(probe::up, ProbeFixture::daemon);
            asking.await();
            boolean meanwhile = probe.up();
            answer.countDown();

            assertTrue(meanwhile, "the last answer, at once");
            assertFalse(starter.get(), "the starter waited for the probe's answer");
            assertEquals(2, fixture.checksAsked.get());
        }
    }

    @Test
    void aCallerBeforeTheFirstAnswerIsDownAtOnce() throws Exception {
        try (ProbeFixture fixture = new ProbeFixture()) {
            CountDownLatch asking = new CountDownLatch(1);
            CountDownLatch answer = new CountDownLatch(1);
            BoundedProbe probe = fixture.probe(() -> {
                asking.countDown();
                answer.await();
                return true;
            }, LONG_BOUND);

            CompletableFuture<Boolean> starter = CompletableFuture.supplyAsync(probe::up, ProbeFixture::daemon);
            asking.await();
            boolean meanwhile = probe.up();
            answer.countDown();

            assertFalse(meanwhile, "no answer yet: down");
            assertTrue(starter.get(), "the starter waited for the probe's answer, which came after the other caller returned");
            assertEquals(1, fixture.checksAsked.get());
        }
    }
}
