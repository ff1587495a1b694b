package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.handles.NoTenantException;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.InputAnswers;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.catalina.Context;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * Two instances of one application for the 2025-era input tests: embedded servers sharing one in-memory answer store
 * (what {@code MCP_INPUT} is to real instances), callers named by {@code X-Test-Caller}, and a client that reads the
 * event stream of its call and answers the server's requests through the other instance.
 */
final class LegacyInputFixture {

    static final String LEGACY = "2025-11-25";

    /** The answer store of all instances, scoped to the caller of the current request like the JPA one. */
    static final class SharedAnswers implements InputAnswers {
        record Row(String owner, Instant expiresAt, String answer, String callId) {
            Row(String owner, Instant expiresAt, String answer) {
                this(owner, expiresAt, answer, "");
            }
        }

        final Map<String, Row> rows = new ConcurrentHashMap<>();
        final List<String> forgotten = new CopyOnWriteArrayList<>();
        /** Set: the next forget() is interrupted as it starts, as when a client leaves after the wait ended. */
        final java.util.concurrent.atomic.AtomicBoolean interruptDuringNextForget = new java.util.concurrent.atomic.AtomicBoolean();
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger deliveries = new AtomicInteger();
        final AtomicInteger purges = new AtomicInteger();
        static final ThreadLocal<McpRequest> CURRENT = new ThreadLocal<>();
        /** Like the JPA store with {@code mcp.anonymousTenant=true}: every anonymous caller is one owner. */
        volatile boolean keepsAnonymous;
        /** A store whose count races (checked, then inserted): it never refuses. */
        volatile boolean racing;

        /** Like the JPA store without an anonymous tenant: an anonymous caller keeps nothing. */
        private String owner() {
            if (keepsAnonymous) {
                return CURRENT.get().caller().map(Principal::getName).orElse("anonymous");
            }
            return CURRENT.get().caller().map(Principal::getName).orElseThrow(() -> new NoTenantException("Anonymous callers keep no state here"));
        }

        @Override
        public void purgeExpired() {
            purges.incrementAndGet();
        }

        @Override
        public synchronized boolean asked(String id, String callId, Instant expiresAt, int maxPending) {
            String owner = owner();
            if (!racing && rows.values().stream().filter(row -> row.owner().equals(owner)).count() >= maxPending) {
                return false;
            }
            rows.put(id, new Row(owner, expiresAt, null, callId));
            return true;
        }

        @Override
        public synchronized boolean answered(String id, String answer) {
            deliveries.incrementAndGet();
            Row row = rows.get(id);
            if (row == null || !row.owner().equals(owner()) || row.answer() != null || row.expiresAt().isBefore(Instant.now())) {
                return false;
            }
            rows.put(id, new Row(row.owner(), row.expiresAt(), answer, row.callId()));
            return true;
        }

        @Override
        public synchronized int cancel(String callId) {
            String owner = owner();
            int[] reached = {0};
            rows.replaceAll((id, row) -> {
                if (row.owner().equals(owner) && row.callId().equals(callId) && row.expiresAt().isAfter(Instant.now())) {
                    reached[0]++;
                    return new Row(row.owner(), row.expiresAt(), CANCELLED, row.callId());
                }
                return row;
            });
            return reached[0];
        }

        @Override
        public Optional<String> answer(String id) {
            reads.incrementAndGet();
            Row row = rows.get(id);
            return row == null || !row.owner().equals(owner()) ? Optional.empty() : Optional.ofNullable(row.answer());
        }

        @Override
        public void forget(String id) {
            if (interruptDuringNextForget.getAndSet(false)) {
                Thread.currentThread().interrupt(); // the client left while the row was being deleted
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted"); // as a connection pool refuses an interrupted thread
            }
            rows.remove(id);
            forgotten.add(id);
        }
    }

    /** A catalog whose requests are current while served, as the CDI catalog makes them. */
    static McpCatalog catalog(SharedAnswers answers, Tool... tools) {
        List<Tool> all = List.of(tools);
        return new McpCatalog() {
            @Override
            public List<Tool> tools() {
                return all;
            }

            @Override
            public <T> T serving(McpRequest request, Supplier<T> work) {
                McpRequest outer = SharedAnswers.CURRENT.get();
                SharedAnswers.CURRENT.set(request);
                try {
                    return work.get();
                } finally {
                    SharedAnswers.CURRENT.set(outer);
                }
            }

            @Override
            public Optional<InputAnswers> inputAnswers() {
                return Optional.ofNullable(answers);
            }
        };
    }

    static EmbeddedServer instance(McpCatalog catalog, String... settings) {
        List<String> all = new ArrayList<>(List.of("mcp.requestStateKey", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "mcp.streamKeepAliveMs", "50"));
        all.addAll(List.of(settings));
        McpSettings read = Fixtures.settings(all.toArray(String[]::new));
        return new EmbeddedServer(catalog, read, LegacyInputFixture::withIdentity);
    }

    private static void withIdentity(Context context) {
        FilterDef identity = new FilterDef();
        identity.setFilterName("identity");
        identity.setFilter(new TestIdentityFilter());
        identity.setAsyncSupported("true");
        context.addFilterDef(identity);
        FilterMap everything = new FilterMap();
        everything.setFilterName("identity");
        everything.addURLPattern("/*");
        context.addFilterMap(everything);
    }

