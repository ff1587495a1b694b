package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.security.JwtLogin;
import dev.jeemcp.it.security.TestIssuer;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MicroProfile JWT bearer tokens validated by the container, from an issuer whose key this test run made: the
 * library only reads the principal, its groups and the token's scope claim.
 */
@ExtendWith(ArquillianExtension.class)
class JwtBearerSecurityIT {

    private static final TestIssuer ISSUER = new TestIssuer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        String config = "mp.jwt.verify.issuer=" + TestIssuer.ISSUER + "\n"
                + "mp.jwt.verify.audiences=" + TestIssuer.AUDIENCE + "\n"
                + "mp.jwt.verify.publickey=" + ISSUER.publicKey() + "\n";
        return Deployments.secured(JwtLogin.class, "MP-JWT",
                        "<context-param><param-name>mcp.oauth.requiredScopes</param-name><param-value>mcp:tools</param-value></context-param>")
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    }

    @ArquillianResource
    URL base;

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

    private HttpResponse<String> ping(String token) {
        RawHttp http = new RawHttp(Deployments.endpoint(base));
        RawHttp caller = token == null ? http : http.bearer(token);
        return caller.send(caller.post(PING));
    }

    @Test
    void noTokenIsChallenged() {
        HttpResponse<String> response = ping(null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer scope=\"mcp:tools\", resource_metadata=\""));
    }

    @Test
    void anExpiredOrForeignTokenIsChallenged() {
        HttpResponse<String> expired = ping(ISSUER.token("alice", List.of("quoter"), "mcp:tools", -600));
        assertEquals(401, expired.statusCode());
        assertTrue(expired.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer error=\"invalid_token\""),
                expired.headers().map().toString());
        assertEquals(401, ping(new TestIssuer().token("alice", List.of("quoter"), "mcp:tools", 300)).statusCode());
    }

    @Test
    void aTokenWithoutTheScopeIsInsufficient() {
        HttpResponse<String> response = ping(ISSUER.token("alice", List.of("quoter"), "profile", 300));
        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer error=\"insufficient_scope\", scope=\"mcp:tools\""));
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        assertEquals(403, ping(ISSUER.token("dave", List.of("tenant-a"), "mcp:tools", 300)).statusCode());
    }

    @Test
    void aGoodTokenIsServedAndItsGroupsAreRoles() {
        assertEquals(200, ping(ISSUER.token("alice", List.of("quoter", "tenant-a"), "mcp:tools", 300)).statusCode());
        RawHttp carol = new RawHttp(Deployments.endpoint(base)).bearer(ISSUER.token("carol", List.of("quoter", "underwriter"), "mcp:tools", 300));
        String list = carol.send(carol.modern("tools/list", obj(), null)).body();
        assertTrue(list.contains("\"approve_discount\""), list);
    }
}
