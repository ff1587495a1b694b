package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.internal.Naming;
import dev.jeemcp.mcp.internal.RequestIds;
import dev.jeemcp.mcp.internal.Stages;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.ServerIdentity;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.protocol.WrittenJson;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcResponse;
import dev.jeemcp.mcp.servlet.internal.roundtrip.LegacyInput;
import dev.jeemcp.mcp.servlet.internal.roundtrip.MultiRoundTrip;
import dev.jeemcp.mcp.servlet.internal.roundtrip.RequestStateCodec;
import dev.jeemcp.mcp.servlet.internal.roundtrip.RequestStateKeys;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.McpTasks;
import dev.jeemcp.mcp.spi.Prompt;
import dev.jeemcp.mcp.spi.Resource;
import dev.jeemcp.mcp.spi.SingleUseStates;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Routes a request to its handler and adds what its era requires to the result: {@code resultType} and
 * {@code _meta} server info for 2026-07-28, nothing for older revisions.
 *
 * <p>Built once per deployment; a request costs an enum lookup and one call.
 */
public final class Dispatcher {

    private final Map<McpMethod, MethodHandler> handlers = new EnumMap<>(McpMethod.class);
    private final JsonObject serverInfo;
    private final McpCatalog catalog;
    /** {@code tools/call}, when a tool answers later; {@code null} otherwise, so that no request asks. */
    private final ToolsCallHandler later;
    /** Asks 2025-era clients for input on their stream; {@code null} when their answers cannot be stored. */
    private final LegacyInput legacyInput;

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    public Dispatcher(McpCatalog catalog, McpSettings settings) {
        this.catalog = catalog;
        legacyInput = catalog.inputAnswers().map(answers -> new LegacyInput(answers, catalog::tenantOf, settings.input(), settings.streams().maxDurationMs())).orElse(null);
        MultiRoundTrip roundTrip = new MultiRoundTrip(codec(settings, catalog), catalog, legacyInput);
        List<Tool> tools = List.copyOf(catalog.tools());
        List<Prompt> prompts = List.copyOf(catalog.prompts());
        List<Resource> resources = List.copyOf(catalog.resources());
        boolean completes = prompts.stream().anyMatch(Prompt::completes) || resources.stream().anyMatch(Resource::completes);
        McpTasks tasks = tools.stream().anyMatch(Tool::mayRunAsTask) ? catalog.tasks().orElse(null) : null;
        ServerIdentity identity = ServerIdentity.of(settings, !tools.isEmpty(), !prompts.isEmpty(), !resources.isEmpty(), completes,
                tasks != null);
        serverInfo = identity.serverInfo();
        handlers.put(McpMethod.SERVER_DISCOVER, new DiscoverHandler(identity, settings));
        handlers.put(McpMethod.INITIALIZE, new InitializeHandler(identity));
        handlers.put(McpMethod.PING, (params, context) -> JsonValue.EMPTY_JSON_OBJECT);
        handlers.put(McpMethod.LOGGING_SET_LEVEL, new SetLevelHandler());
        // A method gated by a capability the server does not advertise is an unknown method.
        ToolsCallHandler toolsCall = null;
        if (!tools.isEmpty()) {
            toolsCall = new ToolsCallHandler(catalog, roundTrip);
            handlers.put(McpMethod.TOOLS_LIST, new ListHandler("tools", tools, settings));
            handlers.put(McpMethod.TOOLS_CALL, toolsCall);
        }
        later = tools.stream().anyMatch(Tool::answersLater) ? toolsCall : null;
        Map<String, Prompt> promptsByName = prompts.stream().collect(Collectors.toUnmodifiableMap(Prompt::name, p -> p));
        if (!prompts.isEmpty()) {
            handlers.put(McpMethod.PROMPTS_LIST, new ListHandler("prompts", prompts, settings));
            handlers.put(McpMethod.PROMPTS_GET, new PromptsGetHandler(promptsByName, roundTrip));
        }
        List<Resource> single = resources.stream().filter(r -> !r.isTemplate()).toList();
        List<Resource> templates = resources.stream().filter(Resource::isTemplate).toList();
        if (!resources.isEmpty()) {
            handlers.put(McpMethod.RESOURCES_LIST, new ListHandler("resources", single, settings));
            handlers.put(McpMethod.RESOURCES_TEMPLATES_LIST, new ListHandler("resourceTemplates", templates, settings));
            handlers.put(McpMethod.RESOURCES_READ, new ResourcesReadHandler(resources, roundTrip, settings.maxUriLength()));
        }
        if (tasks != null) {
            handlers.put(McpMethod.TASKS_GET, TasksHandler.get(tasks));
            handlers.put(McpMethod.TASKS_UPDATE, TasksHandler.update(tasks));
            handlers.put(McpMethod.TASKS_CANCEL, TasksHandler.cancel(tasks));
        }
        if (completes) {
            handlers.put(McpMethod.COMPLETION_COMPLETE, new CompletionHandler(promptsByName, templates.stream()
                    .collect(Collectors.toUnmodifiableMap(t -> t.definition().getString("uriTemplate"), t -> t))));
        }
    }