    /** Asks to confirm before it answers; with the answer and its state once confirmed. */
    record ConfirmingTool() implements Tool {
        @Override
        public String name() {
            return "bind";
        }

        @Override
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"bind\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            if (!request.inputResponses().containsKey("confirm")) {
                throw InputRequired.builder()
                        .elicit("confirm", "Bind this policy for EUR 216 a year?",
                                Fixtures.json("{\"type\":\"object\",\"properties\":{\"ok\":{\"type\":\"boolean\"}}}"))
                        .state(Fixtures.json("{\"quote\":\"quote_1\"}"))
                        .build();
            }
            return result(request);
        }
    }

    /** Asks twice: a confirmation, then (carrying the first answer in its state) a model's summary. */
    record TwiceAskingTool() implements Tool {
        @Override
        public String name() {
            return "twice";
        }

        @Override
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"twice\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            if (request.inputResponses().containsKey("confirm")) {
                throw InputRequired.builder()
                        .sample("summary", Fixtures.json("{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\","
                                + "\"text\":\"Summarise\"}}],\"maxTokens\":50}"))
                        .state(JsonIo.object().add("first", request.inputResponses().getJsonObject("confirm")).build())
                        .build();
            }
            if (request.inputResponses().containsKey("summary")) {
                return result(request);
            }
            throw InputRequired.builder()
                    .elicit("confirm", "Sure?", Fixtures.json("{\"type\":\"object\",\"properties\":{\"ok\":{\"type\":\"boolean\"}}}"))
                    .build();
        }
    }

    /** Asks two questions at once. */
    record PairTool() implements Tool {
        @Override
        public String name() {
            return "pair";
        }

        @Override
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"pair\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            if (request.inputResponses().isEmpty()) {
                throw InputRequired.builder()
                        .elicit("first", "First?", Fixtures.json("{\"type\":\"object\",\"properties\":{}}"))
                        .elicit("second", "Second?", Fixtures.json("{\"type\":\"object\",\"properties\":{}}"))
                        .build();
            }
            return result(request);
        }
    }

    /** Sends the user to a page: URL-mode elicitation, which 2025-11-25 introduced. */
    record UrlTool() implements Tool {
        @Override
        public String name() {
            return "url";
        }

        @Override
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"url\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            if (request.inputResponses().isEmpty()) {
                throw InputRequired.builder().request("pay", "elicitation/create", Fixtures.json("{\"mode\":\"url\","
                        + "\"message\":\"Pay here\",\"url\":\"https://example.com/pay\",\"elicitationId\":\"e1\"}")).build();
            }
            return result(request);
        }
    }

    /** Asks like {@link ConfirmingTool}; visible only while {@link #visible} holds (a role the caller may lose). */
    record RevocableTool(java.util.concurrent.atomic.AtomicBoolean visible) implements Tool {
        @Override
        public String name() {
            return "revocable";
        }

        @Override
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"revocable\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public boolean isVisibleTo(McpRequest request) {
            return visible.get();
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            return new ConfirmingTool().call(arguments, request);
        }
    }

    /** Never satisfied: asks again whatever the answer. */
    record InsatiableTool() implements Tool {
        @Override
        public String name() {
            return "insatiable";
        }

        @Override
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"insatiable\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            throw InputRequired.builder()
                    .elicit("again", "Again?", Fixtures.json("{\"type\":\"object\",\"properties\":{}}"))
                    .build();
        }
    }

    private static JsonObject result(McpRequest request) {
        return JsonIo.object().add("content", JsonIo.array())
                .add("structuredContent", JsonIo.object()
                        .add("answers", request.inputResponses())
                        .add("state", request.state()))
                .build();
    }

    static String call(String tool, int id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\",\"arguments\":{}}}";
    }

    static String[] headers(String caller) {
        return new String[] {"MCP-Protocol-Version", LEGACY, "X-Test-Caller", caller};
    }

    /** A response the client POSTs to answer a request of the server. */
    static String answer(String id, String result) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + JsonIo.PROVIDER.createValue(id) + ",\"result\":" + result + "}";
    }

    /** The event stream of one call, read one message at a time. */
    static final class Stream {
        final HttpResponse<java.util.stream.Stream<String>> response;
        private final Iterator<String> lines;

        Stream(EmbeddedServer server, String body, String... headers) throws Exception {
            response = server.client.send(server.post(body, headers).build(), HttpResponse.BodyHandlers.ofLines());
            lines = response.body().iterator();
        }

        /** The next message on the stream, or {@code null} at its end. */
        JsonObject next() {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("data: ")) {
                    return Fixtures.json(line.substring(6));
                }
                if (line.startsWith("{")) {
                    return Fixtures.json(line); // a plain JSON answer
                }
            }
            return null;
        }

        void close() {
            response.body().close();
        }
    }

    static HttpResponse<String> post(EmbeddedServer server, String body, String caller) {
        return server.send(server.post(body, headers(caller)));
    }

    private LegacyInputFixture() {
    }
}
