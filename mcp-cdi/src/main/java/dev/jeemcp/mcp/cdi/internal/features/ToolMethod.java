package dev.jeemcp.mcp.cdi.internal.features;

import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.audit.AuditCall;
import dev.jeemcp.mcp.cdi.internal.audit.AuditTrail;
import dev.jeemcp.mcp.McpToolException;
import dev.jeemcp.mcp.cdi.internal.binding.ArgumentValidation;
import dev.jeemcp.mcp.cdi.internal.binding.JsonBinding;
import dev.jeemcp.mcp.cdi.internal.binding.ResultConverter;
import dev.jeemcp.mcp.cdi.internal.binding.ToolArgument;
import dev.jeemcp.mcp.cdi.internal.binding.ToolResults;
import dev.jeemcp.mcp.cdi.internal.binding.Validators;
import dev.jeemcp.mcp.cdi.internal.caller.AccessRule;
import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.invocation.Invocations;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodInvoker;
import dev.jeemcp.mcp.cdi.internal.limits.RateGate;
import dev.jeemcp.mcp.cdi.internal.limits.RateLimit;
import dev.jeemcp.mcp.cdi.internal.schema.ArgumentProblems;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import dev.jeemcp.mcp.cdi.internal.caller.CurrentRequest;
import dev.jeemcp.mcp.internal.FeatureDenied;
import dev.jeemcp.mcp.internal.Failures;
import dev.jeemcp.mcp.internal.Stages;
import dev.jeemcp.mcp.spi.TaskStart;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * One {@code @McpTool} method, turned at deploy time into everything a call needs: the wire definition, the
 * parameters in call order, the return shape and the invoker. Immutable and thread-safe.
 */
public final class ToolMethod extends FeatureMethod implements Tool {

    private static final System.Logger LOG = System.getLogger(ToolMethod.class.getName());

    private final String name;
    private final List<ToolArgument> arguments;
    private final Set<String> argumentNames;
    private final ResultConverter result;
    private final MethodInvoker invoker;
    private final JsonBinding binding;
    private final TaskPolicy task;
    private final TaskStarter tasks;
    private final ArgumentValidation validation;
    private final RateLimit rateLimit;
    private final RateGate rateGate;

