package dev.jeemcp.mcp.servlet.internal.request;

import dev.jeemcp.mcp.internal.telemetry.Exchange;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The response of one request whose client accepts notifications about it: a {@code text/event-stream} of those
 * notifications, then the final response, then the end.
 *
 * <p>The stream opens (status 200, event-stream headers) only with its first event, a notification or a
 * {@code : keep-alive} comment. A call that ends before that, typically because the request was invalid, is answered
 * as plain JSON with its own status: a {@code -32021} is a 400, as the transport requires, not an event in a 200.
 *
 * <p>A client that closes the stream cancels the request: the next write (a notification, or the keep-alive that
 * comes every {@code mcp.streamKeepAliveMs} for that purpose too) fails, the thread running the call is interrupted,
 * {@link #isClosed()} turns true and every further notification throws {@link CancellationException}. A stream that
 * stays open longer than {@code mcp.streamMaxDurationMs} is treated the same way, and ends with an error response.
 *
 * <p>A call to a tool that answers later holds no thread: the stream {@linkplain #awaiting awaits its stage}, which
 * a client that leaves, or either maximum, cancels instead. The same class answers such a call when the client asked
 * for no notifications: no event is ever written then, so the answer is plain JSON, written by {@link #finish} from
 * whichever thread completed the stage, through the {@link AsyncContext}, never the request.
 */
public final class EventStream implements AsyncListener, ClientChannel {

    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

    private final AsyncContext async;
    private final Reply timedOut;
    private final Runnable onEnd;
    /** The request's span and metrics: ended with the final answer, or abandoned with the client. */
    private final Exchange exchange;
    private final JsonValue callId;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean closed;
    private boolean opened;
    private boolean finished;
    private Thread worker;
    private ScheduledFuture<?> keepAlive;
    /** The stage of a call that answers later, cancelled when nobody will read its answer. */
    private CompletableFuture<?> pending;
    private ScheduledFuture<?> expiry;

    /**
     * @param timedOut the answer when the stream outlives its maximum duration
     * @param onEnd runs once when the response is complete, however it ended
     * @param exchange the request's telemetry, ended with the response
     */
    public EventStream(AsyncContext async, JsonValue callId, Reply timedOut, Runnable onEnd, Exchange exchange) {
        this.async = async;
        this.callId = callId;
        this.timedOut = timedOut;
        this.onEnd = onEnd;
        this.exchange = exchange;
        async.addListener(this);
    }

    /** Sends a {@code : keep-alive} comment every {@code intervalMs} until the stream ends. */
    public synchronized void keepAliveEvery(ScheduledExecutorService scheduler, long intervalMs) {
        if (!finished) {
            keepAlive = scheduler.scheduleWithFixedDelay(this::keepAlive, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Marks the thread that runs the call, so that a client that leaves interrupts it.
     *
     * @return {@code false} when the client is already gone and the call should not start
     */
    public synchronized boolean running(Thread thread) {
        if (closed || finished) {
            return false;
        }
        worker = thread;
        return true;
    }

    /** The call is over: its thread goes back to the pool without an interrupt that was meant for this call. */
    public synchronized void callEnded() {
        worker = null;
        Thread.interrupted();
    }

    /**
     * The call answers later: the stream waits for its stage, which it cancels, and ends with the time-out answer,
     * when {@code timeoutMs} pass first. A client that leaves, and the {@link AsyncContext}'s own timeout, cancel it
     * too. Whoever completes the stage then calls {@link #finish}.
     *
     * @param scheduler the timer of {@code timeoutMs}, or {@code null} when the {@link AsyncContext}'s timeout is the
     *     only one
     * @return {@code false} when the stream has ended already: the stage is cancelled
     */
    public boolean awaiting(CompletableFuture<?> stage, ScheduledExecutorService scheduler, long timeoutMs) {
        synchronized (this) {
            if (!closed && !finished) {
                pending = stage;
                if (scheduler != null) {
                    expiry = scheduler.schedule(this::expire, timeoutMs, TimeUnit.MILLISECONDS);
                }
                return true;
            }
        }
        stage.cancel(true);
        return false;
    }

    @Override
    public void send(JsonObject message) {
        notify(message);
    }

    @Override
    public JsonValue callId() {
        return callId;
    }

    /** Called on the call's own thread, which is not interrupted: {@link #finish} then writes nothing and ends. */
    @Override
    public synchronized void cancelledByClient() {
        closed = true;
    }

    /** Keep-alives come on their own timer, and a client that leaves interrupts the call. */
    @Override
    public boolean stillThere() {
        return !closed;
    }

    /** Sends a notification about the request; throws {@link CancellationException} once the client is gone. */
    void notify(JsonObject notification) {
        synchronized (this) {
            if (closed || finished) {
                throw new CancellationException("the client closed the stream");
            }
            try {
                write(("event: message\ndata: " + JsonIo.write(notification) + "\n\n").getBytes(StandardCharsets.UTF_8));
                return;
            } catch (IOException e) {
                clientLeft();
            }
        }
        cancelPending();
        throw new CancellationException("the client closed the stream");
    }

    /**
     * Sends the final response and ends the response; drops it when the client is already gone. Before the stream
     * opened, the response is plain JSON with the reply's own status.
     */
    public synchronized void finish(Reply reply) {
        if (finished) {
            return;
        }
        finished = true;
        stopKeepAlive();
        try {
            if (!closed) {
                if (opened) {
                    write(("event: message\ndata: " + JsonIo.write(reply.body()) + "\n\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    Reply.send((HttpServletResponse) async.getResponse(), reply);
                }
            }
        } catch (IOException e) {
            closed = true;
        } finally {
            if (closed) {
                exchange.abandoned();
            } else {
                // On an open stream the answer is an event of a 200, whatever status it would have had alone.
                exchange.end(opened ? HttpServletResponse.SC_OK : reply.status(), reply.body());
            }
            async.complete();
        }
    }

    boolean isClosed() {
        return closed;
    }

    private void keepAlive() {
        synchronized (this) {
            if (closed || finished) {
                return;
            }
            try {
                write(KEEP_ALIVE);
                return;
            } catch (IOException e) {
                clientLeft();
                finish(timedOut); // nothing is written any more; this only completes the response
            }
        }
        cancelPending();
    }

    /** Makes {@code response} an event stream: the status and headers of every stream this server opens. */
    static void startEvents(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        // Tells nginx and similar proxies to pass events through as they come instead of buffering the response.
        response.setHeader("X-Accel-Buffering", "no");
    }

    private void write(byte[] event) throws IOException {
        HttpServletResponse response = (HttpServletResponse) async.getResponse();
        if (!opened) {
            opened = true;
            exchange.streamOpened();
            startEvents(response);
        }
        var out = response.getOutputStream();
        out.write(event);
        out.flush();
    }

    /** The client is gone: nothing more is sent, and the call is interrupted. */
    private void clientLeft() {
        closed = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void stopKeepAlive() {
        if (keepAlive != null) {
            keepAlive.cancel(false);
        }
        if (expiry != null) {
            expiry.cancel(false);
        }
    }

    /**
     * Cancels the stage of a call that answers later, outside this stream's lock: cancelling runs whatever the
     * application attached to its stage, on this thread, and that must not wait for a notification of this stream.
     */
    private void cancelPending() {
        CompletableFuture<?> stage;
        synchronized (this) {
            stage = pending;
            pending = null;
        }
        if (stage != null) {
            stage.cancel(true);
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        // Outlived mcp.streamMaxDurationMs: stop the call, tell the client (if it is still there) and end.
        expire();
    }

    /** Outlived a maximum: the call is stopped, the client told (if it is still there), and the response ends. */
    private void expire() {
        synchronized (this) {
            if (worker != null) {
                worker.interrupt();
            }
            finish(timedOut); // before the stage is cancelled: its cancellation must not be the answer
            closed = true;
        }
        cancelPending();
    }

    @Override
    public void onError(AsyncEvent event) {
        synchronized (this) {
            clientLeft();
            if (!finished) {
                finished = true;
                stopKeepAlive();
                exchange.abandoned();
                async.complete();
            }
        }
        cancelPending();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        if (ended.compareAndSet(false, true)) {
            boolean wasOpen;
            synchronized (this) {
                wasOpen = opened;
            }
            if (wasOpen) {
                exchange.streamClosed();
            }
            onEnd.run();
        }
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
