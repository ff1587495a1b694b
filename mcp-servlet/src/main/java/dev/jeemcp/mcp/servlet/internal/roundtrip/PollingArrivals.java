package dev.jeemcp.mcp.servlet.internal.roundtrip;

import dev.jeemcp.mcp.servlet.internal.request.ClientChannel;
import dev.jeemcp.mcp.spi.InputAnswers;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Finds an answer by asking the store, first after 10 ms, then twice as long each time up to a quarter of a second:
 * a client that answers at once (a model, a test) is seen at once, a person typing costs four queries a second.
 */
final class PollingArrivals implements AnswerArrivals {

    private static final long FIRST_PAUSE_MS = 10;
    private static final long MAX_PAUSE_MS = 250;

    private final InputAnswers answers;

    PollingArrivals(InputAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Optional<String> await(String id, long deadlineNanos, ClientChannel channel) {
        long pause = FIRST_PAUSE_MS;
        while (true) {
            Optional<String> answer = answers.answer(id);
            if (answer.isPresent()) {
                return answer;
            }
            if (!channel.stillThere()) {
                throw new CancellationException("the client closed the stream");
            }
            long leftMs = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (leftMs <= 0) {
                return Optional.empty();
            }
            try {
                Thread.sleep(Math.min(pause, leftMs));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the client left the stream, or the server is stopping
                throw new CancellationException("interrupted while waiting for the client's answer");
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MS);
        }
    }
}
