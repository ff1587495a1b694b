package dev.jeemcp.mcp.servlet.internal.protocol;

import dev.jeemcp.mcp.internal.Settings;
import jakarta.servlet.ServletContext;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The endpoint's configuration, read once at deploy time.
 *
 * <p>Each setting comes from {@link Settings}: the {@code <context-param>} in {@code web.xml}, else MicroProfile
 * Config where the server has it, else the system property of the same name, else the default. The two keys of
 * {@code requestState} may name a JNDI entry ({@code jndi:<name>}), looked up here, and are left out of
 * {@link #toString()}.
 */
public record McpSettings(
        boolean enabled,
        String path,
        List<String> allowedOrigins,
        int maxRequestBytes,
        int pageSize,
        int maxUriLength,
        long listTtlMs,
        String serverName,
        String serverVersion,
        String instructions,
        String requestStateKey,
        String requestStatePreviousKeys,
        long requestStateTtlMs,
        boolean requestStateSingleUse,
        LoopbackOrigins allowLoopbackOrigins,
        StreamSettings streams,
        long asyncTimeoutMs,
        InputSettings input,
        AuthSettings auth,
        ConsoleSettings console) {

    /** Whether browser pages served from this machine ({@code http://localhost:…}) may call the endpoint. */
    public enum LoopbackOrigins {
        /** Only on a request that arrived on a loopback address, i.e. a server reachable from this machine only. */
        AUTO,
        ALWAYS,
        NEVER
    }

    /**
     * Limits of {@code text/event-stream} responses.
     *
     * @param maxDurationMs how long a stream may stay open before the call is cancelled and the stream ended
     * @param keepAliveMs how often an idle stream gets a {@code : keep-alive} comment, which also finds out that
     *     the client is gone
     * @param maxConcurrent streams open at once on this instance; one more is answered 503
     */
    public record StreamSettings(long maxDurationMs, long keepAliveMs, int maxConcurrent) {
    }

    /**
     * Limits of the input a 2025-era client is asked for on the event stream of its call ({@code elicitation/create},
     * {@code sampling/createMessage}), everything a caller could otherwise grow.
     *
     * @param answerTimeoutMs how long one call waits for answers in all its rounds (at most {@code mcp.streamMaxDurationMs})
     *     before it ends with "Request timed out"
     * @param maxAnswerBytes the largest answer stored; a larger one is refused with 413 and never reaches the tool
     * @param maxPendingPerCaller unanswered requests one caller may have open at once, across all instances
     * @param maxRounds how often one call may ask; one more ends it with an error
     * @param maxWaiting calls one instance lets wait for answers at once, each holding a container thread; one more is
     *     refused as retryable (429)
     * @param maxWaitingPerCaller of those, how many one caller (tenant and name) may hold at once: two callers cannot
     *     take every place; one more is refused as retryable (429)
     */
    public record InputSettings(long answerTimeoutMs, int maxAnswerBytes, int maxPendingPerCaller, int maxRounds, int maxWaiting,
            int maxWaitingPerCaller) {
    }

    /**
     * Who may use the endpoint at all, and what the OAuth protected-resource metadata says.
     *
     * @param required whether an anonymous request is refused with 401
     * @param rolesAllowed roles, one of which every caller needs (403 otherwise); empty for none
     * @param authorizationServers issuer URLs for the metadata; empty turns the metadata off
     * @param scopesSupported the scopes the metadata advertises
     * @param requiredScopes scopes every token must carry (403 {@code insufficient_scope} otherwise)
     * @param resource the canonical URI of the endpoint; {@code null} to derive it from each request
     */
    public record AuthSettings(boolean required, List<String> rolesAllowed, List<String> authorizationServers,
            List<String> scopesSupported, List<String> requiredScopes, String resource) {

        /** Whether anything here can refuse a request. */
        public boolean guards() {
            return required || !rolesAllowed.isEmpty() || !requiredScopes.isEmpty();
        }

        public boolean publishesMetadata() {
            return !authorizationServers.isEmpty();
        }
    }

    /**
     * The browser console beside the endpoint ({@code <mcp.path>/console/}).
     *
     * @param enabled whether it is served at all; off by default
     * @param role the role a caller needs to open it, and to call the endpoint from its page; never {@code null} when
     *     enabled (enabling it without a role, or with {@code *} or {@code **}, which any authenticated caller
     *     passes, is refused when the settings are read)
     * @param origin the console's canonical origin ({@code mcp.console.origin}, e.g. {@code https://app.example.com}),
     *     or {@code null} to take it from the request's scheme, host and port
     */
    public record ConsoleSettings(boolean enabled, String role, String origin) {
    }

    static final String ENABLED = "mcp.enabled";
    static final String PATH = "mcp.path";
    static final String ALLOWED_ORIGINS = "mcp.allowedOrigins";
    static final String MAX_REQUEST_BYTES = "mcp.maxRequestBytes";
    /**
     * The largest {@value #MAX_REQUEST_BYTES}: a body is read up to one byte past the limit, into one array, and the
     * JVM's largest array is a few bytes short of {@code Integer.MAX_VALUE}.
     */
    static final int LARGEST_BODY_LIMIT = Integer.MAX_VALUE - 9;
    static final String PAGE_SIZE = "mcp.pageSize";
    static final String MAX_URI_LENGTH = "mcp.maxUriLength";
    static final String LIST_TTL_MS = "mcp.listTtlMs";
    static final String SERVER_NAME = "mcp.serverName";
    static final String SERVER_VERSION = "mcp.serverVersion";
    static final String INSTRUCTIONS = "mcp.instructions";
    public static final String REQUEST_STATE_KEY = "mcp.requestStateKey";
    public static final String REQUEST_STATE_PREVIOUS_KEYS = "mcp.requestStatePreviousKeys";
    static final String REQUEST_STATE_TTL_MS = "mcp.requestStateTtlMs";
    public static final String REQUEST_STATE_SINGLE_USE = "mcp.requestStateSingleUse";
    static final String ALLOW_LOOPBACK_ORIGINS = "mcp.allowLoopbackOrigins";
    static final String STREAM_MAX_DURATION_MS = "mcp.streamMaxDurationMs";
    static final String STREAM_KEEP_ALIVE_MS = "mcp.streamKeepAliveMs";
    static final String MAX_CONCURRENT_STREAMS = "mcp.maxConcurrentStreams";
    /**
     * How long a call to a tool that answers later (returns a {@code CompletionStage}) may wait for its stage; then
     * the stage is cancelled and the request ends with {@code -32603} "Request timed out".
     */
    static final String ASYNC_TIMEOUT_MS = "mcp.asyncTimeoutMs";
    static final String INPUT_ANSWER_TIMEOUT_MS = "mcp.input.answerTimeoutMs";
    static final String INPUT_MAX_ANSWER_BYTES = "mcp.input.maxAnswerBytes";
    static final String INPUT_MAX_PENDING_PER_CALLER = "mcp.input.maxPendingPerCaller";
    static final String INPUT_MAX_ROUNDS = "mcp.input.maxRounds";
    static final String INPUT_MAX_WAITING = "mcp.input.maxWaiting";
    static final String INPUT_MAX_WAITING_PER_CALLER = "mcp.input.maxWaitingPerCaller";
    static final String AUTH_REQUIRED = "mcp.auth.required";
    static final String AUTH_ROLES_ALLOWED = "mcp.auth.rolesAllowed";
    static final String OAUTH_AUTHORIZATION_SERVERS = "mcp.oauth.authorizationServers";
    static final String OAUTH_SCOPES_SUPPORTED = "mcp.oauth.scopesSupported";
    static final String OAUTH_REQUIRED_SCOPES = "mcp.oauth.requiredScopes";
    static final String OAUTH_RESOURCE = "mcp.oauth.resource";
    static final String CONSOLE_ENABLED = "mcp.console.enabled";
    static final String CONSOLE_ROLE = "mcp.console.role";
    static final String CONSOLE_ORIGIN = "mcp.console.origin";

    public static McpSettings defaults() {
        return from(name -> null);
    }

    public static McpSettings from(ServletContext context) {
        return from(Settings.of(context)::get);
    }

    public static McpSettings from(UnaryOperator<String> source) {
        McpSettings settings = read(source);
        AuthSettings auth = settings.auth();
        if (auth.publishesMetadata() && !isAbsoluteHttpUri(auth.resource())) {
            // Derived from the Host header, the metadata would name whatever host a client (or an attacker) sent.
            throw new IllegalArgumentException(OAUTH_RESOURCE + " must be set to the endpoint's canonical URI (an absolute"
                    + " http or https URI without fragment, such as https://mcp.example.com/app/mcp) when "
                    + OAUTH_AUTHORIZATION_SERVERS + " is set");
        }
        return settings;
    }

    /** Every setting but the two keys, which are secrets: only whether each is set. */
    @Override
    public String toString() {
        return "McpSettings[enabled=" + enabled + ", path=" + path + ", allowedOrigins=" + allowedOrigins
                + ", maxRequestBytes=" + maxRequestBytes + ", pageSize=" + pageSize + ", maxUriLength=" + maxUriLength
                + ", listTtlMs=" + listTtlMs + ", serverName=" + serverName + ", serverVersion=" + serverVersion
                + ", instructions=" + instructions + ", requestStateKey=" + (requestStateKey == null ? "unset" : "(set)")
                + ", requestStatePreviousKeys=" + (requestStatePreviousKeys == null ? "unset" : "(set)")
                + ", requestStateTtlMs=" + requestStateTtlMs + ", requestStateSingleUse=" + requestStateSingleUse
                + ", allowLoopbackOrigins=" + allowLoopbackOrigins + ", streams=" + streams + ", asyncTimeoutMs=" + asyncTimeoutMs
                + ", input=" + input + ", auth=" + auth + ", console=" + console + "]";
    }

    private static boolean isAbsoluteHttpUri(String value) {
        try {
            java.net.URI uri = new java.net.URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawFragment() == null;
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    private static McpSettings read(UnaryOperator<String> source) {
        return new McpSettings(
                Boolean.parseBoolean(value(source, ENABLED, "true")),
                value(source, PATH, "/mcp"),
                list(source, ALLOWED_ORIGINS),
                positive(source, MAX_REQUEST_BYTES, 1024 * 1024, LARGEST_BODY_LIMIT),
                positive(source, PAGE_SIZE, 100),
                positive(source, MAX_URI_LENGTH, 4096),
                positive(source, LIST_TTL_MS, 300_000),
                value(source, SERVER_NAME, "jeemcp"),
                value(source, SERVER_VERSION, "0.1.0"),
                value(source, INSTRUCTIONS, ""),
                Settings.resolveSecret(REQUEST_STATE_KEY, value(source, REQUEST_STATE_KEY, null)),
                Settings.resolveSecret(REQUEST_STATE_PREVIOUS_KEYS, value(source, REQUEST_STATE_PREVIOUS_KEYS, null)),
                positive(source, REQUEST_STATE_TTL_MS, 600_000),
                bool(source, REQUEST_STATE_SINGLE_USE, false),
                loopback(value(source, ALLOW_LOOPBACK_ORIGINS, "auto")),
                new StreamSettings(
                        positive(source, STREAM_MAX_DURATION_MS, 1_800_000),
                        positive(source, STREAM_KEEP_ALIVE_MS, 15_000),
                        positive(source, MAX_CONCURRENT_STREAMS, 200)),
                positive(source, ASYNC_TIMEOUT_MS, 60_000),
                new InputSettings(
                        positive(source, INPUT_ANSWER_TIMEOUT_MS, 300_000),
                        positive(source, INPUT_MAX_ANSWER_BYTES, 65_536),
                        positive(source, INPUT_MAX_PENDING_PER_CALLER, 16),
                        positive(source, INPUT_MAX_ROUNDS, 8),
                        positive(source, INPUT_MAX_WAITING, 32),
                        positive(source, INPUT_MAX_WAITING_PER_CALLER, 4)),
                new AuthSettings(
                        Boolean.parseBoolean(value(source, AUTH_REQUIRED, "false")),
                        list(source, AUTH_ROLES_ALLOWED),
                        list(source, OAUTH_AUTHORIZATION_SERVERS),
                        list(source, OAUTH_SCOPES_SUPPORTED),
                        list(source, OAUTH_REQUIRED_SCOPES),
                        value(source, OAUTH_RESOURCE, null)),
                console(source));
    }

    /** Safe by default: a console switched on without a role would show the catalog to any authenticated caller. */
    private static ConsoleSettings console(UnaryOperator<String> source) {
        boolean enabled = bool(source, CONSOLE_ENABLED, false);
        String role = value(source, CONSOLE_ROLE, null);
        if (enabled && role == null) {
            throw new IllegalArgumentException(CONSOLE_ENABLED + " is true but " + CONSOLE_ROLE + " names no role: name the"
                    + " role a caller needs to open the console (declare it as a <security-role> of the application)");
        }
        if (enabled && ("*".equals(role) || "**".equals(role))) {
            // isUserInRole("**") is true for every authenticated caller, and "*" depends on the container.
            throw new IllegalArgumentException(CONSOLE_ROLE + " is \"" + role + "\", which any authenticated caller may"
                    + " pass: name the one role a caller needs to open the console");
        }
        String origin = value(source, CONSOLE_ORIGIN, null);
        if (origin != null && !isOrigin(origin)) {
            throw new IllegalArgumentException(CONSOLE_ORIGIN + " must be an origin such as https://app.example.com"
                    + " (scheme, host and port only), not \"" + origin + "\"");
        }
        return new ConsoleSettings(enabled, enabled ? role : null, enabled ? origin : null);
    }

    /** Whether a value is an http(s) origin: scheme, host, optional port, no path, query or user. */
    private static boolean isOrigin(String value) {
        try {
            java.net.URI uri = new java.net.URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String value(UnaryOperator<String> source, String name, String fallback) {
        String value = source.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static List<String> list(UnaryOperator<String> source, String name) {
        return Arrays.stream(value(source, name, "").split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean bool(UnaryOperator<String> source, String name, boolean fallback) {
        String value = value(source, name, Boolean.toString(fallback));
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(name + " must be true or false, not \"" + value + "\"");
        }
        return Boolean.parseBoolean(value);
    }

    private static LoopbackOrigins loopback(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> LoopbackOrigins.AUTO;
            case "true" -> LoopbackOrigins.ALWAYS;
            case "false" -> LoopbackOrigins.NEVER;
            default -> throw new IllegalArgumentException(ALLOW_LOOPBACK_ORIGINS + " must be auto, true or false, not \"" + value + "\"");
        };
    }

    private static int positive(UnaryOperator<String> source, String name, int fallback) {
        return positive(source, name, fallback, Integer.MAX_VALUE);
    }

    private static int positive(UnaryOperator<String> source, String name, int fallback, int largest) {
        String value = value(source, name, Integer.toString(fallback));
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0 && parsed <= largest) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the name of the setting
        }
        throw new IllegalArgumentException(name + " must be a positive integer"
                + (largest < Integer.MAX_VALUE ? " up to " + largest : "") + ", not \"" + value + "\"");
    }
}
