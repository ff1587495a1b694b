package dev.jeemcp.mcp.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The steps between a tool's {@link CompletionStage} and the response, for tools that answer later. Unlike
 * {@code handle}/{@code thenApply}, a step made here passes a cancellation back: when the servlet gives up on the
 * response (timeout, the client left) and cancels the last step, every stage before it is cancelled too, down to the
 * application's own, so that its work can stop.
 */
public final class Stages {

    /** What a step does with the outcome of the stage before it: exactly one of the two is set. */
    @FunctionalInterface
    public interface Step<T, R> {
        /**
         * @param failure the failure, unwrapped from {@link CompletionException} and {@link ExecutionException}
         * @throws Throwable to complete the step exceptionally with it
         */
        R apply(T value, Throwable failure) throws Throwable;
    }

    private Stages() {
    }

    /**
     * The next step after {@code source}. It runs on the thread that completes the source (or the caller's, when the
     * source is complete), and not at all once the step was cancelled: nobody waits for it then.
     */
    public static <T, R> CompletableFuture<R> then(CompletionStage<T> source, Step<? super T, ? extends R> step) {
        CompletableFuture<R> next = new CompletableFuture<>();
        source.whenComplete((value, failure) -> {
            if (next.isDone()) {
                return;
            }
            try {
                next.complete(step.apply(failure == null ? value : null, failure == null ? null : unwrap(failure)));
            } catch (Throwable e) { // NOPMD: whatever the step throws is its outcome, to be classified downstream
                next.completeExceptionally(e);
            }
        });
        next.whenComplete((value, failure) -> {
            if (next.isCancelled()) {
                cancel(source);
            }
        });
        return next;
    }

    /** Cancels a stage, when it can be cancelled; the outcome is of no interest any more. */
    public static void cancel(CompletionStage<?> stage) {
        if (stage instanceof Future<?> future) {
            future.cancel(true);
            return;
        }
        try {
            stage.toCompletableFuture().cancel(true);
        } catch (UnsupportedOperationException e) {
            // A stage that cannot be cancelled runs to its end; its outcome is dropped.
        }
    }

    /** The failure itself, not the wrapper a dependent stage or {@code get} puts around it. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
