package dev.jeemcp.mcp.servlet.internal;

import jakarta.json.JsonObject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;

/**
 * The {@code text/event-stream} response of one request: notifications about it, then its final response, then the
 * end. A client that closes the stream cancels the request: the next write fails, or the container reports the
 * error, and from then on {@link #isClosed()} is true and every notification throws {@link CancellationException}.
 */
final class EventStream implements AsyncListener {

    private final AsyncContext async;
    private volatile boolean closed;

    EventStream(AsyncContext async) {
        this.async = async;
        async.addListener(this);
        HttpServletResponse response = (HttpServletResponse) async.getResponse();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        // Tells nginx and similar proxies to pass events through as they come instead of buffering the response.
        response.setHeader("X-Accel-Buffering", "no");
    }

    /** Sends a notification about the request; throws {@link CancellationException} once the client is gone. */
    synchronized void notify(JsonObject notification) {
        if (closed) {
            throw new CancellationException("the client closed the stream");
        }
        try {
            write(notification);
        } catch (IOException e) {
            closed = true;
            throw new CancellationException("the client closed the stream");
        }
    }

    /** Sends the final response and ends the stream; silently drops it when the client is already gone. */
    synchronized void finish(JsonObject response) {
        try {
            if (!closed) {
                write(response);
            }
        } catch (IOException e) {
            closed = true;
        } finally {
            async.complete();
        }
    }

    boolean isClosed() {
        return closed;
    }

    private void write(JsonObject message) throws IOException {
        var out = async.getResponse().getOutputStream();
        out.write(("event: message\ndata: " + JsonIo.write(message) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void onError(AsyncEvent event) {
        closed = true;
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        closed = true;
    }

    @Override
    public void onComplete(AsyncEvent event) {
        // nothing to release
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
