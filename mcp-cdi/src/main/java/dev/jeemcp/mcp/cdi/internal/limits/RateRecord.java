package dev.jeemcp.mcp.cdi.internal.limits;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * The count of one rate limit key in one fixed window, in the application's own persistence unit (the mapping file
 * {@code META-INF/jeemcp/orm.xml} lists it); used only when {@code mcp.rateLimit.mode} is {@code database}. The id is
 * the key and the window's start, so every window is a row of its own and ended ones are deleted by
 * {@code WINDOW_END}. Never cached: every instance changes the same rows.
 */
@Entity
@Cacheable(false)
@Table(name = "MCP_RATE", indexes = @Index(name = "MCP_RATE_WINDOW_END", columnList = "WINDOW_END"))
public class RateRecord {

    @Id
    @Column(name = "ID", length = 160)
    private String id;

    @Column(name = "CALLS", nullable = false)
    private int calls;

    /** Epoch milliseconds at which the window ends and the row may be deleted. */
    @Column(name = "WINDOW_END", nullable = false)
    private long windowEnd;

    /** For JPA. */
    protected RateRecord() {
    }

    RateRecord(String id, int calls, long windowEnd) {
        this.id = id;
        this.calls = calls;
        this.windowEnd = windowEnd;
    }

    public String id() {
        return id;
    }

    public int calls() {
        return calls;
    }
}
