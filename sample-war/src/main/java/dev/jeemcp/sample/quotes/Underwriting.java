package dev.jeemcp.sample.quotes;

import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpTask;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.handles.Handle;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.concurrent.CancellationException;

/**
 * The slow part of quoting: an underwriter's review and the quote documents take seconds, so both run as tasks. The
 * model gets a task id at once and polls for the outcome, from any instance. Neither holds a transaction while it
 * works: the quote comes in as a handle, read once when the task starts.
 *
 * <p>How long each takes is the system property {@value #SECONDS} (default 5), so that tests can make them longer.
 */
@ApplicationScoped
public class Underwriting {

    static final String SECONDS = "sample.underwriting.seconds";
    private static final BigDecimal HIGH_COVER = new BigDecimal("1000000");

    /** What the review decided. */
    public enum Verdict { ACCEPTED, REFERRED }

    /** @param reason why it needs a person, when {@code REFERRED} */
    public record Decision(String quoteId, Verdict verdict, String reason) {
    }

    /** @param pages how long the documents came out */
    public record DocumentsSent(String quoteId, int pages) {
    }

    @McpTool(name = "underwrite_quote", title = "Underwrite a quote",
            description = "Reviews the risk of an open quote; takes several seconds. ACCEPTED, or REFERRED with the reason.",
            readOnly = true, destructive = false, idempotent = true, openWorld = false)
    @McpTask(ttl = "PT1H", pollInterval = "PT1S")
    public Decision underwriteQuote(@McpParam(name = "quote_id") Handle<Quote> quote, McpRequest request) {
        work(request);
        Quote value = quote.value();
        if (value.applicant().age() > 75) {
            return new Decision(quote.id(), Verdict.REFERRED, "applicants over 75 are reviewed by a person");
        }
        if (value.applicant().smoker() && value.coverage().sumInsured().compareTo(HIGH_COVER) > 0) {
            return new Decision(quote.id(), Verdict.REFERRED, "smokers with cover over 1,000,000 are reviewed by a person");
        }
        return new Decision(quote.id(), Verdict.ACCEPTED, null);
    }

    @McpTool(name = "send_quote_documents", title = "Send the quote documents",
            description = "Prepares the quote documents and sends them to the applicant; takes several seconds.",
            destructive = false, openWorld = true)
    @McpTask(ttl = "PT1H", pollInterval = "PT1S")
    public DocumentsSent sendQuoteDocuments(@McpParam(name = "quote_id") Handle<Quote> quote, McpRequest request) {
        // Not idempotent: if the instance dies half-way, the task fails rather than sending the documents twice.
        work(request);
        return new DocumentsSent(quote.id(), 3 + quote.value().coverage().extras().size());
    }

    /** The slow part, one second at a time, stopping when the client cancels. */
    private static void work(McpRequest request) {
        int seconds = Integer.getInteger(SECONDS, 5);
        for (int i = 0; i < seconds * 10; i++) {
            if (request.isCancelled()) {
                throw new CancellationException();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }
    }
}
