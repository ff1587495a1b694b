package dev.jeemcp.it.audit;

import dev.jeemcp.mcp.McpTool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Added to the sample by {@code AuditIT}: reads the MCP_AUDIT rows back through the application's own entity manager,
 * as the server's embedded database cannot be reached from the test.
 */
@ApplicationScoped
public class AuditRows {

    @Inject
    EntityManager entityManager;

    /** Each row as {@code FEATURE NAME OUTCOME PRINCIPAL}, oldest first. */
    @McpTool(name = "audit_rows", readOnly = true)
    public List<String> auditRows() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT FEATURE, NAME, OUTCOME, PRINCIPAL FROM MCP_AUDIT ORDER BY RECORDED_AT, ID").getResultList();
        return rows.stream().map(row -> row[0] + " " + row[1] + " " + row[2] + " " + row[3]).toList();
    }
}