    public ToolMethod(String name, String javaName, JsonObject definition, List<ToolArgument> arguments,
            ResultConverter result, MethodInvoker invoker, JsonBinding binding, AccessRule access, TaskPolicy task,
            TaskStarter tasks, ArgumentValidation validation, AuditTrail trail, Set<String> sensitive, RateLimit rateLimit,
            RateGate rateGate) {
        super(definition, javaName, access, trail, sensitive);
        this.rateLimit = rateLimit;
        this.rateGate = rateGate;
        this.validation = validation;
        this.task = task;
        this.tasks = tasks;
        this.name = name;
        this.arguments = List.copyOf(arguments);
        Set<String> names = new HashSet<>();
        for (ToolArgument argument : arguments) {
            if (argument.name() != null) {
                names.add(argument.name());
            }
        }
        this.argumentNames = Set.copyOf(names);
        this.result = result;
        this.invoker = invoker;
        this.binding = binding;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void refused(McpRequest request) {
        auditRefusal(Feature.TOOL, name, request);
    }

    @Override
    public boolean mayRunAsTask() {
        return task != null;
    }

    @Override
    public boolean requiresTask() {
        return task != null && task.required();
    }

    /** Its own limit ({@code @McpRateLimit}), or {@code null}. */
    public RateLimit rateLimit() {
        return rateLimit;
    }

    /** How it runs as a task, or {@code null} when it may not. */
    public TaskPolicy taskPolicy() {
        return task;
    }

    /** Invalid arguments make no task: the client gets the {@code isError} result a direct call would give. */
    @Override
    public TaskStart startTask(JsonObject given, McpRequest request) {
        if (task == null) {
            return Tool.super.startTask(given, request);
        }
        Optional<JsonObject> rejected = rejectedArguments(given);
        if (rejected.isPresent()) {
            return new TaskStart.Answered(audit(Feature.TOOL, name, request, given).ended(Outcome.INVALID_ARGUMENTS, rejected.get()));
        }
        try {
            rateGate.admit(name, rateLimit); // a valid call counts, whether it runs now or as a task
        } catch (RateGate.Refused e) {
            throw audit(Feature.TOOL, name, request, given).rateLimited(e, !e.known());
        }
        return tasks.start(this, given, request);
    }

    @Override
    public boolean answersLater() {
        return result.answersLater();
    }

    /**
     * For a method that returns a {@code CompletionStage}, waits for it: only what is not the servlet calls this (the
     * servlet calls {@link #callLater}), and a task, which could wait here, refuses such a method at deploy time.
     */
    @Override
    public JsonObject call(JsonObject given, McpRequest request) {
        if (result.answersLater()) {
            try {
                return callLater(given, request).toCompletableFuture().join();
            } catch (CompletionException | CancellationException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        }
        AuditCall audit = audit(Feature.TOOL, name, request, given);
        try {
            Object[] values = new Object[arguments.size()];
            RateGate.Admission[] admitted = {RateGate.Admission.NONE};
            JsonObject refused = prepare(given, request, values, audit, admitted);
            if (refused != null) {
                return audit.ended(Outcome.INVALID_ARGUMENTS, refused);
            }
            Object returned;
            try {
                returned = invoker.invoke(values);
            } catch (InvocationTargetException e) {
                return failure(e.getCause(), audit, admitted[0]);
            } catch (RuntimeException e) {
                // Thrown before the method ran, e.g. by a context that is not active: classified alike.
                return failure(e, audit, admitted[0]);
            }
            return converted(returned, audit);
        } catch (RuntimeException e) {
            throw audit.threw(e); // refused by the container, input required, unreachable, a protocol error
        }
    }

    /**
     * Calls a method that returns a {@code CompletionStage}: the arguments are checked and bound and the method called
     * on this thread, through the container, as for any tool (its interceptors, and a transaction, end when it
     * returns, not when its stage completes). What the stage completes with is converted like a value the method
     * returned, and a failure it completes with is classified like an exception the method threw, on the thread that
     * completes it, with this request current again. A {@code null} stage is the tool's failure. Cancelling the
     * returned stage cancels the method's.
     */
    @Override
    public CompletionStage<JsonObject> callLater(JsonObject given, McpRequest request) {
        if (!result.answersLater()) {
            return Tool.super.callLater(given, request);
        }
        AuditCall audit = audit(Feature.TOOL, name, request, given);
        Object returned;
        RateGate.Admission[] admitted = {RateGate.Admission.NONE};
        try {
            Object[] values = new Object[arguments.size()];
            JsonObject refused = prepare(given, request, values, audit, admitted);
            if (refused != null) {
                return CompletableFuture.completedFuture(audit.ended(Outcome.INVALID_ARGUMENTS, refused));
            }
            try {
                returned = invoker.invoke(values);
            } catch (InvocationTargetException e) {
                return CompletableFuture.completedFuture(failure(e.getCause(), audit, admitted[0]));
            } catch (RuntimeException e) {
                return CompletableFuture.completedFuture(failure(e, audit, admitted[0]));
            }
        } catch (RuntimeException e) {
            throw audit.threw(e);
        }
        if (!(returned instanceof CompletionStage<?> stage)) {
            LOG.log(System.Logger.Level.WARNING, "Tool " + name + " (" + javaName() + ") returned null instead of a CompletionStage");
            return CompletableFuture.completedFuture(audit.ended(Outcome.FAILED,
                    ToolResults.error("Tool " + name + " failed. The details are in the server log.")));
        }
        CompletionStage<JsonObject> answer = Stages.then(stage, (value, failure) -> CurrentRequest.with(request,
                () -> failure == null ? converted(value, audit) : failure(failure, audit, admitted[0])));
        // What ends the stage without an answer (the servlet's timeout, the client leaving, a protocol fault) is audited too.
        answer.whenComplete((result, failure) -> {
            if (failure != null) {
                audit.threw(failure instanceof RuntimeException thrown ? thrown : new CompletionException(failure));
            }
        });
        return answer;
    }

    /**
     * Checks the arguments and binds them into {@code values}, and counts the call.
     *
     * @param admitted receives the call's admission, to give back when the container refuses the call
     * @return the result that answers the call instead (invalid arguments), or {@code null} to call the method
     */
    private JsonObject prepare(JsonObject given, McpRequest request, Object[] values, AuditCall audit,
            RateGate.Admission[] admitted) {
        Optional<JsonObject> rejected = rejectedArguments(given);
        if (rejected.isPresent()) {
            return rejected.get();
        }
        try {
            bind(given, request, values);
        } catch (McpToolException e) {
            return ToolResults.error(e.getMessage()); // a handle argument that is missing, foreign or expired
        } catch (IllegalArgumentException e) {
            // Valid by the schema, yet JSON-B refused it: the schema and the binder disagree, which is a defect.
            LOG.log(System.Logger.Level.WARNING, "Tool " + name + " (" + javaName() + "): " + e.getMessage(), e.getCause());
            return ToolResults.error(e.getMessage());
        }
        List<String> violations = validation.violations(values);
        if (!violations.isEmpty()) {
            return violated(violations);
        }
        // Only a valid call counts: a model correcting its arguments spends nothing, and a refusal happens before the
        // method (and its transaction) runs. Throws McpRateLimitedException, answered 429. A task's run (its request
        // bound to the caller that started it) was counted when the task started, and is never refused later.
        // Each request of a multi-round-trip call (input_required, then the retry with inputResponses) counts: each is a
        // tools/call the client sent, and the method runs again for it.
        if (!(request instanceof Caller.Bound)) {
            try {
                admitted[0] = rateGate.admit(name, rateLimit);
            } catch (RateGate.Refused e) {
                throw audit.rateLimited(e, !e.known()); // one row per window in MCP_AUDIT, not one per refused call
            }
        }
        return null;
    }

    /** The method's value as a result. */
    private JsonObject converted(Object returned, AuditCall audit) {
        try {
            return audit.answered(result.convert(returned, name));
        } catch (RuntimeException e) {
            // A value JSON cannot carry (a non-finite double, a getter that throws): the tool's failure, told
            // as an error result like any other, with the details in the log only.
            LOG.log(System.Logger.Level.WARNING, "Tool " + name + " (" + javaName() + ") returned a result that cannot be"
                    + " written as JSON: " + e);
            return audit.ended(Outcome.FAILED, ToolResults.error("Tool " + name + " returned a result that cannot be written as JSON."
                    + " The details are in the server log."));
        }
    }

    /**
     * Binds the arguments, once they all passed the schema, so the method is never called with a partial set.
     *
     * @throws IllegalArgumentException with the message for the model, when JSON-B cannot bind a valid value
     */
    private void bind(JsonObject given, McpRequest request, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = arguments.get(i).value(given, request, binding);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid arguments for tool " + name + ": argument \""
                        + arguments.get(i).name() + "\" cannot be read", e);
            }
        }
    }

    /**
     * Checks the arguments against the schema, without calling anything. Problems are tool execution errors
     * (SEP-1303): the model reads each, as {@code path: what is wrong}, and can correct its call. Validation stops
     * at {@link JsonShape#MAX_PROBLEMS}, however large the arguments.
     */
    public Optional<JsonObject> rejectedArguments(JsonObject given) {
        List<String> problems = problems(given);
        return problems.isEmpty() ? Optional.empty() : Optional.of(violated(problems));
    }

    /**
     * What is wrong with the arguments: values of the wrong form and values breaking a mapped Bean Validation
     * constraint alike, at most {@link JsonShape#MAX_PROBLEMS} items.
     */
    private List<String> problems(JsonObject given) {
        ArgumentProblems problems = new ArgumentProblems();
        for (String key : given.keySet()) {
            if (JsonShape.full(problems)) {
                return problems;
            }
            if (!argumentNames.contains(key)) {
                problems.add("unknown argument \"" + key + "\"");
            }
        }
        for (ToolArgument argument : arguments) {
            if (JsonShape.full(problems)) {
                break;
            }
            argument.validate(given, problems);
        }
        if (problems.isEmpty() && problems.violations().isEmpty()) {
            return List.of(); // the usual case, on every call: no copies
        }
        List<String> all = new ArrayList<>(problems);
        all.addAll(problems.violations());
        return all.size() > JsonShape.MAX_PROBLEMS ? all.subList(0, JsonShape.MAX_PROBLEMS) : all;
    }

    /** Argument problems and constraint violations are a tool execution error the model reads and corrects (SEP-1303). */
    private JsonObject violated(List<String> violations) {
        return ToolResults.error(argumentsMessage(violations));
    }

    private String argumentsMessage(List<String> problems) {
        List<String> reported = problems.size() > JsonShape.MAX_PROBLEMS ? problems.subList(0, JsonShape.MAX_PROBLEMS) : problems;
        return "Invalid arguments for tool " + name + ": " + String.join("; ", reported);
    }

    /**
     * The failure as the tool's result, audited; what is not the tool's result (a refusal, input required) is thrown.
     * A call the container refused is answered as an unknown tool, and so gives its count back: it must spend nothing.
     */
    private JsonObject failure(Throwable thrown, AuditCall audit, RateGate.Admission admitted) {
        Throwable cause = Failures.unwrap(thrown); // what the method threw, without an EJBException around it
        Failures.Kind kind;
        try {
            kind = Failures.rethrowProtocolFaults(cause, "Tool " + name);
        } catch (RuntimeException e) {
            if (e instanceof FeatureDenied) {
                admitted.giveBack();
            }
            throw audit.threw(e);
        }
        return switch (kind) {
            case CANCELLED -> audit.ended(Outcome.CANCELLED, ToolResults.error("Tool " + name + " was cancelled"));
            case BUSINESS -> audit.ended(Outcome.ERROR_RESULT, ToolResults.error(cause.getMessage()));
            default -> unexpected(cause, audit);
        };
    }

    /** A failure the tool did not mean for the client: a constraint violation reads as one, anything else is a bug. */
    private JsonObject unexpected(Throwable cause, AuditCall audit) {
        Throwable violation = Validators.constraintViolation(cause);
        if (violation != null) {
            // Method validation by the container's interceptor: the same readable result as the check before the call.
            return audit.ended(Outcome.INVALID_ARGUMENTS, violated(validation.violations(violation)));
        }
        // The message of an arbitrary exception may hold SQL, paths or personal data: log it, send nothing of it.
        LOG.log(System.Logger.Level.WARNING, "Tool " + name + " (" + javaName() + ") failed", cause);
        return audit.ended(Outcome.FAILED, ToolResults.error("Tool " + name + " failed. The details are in the server log."));
    }

    @Override
    public String toString() {
        return name + " -> " + javaName();
    }
}
