package dev.jeemcp.mcp.cdi.internal.handles;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One request of the server to a 2025-era client ({@code elicitation/create}, {@code sampling/createMessage}) and,
 * once it arrived, the client's answer, in the application's own persistence unit (the mapping file
 * {@code META-INF/jeemcp/orm.xml} lists it). Owned by the caller who was asked, like a handle. Never cached: the
 * answer is written by one instance and read by another.
 */
@Entity
@Cacheable(false)
@Table(name = "MCP_INPUT", indexes = {
        @Index(name = "MCP_INPUT_OWNER", columnList = "TENANT, OWNER, EXPIRES_AT"),
        @Index(name = "MCP_INPUT_EXPIRES", columnList = "EXPIRES_AT")})
public class InputRecord {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Column(name = "TENANT", length = 255, nullable = false)
    private String tenant;

    @Column(name = "OWNER", length = 255, nullable = false)
    private String owner;

    /**
     * The SHA-256 (base64url) of the JSON-RPC id of the call that asked, as its client sent it: what a client's
     * {@code notifications/cancelled} names. A digest, so that any id fits and none is stored as sent.
     */
    @Column(name = "CALL_ID", length = 64, nullable = false)
    private String callId;

    /** The response without its envelope, or {@code null} until it arrives; bounded by {@code mcp.input.maxAnswerBytes}. */
    @Column(name = "ANSWER", length = 1_000_000)
    private String answer;

    /** Epoch milliseconds after which nobody waits for the answer and the row may be deleted. */
    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    /** For JPA. */
    protected InputRecord() {
    }

    InputRecord(String id, String callId, String tenant, String owner, long expiresAt) {
        this.id = id;
        this.callId = callId;
        this.tenant = tenant;
        this.owner = owner;
        this.expiresAt = expiresAt;
    }
}
