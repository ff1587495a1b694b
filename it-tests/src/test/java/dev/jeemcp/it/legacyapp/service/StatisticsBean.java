package dev.jeemcp.it.legacyapp.service;

import dev.jeemcp.it.legacyapp.claims.ClaimStatus;
import dev.jeemcp.mcp.McpResource;
import dev.jeemcp.mcp.McpTool;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A singleton session bean seen only through its {@code @Local} business interface. */
@Singleton
public class StatisticsBean implements Statistics {

    @PersistenceContext(unitName = "legacy")
    EntityManager entityManager;

    @Override
    @McpTool(name = "claim_counts", description = "How many claims there are, by status")
    public ClaimCounts counts() {
        return new ClaimCounts(count(ClaimStatus.OPEN), count(ClaimStatus.ESCALATED),
                entityManager.createQuery("select count(c) from Claim c", Long.class).getSingleResult());
    }

    @Override
    @McpResource(uri = "claims://handbook", name = "handbook", description = "How claims are handled")
    public String handbook() {
        return "Every claim is reviewed within five working days.";
    }

    private long count(ClaimStatus status) {
        return entityManager.createQuery("select count(c) from Claim c where c.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }
}
