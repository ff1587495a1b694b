package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.Server;
import dev.jeemcp.it.infra.ServerProcess;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where CDI has method invokers (4.1, Jakarta EE 11), the container's own invokers call the tools; on Jakarta EE 10
 * the library calls the bean's contextual reference itself. (That interceptors run either way, {@code RawHttpIT}
 * shows on every server.)
 */
class CdiInvokersIT {

    @Test
    void toolsAreCalledThroughTheContainersInvokersWhereCdiHasThem() throws Exception {
        boolean cdi41 = "11".equals(System.getProperty("it.jakartaEe"));
        try (ServerProcess server = Server.current().startSample("invokers", List.of())) {
            server.awaitReady(Duration.ofMinutes(3));
            String expected = "called through " + (cdi41 ? "CDI 4.1 invokers" : "contextual references");
            assertTrue(server.log().contains(expected), "the discovery log line says " + expected);

            RawHttp http = new RawHttp(server.endpoint());
            JsonObject estimate = http.expect(http.modern("tools/call", obj("name", "estimate_premium",
                    "arguments", obj("product", "HOME", "applicant", obj("age", 42, "smoker", false, "postcode", "1011"))),
                    "estimate_premium"), 200, null).getJsonObject("result");
            assertFalse(estimate.getBoolean("isError"), estimate::toString);
        }
    }
}
