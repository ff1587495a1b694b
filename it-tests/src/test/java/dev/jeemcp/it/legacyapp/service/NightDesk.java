package dev.jeemcp.it.legacyapp.service;

import dev.jeemcp.it.legacyapp.claims.ClaimView;
import dev.jeemcp.mcp.McpTool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** Escalations filed out of hours run as an underwriter, whoever files them ({@code @RunAs}). */
@Stateless
@RunAs("underwriter")
@RolesAllowed("quoter")
public class NightDesk {

    @EJB
    UnderwritingDesk underwriting;

    @McpTool(name = "escalate_overnight", description = "Escalates a claim to underwriting, out of hours")
    public ClaimView escalateOvernight(long id) {
        return underwriting.review(id);
    }
}
