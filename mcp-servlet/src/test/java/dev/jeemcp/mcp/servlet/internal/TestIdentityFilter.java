package dev.jeemcp.mcp.servlet.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import org.apache.catalina.Context;

/**
 * Plays the container's authentication in servlet tests: {@code X-Test-Caller: alice roles=quoter scope=mcp:tools}
 * makes alice the principal, with those roles and a token whose {@code scope} claim holds those scopes. (The real
 * containers are exercised by the integration tests.)
 */
final class TestIdentityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** A principal with claims, shaped like MicroProfile JWT's JsonWebToken. */
    public record TokenPrincipal(String name, String scope) implements Principal {
        @Override
        public String getName() {
            return name;
        }

        public Object getClaim(String claim) {
            return "scope".equals(claim) ? scope : null;
        }
    }

    /** Puts the filter in front of everything in that web application. */
    static void install(Context context) {
        EmbeddedServer.filterEverything(context, "identity", new TestIdentityFilter());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String caller = request.getHeader("X-Test-Caller");
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        String[] parts = caller.split(" ");
        String roles = "";
        String scope = "";
        for (String part : parts) {
            if (part.startsWith("roles=")) {
                roles = part.substring(6);
            } else if (part.startsWith("scope=")) {
                scope = part.substring(6).replace(',', ' ');
            }
        }
        Set<String> roleSet = Set.of(roles.split(","));
        TokenPrincipal principal = new TokenPrincipal(parts[0], scope);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return roleSet.contains(role);
            }
        }, response);
    }
}
