package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.Reply;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The error page for a 401 the container sends itself, when it rejects a token (expired, forged, wrong audience)
 * before the MCP servlet runs. Containers send such a 401 without a {@code Bearer} challenge, or with a
 * {@code Basic} one (Payara), and no filter sees it; an {@code <error-page>} is the one portable hook. The
 * application's {@code web.xml} maps it:
 * {@code <error-page><error-code>401</error-code><location>/mcp-challenge</location></error-page>}.
 */
final class AuthChallengeServlet extends HttpServlet {

    static final String PATH = "/mcp-challenge";
    private static final long serialVersionUID = 1L;

    private final transient AccessGate gate;

    AuthChallengeServlet(AccessGate gate) {
        this.gate = gate;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Reply.send(response, Fault.transport(401, "Unauthorized: the token was not accepted")
                .withHeader(Wire.Header.WWW_AUTHENTICATE, gate.challenge(request, "invalid_token", List.of()))
                .reply(null));
    }
}