    private static RequestStateCodec codec(McpSettings settings, McpCatalog catalog) {
        RequestStateKeys keys = RequestStateKeys.load(name -> switch (name) {
            case McpSettings.REQUEST_STATE_KEY -> settings.requestStateKey();
            case McpSettings.REQUEST_STATE_PREVIOUS_KEYS -> settings.requestStatePreviousKeys();
            default -> null;
        }, Dispatcher::jndi, System::getenv);
        if (!keys.configured()) {
            LOG.log(System.Logger.Level.WARNING, "No " + McpSettings.REQUEST_STATE_KEY + " is set: requestState sealed by"
                    + " this instance cannot be opened by another. Give all instances the same base64 key of 32+ bytes"
                    + " (JNDI " + RequestStateKeys.JNDI_KEY + ", the environment variable " + RequestStateKeys.ENV_KEY
                    + ", MicroProfile Config or a context parameter).");
        }
        SingleUseStates singleUse = null;
        if (settings.requestStateSingleUse()) {
            singleUse = catalog.singleUseStates().orElseThrow(() -> new IllegalStateException(McpSettings.REQUEST_STATE_SINGLE_USE
                    + " is true, but nothing can remember used states: it needs the CDI module with the handle table"));
        }
        return new RequestStateCodec(keys, settings.requestStateTtlMs(), java.time.Clock.systemUTC(), singleUse);
    }

    /** A string bound in JNDI, or {@code null}: where there is no naming service (tests, Java SE) there is none. */
    private static String jndi(String name) {
        return Naming.lookup(name, String.class).orElse(null);
    }

    /**
     * Whether a 2025-era call may ask its client for input on its stream: then the servlet answers such calls on a
     * stream that opens when the first request of the server is sent, and accepts the client's responses.
     */
    public boolean asksLegacyClients() {
        return legacyInput != null;
    }

    /**
     * Stores a client's answer to a request of the server, for the caller of {@code context}, whichever instance
     * waits for it.
     */
    public LegacyInput.Delivery deliver(JsonRpcResponse response, CallContext context) {
        return catalog.serving(context, () -> legacyInput.deliver(response));
    }

    /**
     * A client cancelled a call ({@code notifications/cancelled}): the call, on whichever instance waits for its
     * answers, ends without calling the tool again. Nothing happens for a call that does not wait, or another caller's.
     * An anonymous caller's cancellation is not passed on: anonymous callers are one owner where the store keeps them,
     * and a call id is a small number the client counts up, so any of them could end every other's calls. Their calls
     * end when the client leaves the stream or at the deadline.
     */
    public void cancelled(JsonValue requestId, CallContext context) {
        if (context.caller().isEmpty()) {
            return;
        }
        catalog.serving(context, () -> {
            legacyInput.cancelled(requestId);
            return null;
        });
    }

    public JsonObject dispatch(JsonRpcRequest request, CallContext context) {
        McpMethod method = McpMethod.lookup(request.method(), context.modern());
        MethodHandler handler = method == null ? null : handlers.get(method);
        if (handler == null) {
            throw new McpProtocolException(McpErrorCodes.METHOD_NOT_FOUND, "Method not found: " + request.method(), null);
        }
        // The one place where every feature (tool, prompt, resource, completion, task) learns its request: code the
        // feature calls, such as the handle store, finds the caller there.
        JsonObject result = RequestIds.with(request.id(), () -> catalog.serving(context, () -> handler.handle(request.params(), context)));
        return context.modern() ? decorate(result) : result;
    }

    /**
     * Whether the request calls a tool that {@linkplain Tool#answersLater() answers later}: then the servlet goes
     * async and calls {@link #dispatchLater} instead of {@link #dispatch}. Decided without calling anything.
     */
    public boolean answersLater(JsonRpcRequest request, CallContext context) {
        return later != null && McpMethod.lookup(request.method(), context.modern()) == McpMethod.TOOLS_CALL
                && later.answersLater(request.params());
    }

    /**
     * {@link #dispatch} for a request that {@linkplain #answersLater answers later}. What fails before the tool's work
     * starts (an unknown tool, invalid arguments in the request) throws here, as in {@link #dispatch}; the rest
     * arrives with the stage. Cancelling the stage cancels the tool's.
     */
    public CompletableFuture<JsonObject> dispatchLater(JsonRpcRequest request, CallContext context) {
        CompletableFuture<JsonObject> pending = RequestIds.with(request.id(),
                () -> catalog.serving(context, () -> later.handleLater(request.params(), context)));
        if (!context.modern()) {
            return pending;
        }
        return Stages.then(pending, (result, failure) -> {
            if (failure != null) {
                throw failure;
            }
            return decorate(result);
        });
    }

    private JsonObject decorate(JsonObject result) {
        // A page written once is decorated once: the decoration is the same for every request (serverInfo is fixed).
        return result instanceof WrittenJson written ? written.decorated(this::decorateNow) : decorateNow(result);
    }

    private JsonObject decorateNow(JsonObject result) {
        var decorated = JsonIo.PROVIDER.createObjectBuilder(result);
        if (!result.containsKey(Wire.Result.RESULT_TYPE)) {
            decorated.add(Wire.Result.RESULT_TYPE, Wire.Result.COMPLETE);
        }
        var meta = result.get(Wire.Meta.KEY) instanceof JsonObject existing
                ? JsonIo.PROVIDER.createObjectBuilder(existing) : JsonIo.object();
        return decorated.add(Wire.Meta.KEY, meta.add(Wire.Meta.SERVER_INFO, serverInfo)).build();
    }
}
