package dev.jeemcp.mcp.servlet.internal.request;

import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;

/**
 * The event stream of a 2025-era request that asked for no notifications, written by the request's own thread: it
 * opens only when the call sends the client a request of the server (an {@code elicitation/create}, say), and then
 * the final response is its last event instead of a plain JSON body. A stream that never opens costs nothing.
 *
 * <p>The thread waits for the client's answer, so the stream counts against {@code mcp.maxConcurrentStreams} from
 * the moment it opens; one more is refused with {@link McpUnavailableException}. Nothing else writes to it: a
 * {@code : keep-alive} comment is written when {@link #stillThere()} is asked and one is due, which also finds a
 * client that left.
 */
public final class ResponseStream implements ClientChannel {

    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpServletResponse response;
    private final Semaphore streams;
    private final long keepAliveNanos;
    private final Runnable onOpen;
    private final JsonValue callId;
    private boolean opened;
    private boolean released;
    private boolean closed;
    private long lastWrite;

    /**
     * @param onOpen run when the stream opens, before the first request is written and the wait begins: the
     *     open-streams gauge counts a stream that waits
     */
    public ResponseStream(HttpServletResponse response, JsonValue callId, Semaphore streams, long keepAliveMs, Runnable onOpen) {
        this.response = response;
        this.callId = callId;
        this.streams = streams;
        this.keepAliveNanos = keepAliveMs * 1_000_000;
        this.onOpen = onOpen;
    }

    @Override
    public synchronized void send(JsonObject message) {
        if (closed) {
            throw new CancellationException("the client closed the stream");
        }
        if (!opened) {
            if (!streams.tryAcquire()) {
                throw new McpUnavailableException("Too many requests are streaming on this server; retry the request");
            }
            opened = true;
            onOpen.run();
            EventStream.startEvents(response);
        }
        try {
            write(("event: message\ndata: " + JsonIo.write(message) + "\n\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            closed = true;
            throw new CancellationException("the client closed the stream");
        }
    }

    @Override
    public synchronized boolean stillThere() {
        if (closed || !opened || System.nanoTime() - lastWrite < keepAliveNanos) {
            return !closed;
        }
        try {
            write(KEEP_ALIVE);
        } catch (IOException e) {
            closed = true;
        }
        return !closed;
    }

    @Override
    public JsonValue callId() {
        return callId;
    }

    @Override
    public synchronized void cancelledByClient() {
        closed = true;
    }

    /** Whether the stream opened, so that the final response is its last event. */
    public synchronized boolean opened() {
        return opened;
    }

    /** Writes the final response as the last event, and gives the stream's place back; drops it when the client left. */
    public synchronized void finish(Reply reply) {
        try {
            if (!closed) {
                write(("event: message\ndata: " + JsonIo.write(reply.body()) + "\n\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            closed = true;
        } finally {
            release();
        }
    }

    /** Gives the stream's place back, once; for the servlet's {@code finally}, whatever happened before. */
    public synchronized void release() {
        if (opened && !released) {
            released = true;
            streams.release();
        }
    }

    /** Whether the client left before the response was complete. */
    public synchronized boolean abandoned() {
        return closed;
    }

    private void write(byte[] event) throws IOException {
        var out = response.getOutputStream();
        out.write(event);
        out.flush();
        lastWrite = System.nanoTime();
    }
}
