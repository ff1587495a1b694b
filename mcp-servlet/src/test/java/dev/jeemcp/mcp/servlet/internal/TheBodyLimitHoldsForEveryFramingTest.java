package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body is read whole whether the client declares its length or sends it in chunks, or a filter hands on a stream
 * longer than the length it declares (one that inflates or replays the body); {@code mcp.maxRequestBytes} holds
 * exactly in every case: a body of the limit is answered, one byte more is refused with 413.
 */
class TheBodyLimitHoldsForEveryFramingTest {

    private static final int LIMIT = 1000;
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}";
    /** Asks the test's filter to declare this length for the body, whatever its real length. */
    private static final String UNDERSTATE = "X-Test-Declared-Length";
    /** Asks the test's filter to hand on an endless body of spaces instead of the one sent. */
    private static final String ENDLESS = "X-Test-Endless-Body";
    /** How many bytes the servlet took from the last endless body. */
    private static final AtomicLong endlessRead = new AtomicLong();

    /** The length the servlet was told, as the last request's filter saw it: -1 for a chunked body. */
    private static final AtomicLong declaredSeen = new AtomicLong();
    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = new EmbeddedServer(Fixtures.catalog(), Fixtures.settings("mcp.maxRequestBytes", String.valueOf(LIMIT)),
                context -> EmbeddedServer.wrapEveryRequest(context, "declaring", TheBodyLimitHoldsForEveryFramingTest::declaring));
    }

    /** The request as the servlet gets it: with the length and the body the test's headers ask for, and its length noted. */
    private static HttpServletRequest declaring(HttpServletRequest request) {
        String understated = request.getHeader(UNDERSTATE);
        boolean endless = request.getHeader(ENDLESS) != null;
        HttpServletRequest declared = understated == null ? request : new HttpServletRequestWrapper(request) {
            @Override
            public long getContentLengthLong() {
                return Long.parseLong(understated);
            }

            @Override
            public int getContentLength() {
                return Integer.parseInt(understated);
            }

            @Override
            public ServletInputStream getInputStream() throws IOException {
                return endless ? endlessSpaces() : super.getInputStream();
            }
        };
        declaredSeen.set(declared.getContentLengthLong());
        return declared;
    }

    /** Spaces for ever, counted in {@link #endlessRead}. */
    private static ServletInputStream endlessSpaces() {
        endlessRead.set(0);
        return new ServletInputStream() {
            @Override
            public int read() {
                endlessRead.incrementAndGet();
                return ' ';
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /**
     * The ping, padded to exactly {@code size} bytes with whitespace before its closing brace, so that a body cut by
     * even one byte no longer parses.
     */
    private static String pingOf(int size) {
        return PING.substring(0, PING.length() - 1) + " ".repeat(size - PING.length()) + "}";
    }

    /** The same POST as {@link EmbeddedServer#post}, with a body of unknown length over HTTP/1.1: sent chunked. */
    private static HttpRequest.Builder chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return server.post("").version(HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    }

    private static void assertAnswered(HttpRequest.Builder request, long declared) {
        HttpResponse<String> response = server.send(request);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{}}", response.body());
        assertEquals(declared, declaredSeen.get(), "the length the servlet was told");
    }

    private static void assertRefused(HttpRequest.Builder request) {
        HttpResponse<String> response = server.send(request);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":" + McpErrorCodes.INVALID_REQUEST), response.body());
    }

    @Test
    void aDeclaredLengthUpToTheLimitIsReadWhole() {
        assertAnswered(server.post(PING), PING.length());
        assertAnswered(server.post(pingOf(LIMIT)), LIMIT);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefused() {
        assertRefused(server.post(pingOf(LIMIT + 1)));
    }

    @Test
    void aChunkedBodyUpToTheLimitIsReadWhole() {
        assertAnswered(chunked(PING), -1);
        assertAnswered(chunked(pingOf(LIMIT)), -1);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefused() {
        assertRefused(chunked(pingOf(LIMIT + 1)));
    }

    @Test
    void aStreamLongerThanItsDeclaredLengthIsReadWhole() {
        assertAnswered(server.post(pingOf(LIMIT), UNDERSTATE, "0"), 0);
        assertAnswered(server.post(pingOf(LIMIT), UNDERSTATE, "10"), 10);
        assertAnswered(server.post(pingOf(LIMIT), UNDERSTATE, String.valueOf(LIMIT - 1)), LIMIT - 1);
    }

    @Test
    void aStreamLongerThanItsDeclaredLengthIsStillBoundedByTheLimit() {
        assertRefused(server.post(pingOf(LIMIT + 1), UNDERSTATE, "10"));
        assertRefused(server.post(pingOf(LIMIT + 1), UNDERSTATE, String.valueOf(LIMIT)));
        assertRefused(server.post(PING, UNDERSTATE, "0", ENDLESS, "yes"));
        // The body up to one byte past the limit, then at most four times the limit drained for the 413 to be read.
        long read = endlessRead.get();
        assertTrue(read > LIMIT && read <= LIMIT + 1 + 4L * LIMIT + 8192, "read " + read + " bytes of an endless body");
    }

}
