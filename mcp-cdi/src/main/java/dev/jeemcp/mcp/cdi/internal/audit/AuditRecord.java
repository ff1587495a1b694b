package dev.jeemcp.mcp.cdi.internal.audit;

import dev.jeemcp.mcp.McpAuditEvent;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One row of {@code MCP_AUDIT}: an {@link McpAuditEvent} as the sink keeps it, in the application's own persistence
 * unit (mapped by {@code META-INF/jeemcp/orm.xml}). Written once, never updated; deleted by the library only past
 * {@code mcp.audit.retention} when it is set, else by the operator ({@code RECORDED_AT}, epoch milliseconds).
 *
 * <p>Bounded: texts are cut to their columns, the arguments to {@value #MAX_ARGUMENTS} characters with
 * {@code ARGUMENTS_TRUNCATED} set.
 */
@Entity
@Cacheable(false)
@Table(name = "MCP_AUDIT", indexes = @Index(name = "MCP_AUDIT_AT", columnList = "RECORDED_AT"))
public class AuditRecord {

    static final int MAX_ARGUMENTS = 8192;
    static final int MAX_NAME = 512;
    static final int MAX_PRINCIPAL = 255;
    static final int MAX_REQUEST_ID = 128;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "RECORDED_AT", nullable = false)
    private long at;

    @Column(name = "PRINCIPAL", length = MAX_PRINCIPAL)
    private String principal;

    @Column(name = "TENANT", length = 255)
    private String tenant;

    @Column(name = "FEATURE", length = 16, nullable = false)
    private String feature;

    @Column(name = "NAME", length = MAX_NAME, nullable = false)
    private String name;

    @Column(name = "OUTCOME", length = 32, nullable = false)
    private String outcome;

    @Column(name = "DURATION_MICROS", nullable = false)
    private long durationMicros;

    @Column(name = "REQUEST_ID", length = MAX_REQUEST_ID)
    private String requestId;

    @Column(name = "ARGUMENTS_DIGEST", length = 64)
    private String argumentsDigest;

    /** The DDL makes it TEXT, LONGTEXT or CLOB; bounded here, not by the column. */
    @Column(name = "ARGUMENTS", length = 1_000_000)
    private String arguments;

    @Column(name = "ARGUMENTS_TRUNCATED", nullable = false)
    private boolean argumentsTruncated;

    protected AuditRecord() {
        // for JPA
    }

    AuditRecord(McpAuditEvent event) {
        this.id = UUID.randomUUID().toString();
        this.at = event.timestamp().toEpochMilli();
        this.principal = cut(event.principal(), MAX_PRINCIPAL);
        this.tenant = cut(event.tenant(), 255);
        this.feature = event.feature().name();
        this.name = cut(event.name(), MAX_NAME);
        this.outcome = event.outcome().name();
        this.durationMicros = event.duration().toNanos() / 1000;
        this.requestId = cut(event.requestId(), MAX_REQUEST_ID);
        this.argumentsDigest = event.argumentsDigest();
        this.arguments = cut(event.arguments(), MAX_ARGUMENTS);
        this.argumentsTruncated = event.arguments() != null && event.arguments().length() > MAX_ARGUMENTS;
    }

    /** At most {@code max} characters, never ending in half a surrogate pair. */
    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    public String id() {
        return id;
    }

    public long at() {
        return at;
    }

    public String principal() {
        return principal;
    }

    public String tenant() {
        return tenant;
    }

    public String feature() {
        return feature;
    }

    public String name() {
        return name;
    }

    public String outcome() {
        return outcome;
    }

    public long durationMicros() {
        return durationMicros;
    }

    public String requestId() {
        return requestId;
    }

    public String argumentsDigest() {
        return argumentsDigest;
    }

    public String arguments() {
        return arguments;
    }

    public boolean argumentsTruncated() {
        return argumentsTruncated;
    }
}
