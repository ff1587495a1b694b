package dev.jeemcp.it.legacyapp.service;

import dev.jeemcp.it.legacyapp.claims.Claim;
import dev.jeemcp.it.legacyapp.claims.ClaimStatus;
import dev.jeemcp.it.legacyapp.claims.ClaimView;
import dev.jeemcp.mcp.McpTool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Underwriters' work: the container lets no one else in. */
@Stateless
@RolesAllowed("underwriter")
public class UnderwritingDesk {

    @PersistenceContext(unitName = "legacy")
    EntityManager entityManager;

    /** Not a tool: other beans call it, and the container checks the role of whoever they run as. */
    public ClaimView review(long id) {
        Claim claim = entityManager.find(Claim.class, id);
        claim.setStatus(ClaimStatus.ESCALATED);
        return ClaimView.of(claim);
    }

    @McpTool(name = "approve_claim", description = "Approves a claim")
    public ClaimView approve(long id) {
        Claim claim = entityManager.find(Claim.class, id);
        claim.setStatus(ClaimStatus.APPROVED);
        return ClaimView.of(claim);
    }
}
