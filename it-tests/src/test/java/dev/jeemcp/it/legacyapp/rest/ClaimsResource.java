package dev.jeemcp.it.legacyapp.rest;

import dev.jeemcp.it.legacyapp.claims.ClaimStatus;
import dev.jeemcp.it.legacyapp.claims.ClaimView;
import dev.jeemcp.it.legacyapp.service.ClaimDesk;
import dev.jeemcp.mcp.McpTool;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A JAX-RS resource of the existing API, with two of its methods offered as tools too: MCP calls them as bean methods
 * (not through HTTP), so their path and query parameters are plain tool arguments.
 */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    @Inject
    ClaimDesk desk;

    @PersistenceContext(unitName = "legacy")
    EntityManager entityManager;

    @GET
    @Path("{id}")
    @McpTool(name = "get_claim", description = "One claim, as GET /api/claims/{id} answers")
    public ClaimView get(@PathParam("id") long id) {
        return ClaimView.of(desk.findClaim(id));
    }

    @GET
    @McpTool(name = "search_claims", description = "Claims by status, as GET /api/claims?status=...&limit=... answers")
    public List<ClaimView> search(@QueryParam("status") @DefaultValue("OPEN") ClaimStatus status,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return entityManager.createQuery("select c from Claim c where c.status = :s order by c.id", dev.jeemcp.it.legacyapp.claims.Claim.class)
                .setParameter("s", status).setMaxResults(limit).getResultList().stream().map(ClaimView::of).toList();
    }
}
