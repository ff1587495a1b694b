package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the wire, with {@code mcp.allowLoopbackOrigins} at its default ({@code auto}): a page of a loopback origin may call
 * only a request that arrived on a loopback address, a server that only this machine reaches. The request's local
 * address decides, read only when such an origin asks.
 */
class LoopbackOriginsNeedALoopbackArrivalTest {

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    /** Asks the test's filter to present the request as arrived on this local address. */
    private static final String ARRIVED_ON = "X-Test-Local-Address";

    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = new EmbeddedServer(Fixtures.catalog(), Fixtures.settings(), context -> EmbeddedServer.wrapEveryRequest(context,
                "arriving", request -> {
                    String local = request.getHeader(ARRIVED_ON);
                    return local == null ? request : new HttpServletRequestWrapper(request) {
                        @Override
                        public String getLocalAddr() {
                            return local;
                        }
                    };
                }));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static int status(String... headers) {
        HttpResponse<String> response = server.send(server.post(PING, headers));
        if (response.statusCode() == 403) {
            assertTrue(response.body().contains("origin not allowed"), response.body()); // refused for its origin
        }
        return response.statusCode();
    }

    @Test
    void aLoopbackOriginPassesOnALoopbackArrival() {
        assertEquals(200, status("Origin", "http://localhost:3000"));
        assertEquals(200, status("Origin", "http://127.0.0.1:6274", ARRIVED_ON, "127.0.0.1"));
    }

    @Test
    void aLoopbackOriginIsForbiddenOnAnyOtherArrival() {
        assertEquals(403, status("Origin", "http://localhost:3000", ARRIVED_ON, "10.0.0.5"));
        assertEquals(403, status("Origin", "http://[::1]:8080", ARRIVED_ON, "192.168.1.20"));
    }

    @Test
    void aRequestWithoutOriginPassesWhereverItArrived() {
        assertEquals(200, status(ARRIVED_ON, "10.0.0.5"));
    }
}
