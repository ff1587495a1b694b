package dev.jeemcp.mcp.servlet.internal.http;

import static dev.jeemcp.mcp.McpErrorCodes.INTERNAL_ERROR;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.internal.EndpointState;
import dev.jeemcp.mcp.internal.Failures;
import dev.jeemcp.mcp.internal.Naming;
import dev.jeemcp.mcp.internal.Stages;
import dev.jeemcp.mcp.internal.telemetry.Exchange;
import dev.jeemcp.mcp.internal.telemetry.Telemetry;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcResponse;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.MediaTypes;
import dev.jeemcp.mcp.servlet.internal.protocol.Reply;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.EventStream;
import dev.jeemcp.mcp.servlet.internal.request.Notifications;
import dev.jeemcp.mcp.servlet.internal.request.RequestEra;
import dev.jeemcp.mcp.servlet.internal.request.ResponseStream;
import dev.jeemcp.mcp.servlet.internal.request.RoleAnswers;
import dev.jeemcp.mcp.servlet.internal.roundtrip.LegacyInput;
import dev.jeemcp.mcp.spi.McpCatalog;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The MCP endpoint: Streamable HTTP, POST only, one JSON-RPC message per request, and no session. Nothing is kept
 * between requests, so any instance behind a load balancer answers any request.
 *
 * <p>Transport faults are found here, everything else goes through the {@link Dispatcher}; every error answer is a
 * {@link Fault}, which alone decides its status and headers, and every failure is sorted by
 * {@link dev.jeemcp.mcp.internal.Failures}. No exception text ever reaches the client: unexpected failures are logged
 * and answered with a bare "Internal error".
 */
