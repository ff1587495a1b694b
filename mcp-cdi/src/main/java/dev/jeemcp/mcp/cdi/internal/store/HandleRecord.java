package dev.jeemcp.mcp.cdi.internal.store;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The row of one handle in the application's own persistence unit: list this class, or the mapping file
 * {@code META-INF/jeemcp/orm.xml}, in {@code persistence.xml}. Times are epoch milliseconds, which every database and
 * provider compares the same way.
 *
 * <p>Never cached beyond one transaction: another instance may have updated the row a moment ago, and a shared cache
 * (EclipseLink keeps one by default) would hand out its old version.
 */
@Entity
@Cacheable(false)
@Table(name = "MCP_HANDLE", indexes = {@Index(name = "MCP_HANDLE_LIST", columnList = "TENANT, KIND, UPDATED_AT, ID"),
    @Index(name = "MCP_HANDLE_OWNER", columnList = "TENANT, OWNER, UPDATED_AT, ID"),
    @Index(name = "MCP_HANDLE_EXPIRES", columnList = "EXPIRES_AT")})
public class HandleRecord {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Column(name = "KIND", length = 64, nullable = false)
    private String kind;

    @Column(name = "TENANT", length = 255, nullable = false)
    private String tenant;

    @Column(name = "OWNER", length = 255, nullable = false)
    private String owner;

    /** The value as JSON; the DDL makes it TEXT, LONGTEXT or CLOB. The store bounds it (mcp.handleMaxBytes), not this length. */
    @Column(name = "PAYLOAD", nullable = false, length = 1_000_000)
    private String payload;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    protected HandleRecord() {
        // for JPA
    }

    public HandleRecord(String id, String kind, String tenant, String owner, String payload, long now, long expiresAt) {
        this.id = id;
        this.kind = kind;
        this.tenant = tenant;
        this.owner = owner;
        this.payload = payload;
        this.createdAt = now;
        this.updatedAt = now;
        this.expiresAt = expiresAt;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String tenant() {
        return tenant;
    }

    public String payload() {
        return payload;
    }

    public long version() {
        return version;
    }

    public long expiresAt() {
        return expiresAt;
    }
}
