package dev.jeemcp.bench.ours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The columns of a counter's row in the library's handle table that {@code bump} reads, mapped by the application
 * itself: what {@link HandBump}'s JPA floor reads and updates without the library's {@code Handles}.
 */
@Entity
@Table(name = "MCP_HANDLE")
public class CounterRow {

    @Id
    @Column(name = "ID")
    String id;

    @Column(name = "KIND")
    String kind;

    @Column(name = "TENANT")
    String tenant;

    @Column(name = "PAYLOAD")
    String payload;

    @Column(name = "VERSION")
    long version;

    @Column(name = "UPDATED_AT")
    long updatedAt;

    @Column(name = "EXPIRES_AT")
    long expiresAt;
}