public final class McpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(McpServlet.class.getName());
    /** The methods that may run long enough to report progress. */
    private static final Set<String> STREAMED_METHODS = Set.of(
            McpMethod.TOOLS_CALL.wireName(), McpMethod.PROMPTS_GET.wireName(), McpMethod.RESOURCES_READ.wireName());

    private final transient McpSettings settings;
    private final transient OriginPolicy origins;
    private final transient AccessGate gate;
    private transient McpCatalog catalog;
    private transient Dispatcher dispatcher;
    /** Between {@code init} and {@code destroy}: what the readiness endpoint asks. */
    private transient volatile boolean serving;
    private transient Executor executor;
    private transient ScheduledExecutorService scheduler;
    /** Deletes expired rows every few minutes, without a request; stopped with the servlet. */
    private transient ScheduledPurge purge;
    /** Our own timer (keep-alives, the purge) where the container offers none (Tomcat); shut down with the servlet. */
    private transient ScheduledExecutorService ownScheduler;
    private final transient Semaphore streams;
    /** Spans and metrics, or nothing: decided once, at {@link #init()}. */
    private transient Telemetry telemetry = Telemetry.OFF;
    /** What each request's telemetry is told; built with the telemetry, at {@link #init()}. */
    private transient Traces traces;

    public McpServlet(McpSettings settings) {
        this(settings, null);
    }

    /** For tests: a fixed catalog instead of the one found through CDI. */
    public McpServlet(McpSettings settings, McpCatalog catalog) {
        this.settings = settings;
        this.origins = new OriginPolicy(settings.allowedOrigins(), settings.allowLoopbackOrigins());
        this.gate = new AccessGate(settings.auth(), settings.path());
        this.catalog = catalog;
        this.streams = new Semaphore(settings.streams().maxConcurrent());
    }

    @Override
    public void init() throws ServletException {
        if (catalog == null) {
            catalog = Catalogs.find();
        }
        dispatcher = new Dispatcher(catalog, settings);
        telemetry = Telemetry.of(getServletContext());
        traces = new Traces(telemetry, catalog);
        executor = Naming.lookup(Naming.DEFAULT_EXECUTOR, Executor.class).orElse(null); // Tomcat: the async context's own
        scheduler = Naming.lookup(Naming.DEFAULT_SCHEDULER, ScheduledExecutorService.class).orElse(null);
        if (scheduler == null) {
            ownScheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "jeemcp-scheduler");
                thread.setDaemon(true);
                return thread;
            });
            scheduler = ownScheduler;
        }
        purge = new ScheduledPurge(catalog, Thread.currentThread().getContextClassLoader()).startOn(scheduler);
        LOG.log(System.Logger.Level.INFO, "MCP endpoint ready at {0}{1} with {2} tools",
                getServletContext().getContextPath(), settings.path(), catalog.tools().size());
        serving = true;
        EndpointState.started();
    }

    /** The catalog this servlet serves, or {@code null} before it is initialized and after it is destroyed. */
    McpCatalog servedCatalog() {
        return serving ? catalog : null;
    }

    @Override
    public void destroy() {
        if (serving) {
            serving = false;
            EndpointState.stopped();
        }
        if (purge != null) {
            purge.stop();
        }
        if (ownScheduler != null) {
            ownScheduler.shutdownNow();
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (OriginPolicy.isPreflight(request)) {
            if (origins.allowsRequest(request)) {
                origins.answerPreflight(request, response);
            } else {
                send(response, error(null, forbiddenOrigin()), Exchange.NONE);
            }
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            // No GET stream and no DELETE: there is no session to listen on or to end.
            send(response, Fault.transport(405, "Method not allowed: the MCP endpoint accepts POST only")
                    .withHeader(Wire.Header.ALLOW, "POST").reply(null), Exchange.NONE);
            return;
        }
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonRpcRequest rpc;
        CallContext context;
        Exchange exchange = Exchange.NONE;
        try {
            checkTransport(request, response);
            Record message = JsonRpcRequest.parseMessage(readBody(request));
            if (message instanceof JsonRpcResponse answer) {
                answerArrived(request, response, answer);
                return;
            }
            rpc = (JsonRpcRequest) message;
            if (rpc.isNotification()) {
                // Every notification a client may send is informational for a server without sessions, but one: a
                // cancellation reaches a call that waits for the client's answers, on whichever instance.
                if (LegacyInput.CANCELLED.equals(rpc.method()) && dispatcher.asksLegacyClients()) {
                    cancelled(request, rpc);
                }
                response.setStatus(HttpServletResponse.SC_ACCEPTED);
                return;
            }
            exchange = traces.begin(rpc, request);
            context = RequestEra.establish(rpc, request::getHeader, request.getUserPrincipal(), new RoleAnswers(request::isUserInRole));
            exchange.protocolVersion(context.protocolVersion());
        } catch (McpProtocolException e) {
            send(response, error(null, e), exchange);
            return;
        }
        if (Notifications.wanted(rpc.meta()) && STREAMED_METHODS.contains(rpc.method())) {
            answerOnEventStream(request, response, rpc, context, exchange);
        } else if (dispatcher.answersLater(rpc, context)) {
            answerLater(request, response, rpc, context, exchange);
        } else if (!context.modern() && dispatcher.asksLegacyClients() && STREAMED_METHODS.contains(rpc.method())) {
            answerMayAsk(response, rpc, context, exchange);
        } else {
            send(response, answer(rpc, context, exchange), exchange);
        }
    }

    /**
     * Answers a 2025-era call whose method may ask the client for input: as plain JSON, unless the method asks, which
     * opens an event stream on this thread ({@link ResponseStream}) for the server's requests, the wait for their
     * answers and, as its last event, the response.
     */
    private void answerMayAsk(HttpServletResponse response, JsonRpcRequest rpc, CallContext context, Exchange exchange)
            throws IOException {
        ResponseStream stream = new ResponseStream(response, rpc.id(), streams, settings.streams().keepAliveMs(), exchange::streamOpened);
        try {
            Reply reply = answer(rpc, context.streaming(Notifications.asking(stream)), exchange);
            if (!stream.opened()) {
                send(response, reply, exchange);
                return;
            }
            stream.finish(reply);
            if (stream.abandoned()) {
                exchange.abandoned();
            } else {
                exchange.end(HttpServletResponse.SC_OK, reply.body());
            }
        } finally {
            if (stream.opened()) {
                stream.release();
                exchange.streamClosed();
            }
        }
    }

    /**
     * A client's answer to a request of the server, on whichever instance: stored for the instance that waits for it
     * (202), or refused alike whatever was wrong with its id (400), or too large (413).
     */
    private void answerArrived(HttpServletRequest request, HttpServletResponse response, JsonRpcResponse answer) throws IOException {
        if (!dispatcher.asksLegacyClients()) {
            // The id is the server's own numbering, not a request of the client's: the error names none.
            send(response, JsonRpcRequest.responsesNotAccepted(JsonValue.NULL).reply(JsonValue.NULL), Exchange.NONE);
            return;
        }
        CallContext caller = new CallContext(false, null, JsonValue.EMPTY_JSON_OBJECT, request.getUserPrincipal(),
                request::isUserInRole, request::getHeader);
        LegacyInput.Delivery delivery;
        try {
            delivery = dispatcher.deliver(answer, caller);
        } catch (RuntimeException e) {
            send(response, switch (Failures.classify(e)) {
                case UNAVAILABLE -> error(null, Failures.unavailable(e, "MCP answer"));
                default -> {
                    LOG.log(System.Logger.Level.ERROR, "MCP answer failed", e);
                    yield error(null, new McpProtocolException(INTERNAL_ERROR, "Internal error", null));
                }
            }, Exchange.NONE);
            return;
        }
        switch (delivery) {
            case STORED -> response.setStatus(HttpServletResponse.SC_ACCEPTED);
            case TOO_LARGE -> send(response, Fault.transport(413, "Payload Too Large: the answer is larger than this server"
                    + " accepts").reply(null), Exchange.NONE);
            case REFUSED -> send(response, Fault.envelope(dev.jeemcp.mcp.McpErrorCodes.INVALID_REQUEST,
                    "Invalid request: no request of this server awaits that answer").reply(null), Exchange.NONE);
        }
    }

    /** Passes a client's cancellation on; it is answered 202 as any notification, whatever came of it. */
    private void cancelled(HttpServletRequest request, JsonRpcRequest rpc) {
        CallContext caller = new CallContext(false, null, JsonValue.EMPTY_JSON_OBJECT, request.getUserPrincipal(),
                request::isUserInRole, request::getHeader);
        try {
            dispatcher.cancelled(rpc.params().get("requestId"), caller);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "A client's cancellation was not stored: " + e);
        }
    }

    /** Writes a plain JSON answer and ends the request's telemetry with it. */
    private void send(HttpServletResponse response, Reply reply, Exchange exchange) throws IOException {
        try {
            Reply.send(response, reply);
        } finally {
            if (exchange == Exchange.NONE) {
                telemetry.refused(reply.status(), reply.body());
            } else {
                exchange.end(reply.status(), reply.body());
            }
        }
    }

    /**
     * Runs a request whose client wants progress or log notifications: the container thread is released at once,
     * the call runs on the container's managed executor, and its notifications and final response are written as
     * events of the response (see {@link EventStream} for when it opens, keeps alive and ends). At most
     * {@code mcp.maxConcurrentStreams} run at once; one more is answered 503 with {@code Retry-After}.
     */
    private void answerOnEventStream(HttpServletRequest request, HttpServletResponse response, JsonRpcRequest rpc,
            CallContext context, Exchange exchange) throws IOException {
        if (!streams.tryAcquire()) {
            send(response, error(rpc.id(), new McpUnavailableException(
                    "Too many requests are streaming on this server; retry the request")), exchange);
            return;
        }
        AsyncContext async;
        try {
            async = request.startAsync();
        } catch (RuntimeException e) {
            // A filter in front without asyncSupported: the container answers 500; the span must end all the same.
            streams.release();
            exchange.end(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, internalError(rpc).body());
            throw e;
        }
        async.setTimeout(settings.streams().maxDurationMs());
        EventStream stream = new EventStream(async, rpc.id(), timedOut(rpc), streams::release, exchange);
        stream.keepAliveEvery(scheduler, settings.streams().keepAliveMs());
        CallContext streaming = context.streaming(Notifications.on(stream, rpc.meta()));
        boolean later = dispatcher.answersLater(rpc, context);
        Runnable call = () -> {
            if (!stream.running(Thread.currentThread())) {
                return; // the client left before the call started
            }
            try (Telemetry.Scope scope = exchange.enter()) {
                if (later) {
                    // The stage is awaited on no thread: this one goes back to the pool, and whoever completes the
                    // stage ends the stream.
                    await(stream, rpc, streaming, scheduler);
                } else {
                    stream.finish(answer(rpc, streaming, exchange));
                }
            } finally {
                stream.callEnded();
            }
        };
        try {
            if (executor != null) {
                executor.execute(call);
            } else {
                async.start(call);
            }
        } catch (RuntimeException e) { // RejectedExecutionException: the executor is saturated
            LOG.log(System.Logger.Level.WARNING, "MCP request " + rpc.method() + " answered 503: " + e);
            stream.finish(error(rpc.id(), new McpUnavailableException()));
        }
    }

    /**
     * Answers a call to a tool that {@linkplain dev.jeemcp.mcp.spi.Tool#answersLater() answers later}, for a client
     * that asked for no notifications. What fails before the tool's work starts, and a stage complete at once, are
     * answered here like any call. Otherwise the request goes async and holds no thread: whichever thread completes
     * the stage writes the answer, as plain JSON, through the {@link AsyncContext} (an {@link EventStream} that never
     * opens). After {@code mcp.asyncTimeoutMs} the container's timeout of the {@link AsyncContext} cancels the stage
     * and answers {@code -32603} "Request timed out", as a stream that outlives its maximum. A waiting call holds a
     * response open like a stream, so it counts against {@code mcp.maxConcurrentStreams}. Behind a filter that does
     * not support async, the request's thread waits for the stage instead, with the same timeout and answers.
     */
    private void answerLater(HttpServletRequest request, HttpServletResponse response, JsonRpcRequest rpc,
            CallContext context, Exchange exchange) throws IOException {
        CompletableFuture<JsonObject> pending;
        try (Telemetry.Scope scope = exchange.enter()) {
            pending = dispatcher.dispatchLater(rpc, context);
        } catch (RuntimeException e) {
            send(response, failed(rpc, e), exchange);
            return;
        }
        if (pending.isDone()) {
            send(response, outcome(rpc, pending), exchange);
            return;
        }
        if (!request.isAsyncSupported()) {
            // A filter of the application in front of the endpoint does not declare asyncSupported, so startAsync
            // would throw: this thread waits for the stage instead, bounded the same way.
            send(response, waited(rpc, pending), exchange);
            return;
        }
        if (!streams.tryAcquire()) {
            pending.cancel(true);
            send(response, error(rpc.id(), new McpUnavailableException(
                    "Too many requests are waiting for an answer on this server; retry the request")), exchange);
            return;
        }
        AsyncContext async;
        try {
            async = request.startAsync();
        } catch (RuntimeException e) {
            streams.release();
            pending.cancel(true);
            exchange.end(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, internalError(rpc).body());
            throw e;
        }
        async.setTimeout(settings.asyncTimeoutMs());
        await(new EventStream(async, rpc.id(), timedOut(rpc), streams::release, exchange), rpc, pending, null);
    }

    /** The answer of a stage this thread waits for, at most {@code mcp.asyncTimeoutMs}. */
    private Reply waited(JsonRpcRequest rpc, CompletableFuture<JsonObject> pending) {
        try {
            return result(rpc, pending.get(settings.asyncTimeoutMs(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            pending.cancel(true);
            return timedOut(rpc);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return failed(rpc, new CancellationException("interrupted"));
        } catch (ExecutionException | CancellationException e) {
            return failed(rpc, Stages.unwrap(e));
        }
    }

    /** Dispatches a call that answers later and ends the stream with its answer, when the stage completes. */
    private void await(EventStream stream, JsonRpcRequest rpc, CallContext context, ScheduledExecutorService timer) {
        CompletableFuture<JsonObject> pending;
        try {
            pending = dispatcher.dispatchLater(rpc, context);
        } catch (RuntimeException e) {
            stream.finish(failed(rpc, e));
            return;
        }
        await(stream, rpc, pending, timer);
    }

    private void await(EventStream stream, JsonRpcRequest rpc, CompletableFuture<JsonObject> pending,
            ScheduledExecutorService timer) {
        if (stream.awaiting(pending, timer, settings.asyncTimeoutMs())) {
            pending.whenComplete((result, failure) -> stream.finish(outcome(rpc, result, failure)));
        }
    }

    private static Reply internalError(JsonRpcRequest rpc) {
        return error(rpc.id(), new McpProtocolException(INTERNAL_ERROR, "Internal error", null));
    }

    private static Reply timedOut(JsonRpcRequest rpc) {
        return error(rpc.id(), new McpProtocolException(INTERNAL_ERROR, "Request timed out: it ran longer than this server allows", null));
    }

    /**
     * The response to a request, never an exception: protocol faults become JSON-RPC errors. The request's span is
     * current meanwhile, so that the spans of the feature's work (its database calls, say) nest under it.
     */
    private Reply answer(JsonRpcRequest rpc, CallContext context, Exchange exchange) {
        try (Telemetry.Scope scope = exchange.enter()) {
            return result(rpc, dispatcher.dispatch(rpc, context));
        } catch (RuntimeException e) {
            return failed(rpc, e);
        }
    }

    /** The response to a stage that completed. */
    private Reply outcome(JsonRpcRequest rpc, CompletableFuture<JsonObject> done) {
        try {
            return result(rpc, done.join());
        } catch (RuntimeException e) { // CompletionException or CancellationException
            return failed(rpc, Stages.unwrap(e));
        }
    }

    private Reply outcome(JsonRpcRequest rpc, JsonObject result, Throwable failure) {
        return failure == null ? result(rpc, result) : failed(rpc, Stages.unwrap(failure));
    }

    private static Reply result(JsonRpcRequest rpc, JsonObject result) {
        return new Reply(HttpServletResponse.SC_OK, Map.of(),
                JsonIo.object().add("jsonrpc", "2.0").add("id", rpc.id()).add("result", result).build());
    }

    /**
     * The response to a failure, thrown or completing a stage alike: protocol faults become JSON-RPC errors, and
     * nothing of an unexpected failure reaches the client.
     */
    private static Reply failed(JsonRpcRequest rpc, Throwable e) {
        return switch (Failures.classify(e)) {
            case PROTOCOL -> error(rpc.id(), (McpProtocolException) Failures.unwrap(e));
            case UNAVAILABLE -> error(rpc.id(), Failures.unavailable(e, "MCP request " + rpc.method()));
            // The client closed the stream, or it outlived its maximum: nobody reads this answer.
            case CANCELLED -> error(rpc.id(), new McpProtocolException(INTERNAL_ERROR, "Request cancelled", null));
            // A tool's failure or a request for input that no feature turned into a result is a defect here.
            case BUSINESS, INPUT, DENIED, BUG -> {
                LOG.log(System.Logger.Level.ERROR, "MCP request " + rpc.method() + " failed", e);
                yield error(rpc.id(), new McpProtocolException(INTERNAL_ERROR, "Internal error", null));
            }
        };
    }

    private void checkTransport(HttpServletRequest request, HttpServletResponse response) {
        if (!origins.allowsRequest(request) && !fromConsole(request)) {
            throw forbiddenOrigin();
        }
        origins.allowOrigin(request, response);
        gate.check(request);
        if (!MediaTypes.isJson(request.getContentType())) {
            throw Fault.transport(415, "Unsupported Media Type: the body must be application/json");
        }
        if (!MediaTypes.acceptsJsonAndEventStream(request.getHeader("Accept"))) {
            throw Fault.transport(406, "Not Acceptable: the client must accept application/json and text/event-stream");
        }
    }

    /**
     * A call from the console's page: its own origin, by a caller with the console's role (see
     * {@link OriginPolicy#isConsoleOrigin}).
     */
    private boolean fromConsole(HttpServletRequest request) {
        String role = settings.console().role();
        return role != null && request.getUserPrincipal() != null && request.isUserInRole(role)
                && OriginPolicy.isConsoleOrigin(request, settings.console().origin());
    }

    private static Fault forbiddenOrigin() {
        return Fault.transport(403, "Forbidden: origin not allowed");
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        int limit = settings.maxRequestBytes();
        // The declared length may be absent (chunked) or wrong, so the read itself is bounded too.
        try (InputStream in = request.getInputStream()) {
            long declared = request.getContentLengthLong();
            if (declared > limit) {
                throw tooLarge(limit, in);
            }
            byte[] body = declared >= 0 ? readDeclared(in, (int) declared, limit) : in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(limit, in);
            }
            return body;
        }
    }

    /**
     * Reads a body of a declared length, which the container's stream ends at, asking for exactly that many bytes:
     * asked for {@code limit + 1}, {@code readNBytes} zeroes and copies an 8 KiB buffer for every request (a tenth of the
     * servlet's own time on a small call, by bench/README.md's profile). A stream may still hold more than declared (a
     * filter that inflates or replays the body): then the rest is read too, up to {@code limit + 1} bytes in all.
     */
    private static byte[] readDeclared(InputStream in, int declared, int limit) throws IOException {
        byte[] body = in.readNBytes(declared);
        int next = body.length < declared ? -1 : in.read();
        if (next < 0) {
            return body;
        }
        byte[] rest = in.readNBytes(limit - declared);
        byte[] whole = Arrays.copyOf(body, declared + 1 + rest.length);
        whole[declared] = (byte) next;
        System.arraycopy(rest, 0, whole, declared + 1, rest.length);
        return whole;
    }

    /**
     * Refuses an oversized body. A moderately oversized one is read to its end first: a client that is still sending
     * when the connection closes never sees the 413 (the JDK's HTTP client reports only "EOF"). Beyond four times the
     * limit the server stops reading, as it must.
     */
    private static Fault tooLarge(int limit, InputStream in) throws IOException {
        long drained = 0;
        byte[] sink = new byte[8192];
        for (int read; drained <= 4L * limit && (read = in.read(sink)) >= 0; ) {
            drained += read;
        }
        return tooLarge(limit);
    }

    private static Fault tooLarge(int limit) {
        return Fault.transport(413, "Payload Too Large: the limit is " + limit + " bytes");
    }

    private static Reply error(JsonValue requestId, McpProtocolException e) {
        return Fault.of(e).reply(requestId);
    }
}
