package dev.jeemcp.mcp.cdi.internal.tasks;

import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.sql.Timestamp;

/**
 * The row of one task, beside the handles in the application's persistence unit (the same mapping file brings
 * both). Times are epoch milliseconds. Never cached: every instance reads and writes these rows.
 *
 * <p>{@code request} holds what is needed to run the tool again on any instance (arguments, protocol version,
 * client capabilities, input responses, state); {@code outcome} holds what the status carries (the result, the
 * error, or the input requests). {@code runner} names the run that owns a working task, so that only it may finish
 * it, and {@code heartbeatAt} tells other instances whether that run is still alive. The heartbeat is the database's
 * time ({@code CURRENT_TIMESTAMP}), and a read brings the database's time with it ({@link #readAt()}): instances
 * compare it with their own clocks never, so a clock that is off on one instance cannot make a live run look dead.
 */
@Entity
@Cacheable(false)
@Table(name = "MCP_TASK", indexes = {@Index(name = "MCP_TASK_EXPIRES", columnList = "EXPIRES_AT"),
    @Index(name = "MCP_TASK_TENANT", columnList = "TENANT, STATUS, EXPIRES_AT")})
public class TaskRecord {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Column(name = "TENANT", length = 255, nullable = false)
    private String tenant;

    @Column(name = "OWNER", length = 255, nullable = false)
    private String owner;

    @Column(name = "TOOL", length = 128, nullable = false)
    private String tool;

    @Column(name = "REQUEST", nullable = false, length = 1_000_000)
    private String request;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "STATUS_MESSAGE", length = 1000)
    private String statusMessage;

    @Column(name = "OUTCOME", length = 1_000_000)
    private String outcome;

    @Column(name = "RUNNER", length = 64)
    private String runner;

    @Column(name = "HEARTBEAT_AT", nullable = false)
    private Timestamp heartbeatAt;

    /** The database's time when the row was read, in the same representation as {@link #heartbeatAt}. */
    @Transient
    private long readAt;

    /** When a client asked to cancel, or 0. */
    @Column(name = "CANCEL_REQUESTED_AT", nullable = false)
    private long cancelRequestedAt;

    @Column(name = "POLL_INTERVAL_MS", nullable = false)
    private long pollIntervalMs;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    protected TaskRecord() {
        // for JPA
    }

    TaskRecord(String id, Caller caller, String tool, String request, String runner, long pollIntervalMs, long now, long expiresAt) {
        this.id = id;
        this.tenant = caller.tenant();
        this.owner = caller.name();
        this.tool = tool;
        this.request = request;
        this.status = TaskStore.WORKING;
        this.runner = runner;
        this.heartbeatAt = new Timestamp(now); // the row gets the database's time instead (TaskStore.create)
        this.pollIntervalMs = pollIntervalMs;
        this.createdAt = now;
        this.updatedAt = now;
        this.expiresAt = expiresAt;
    }

    /**
     * A row as {@link TaskStore#load} reads it, column by column: a plain object, never managed, so that a poll builds
     * no entity for the persistence context to track. {@code request} is not read there (see {@link #request()}).
     */
    TaskRecord(Object[] columns, long readAt) {
        this.id = (String) columns[0];
        this.tenant = (String) columns[1];
        this.owner = (String) columns[2];
        this.tool = (String) columns[3];
        this.status = (String) columns[4];
        this.statusMessage = (String) columns[5];
        this.outcome = (String) columns[6];
        this.runner = (String) columns[7];
        this.heartbeatAt = (Timestamp) columns[8];
        this.cancelRequestedAt = ((Number) columns[9]).longValue();
        this.pollIntervalMs = ((Number) columns[10]).longValue();
        this.version = ((Number) columns[11]).longValue();
        this.createdAt = ((Number) columns[12]).longValue();
        this.updatedAt = ((Number) columns[13]).longValue();
        this.expiresAt = ((Number) columns[14]).longValue();
        this.readAt = readAt;
    }

    public String id() {
        return id;
    }

    public Caller owner() {
        return new Caller(owner, tenant);
    }

    /** Whether {@code caller} started this task: the same principal name in the same tenant. */
    public boolean isOwnedBy(Caller caller) {
        return owner.equals(caller.name()) && tenant.equals(caller.tenant());
    }

    public String tool() {
        return tool;
    }

    /**
     * The request of a task this instance creates; {@code null} on a row read back ({@link TaskStore#load}), which
     * leaves out what may be a megabyte of arguments that a poll never needs: {@link TaskStore#request} reads it.
     */
    public String request() {
        return request;
    }

    /** The name of a {@link dev.jeemcp.mcp.spi.TaskInfo.Status}. */
    public String status() {
        return status;
    }

    public String statusMessage() {
        return statusMessage;
    }

    public String outcome() {
        return outcome;
    }

    /** The last beat, in the database's time, as epoch milliseconds in this instance's reading of it. */
    public long heartbeatAt() {
        return heartbeatAt.getTime();
    }

    /** The database's time when this row was read, comparable with {@link #heartbeatAt()}. */
    public long readAt() {
        return readAt;
    }

    public boolean isCancelRequested() {
        return cancelRequestedAt != 0;
    }

    public long pollIntervalMs() {
        return pollIntervalMs;
    }

    public long version() {
        return version;
    }

    public long createdAt() {
        return createdAt;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public long expiresAt() {
        return expiresAt;
    }

    String tenant() {
        return tenant;
    }
}
