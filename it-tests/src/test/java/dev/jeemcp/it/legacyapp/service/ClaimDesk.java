package dev.jeemcp.it.legacyapp.service;

import dev.jeemcp.it.legacyapp.claims.Claim;
import dev.jeemcp.it.legacyapp.claims.ClaimNote;
import dev.jeemcp.it.legacyapp.claims.ClaimStatus;
import dev.jeemcp.it.legacyapp.claims.ClaimView;
import dev.jeemcp.it.legacyapp.claims.Customer;
import dev.jeemcp.it.legacyapp.claims.Draft;
import dev.jeemcp.mcp.McpPrompt;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.McpToolException;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.Handles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * The claims service as the application always had it: a stateless session bean (no-interface view) with
 * container-managed transactions, {@code @RolesAllowed}, an Enterprise Beans interceptor and its session context.
 * The {@code @McpTool} and {@code @McpPrompt} annotations are all MCP added.
 */
@Stateless
@RolesAllowed("quoter")
@DeclareRoles("underwriter")
@Interceptors(CallLedger.class)
public class ClaimDesk {

    @PersistenceContext(unitName = "legacy")
    EntityManager entityManager;

    @Resource
    SessionContext session;

    @EJB
    UnderwritingDesk underwriting;

    @Inject
    Handles handles;

    @McpTool(name = "open_claim", description = "Opens a claim for a customer")
    public ClaimView openClaim(@NotBlank @Size(max = 100) String customer, @NotBlank @Size(max = 200) String description,
            @NotNull @DecimalMin("0.01") BigDecimal amount) {
        Customer holder = new Customer();
        holder.setName(customer);
        entityManager.persist(holder);
        Claim claim = new Claim();
        claim.setCustomer(holder);
        claim.setDescription(description);
        claim.setAmount(amount);
        entityManager.persist(claim);
        return ClaimView.of(claim);
    }

    @McpTool(name = "find_claim", description = "The claim entity, as the REST API returns it")
    public Claim findClaim(long id) {
        Claim claim = entityManager.find(Claim.class, id);
        if (claim == null) {
            throw new McpToolException("Claim " + id + " does not exist");
        }
        return claim;
    }

    @McpTool(name = "add_note", description = "Adds a note to a claim; the entity limits a note to 500 characters")
    public long addNote(long claimId, String text) {
        ClaimNote note = new ClaimNote();
        note.setClaim(entityManager.getReference(Claim.class, claimId));
        note.setText(text);
        entityManager.persist(note); // the entity's own Bean Validation runs here
        entityManager.flush();
        return note.getId();
    }

    @McpTool(name = "draft_claim", description = "Starts a claim draft, kept as a handle")
    public String draftClaim(String customer, String description, BigDecimal amount) {
        return handles.create(new Draft(customer, description, amount)).id();
    }

    @McpTool(name = "file_claim_then_fail", description = "Writes a draft and a claim, then fails: nothing may stay written")
    public String fileClaimThenFail(String customer) {
        Handle<Draft> draft = handles.create(new Draft(customer, "never filed", BigDecimal.ONE));
        openClaim(customer, "never filed", BigDecimal.ONE);
        entityManager.flush();
        throw new IllegalStateException("ledger write failed after draft " + draft.id() + " for " + customer);
    }

    @McpTool(name = "withdraw_claim", description = "Withdraws an open claim")
    public void withdrawClaim(long id) throws ClaimLocked {
        Claim claim = entityManager.find(Claim.class, id);
        if (claim == null || claim.getStatus() != ClaimStatus.OPEN) {
            throw new ClaimLocked("Claim " + id + " cannot be withdrawn: it is not open");
        }
        entityManager.remove(claim);
    }

    @McpTool(name = "check_claim", description = "Checks a claim's paperwork")
    public String checkClaim(long id) {
        throw new McpToolException("Claim " + id + " lacks a signed form");
    }

    @McpTool(name = "archive_claims", description = "Moves old claims to the archive database")
    public int archiveClaims() {
        // What a driver throws when the archive's database cannot be reached, as the persistence provider wraps it.
        throw new PersistenceException("archive unavailable", new SQLTransientConnectionException("Connection refused"));
    }

    @McpTool(name = "escalate_claim", description = "Escalates a claim to underwriting, as the caller")
    public ClaimView escalateClaim(long id) {
        return underwriting.review(id);
    }

    @McpTool(name = "who_am_i", description = "Who the container says the caller is")
    public CallerView whoAmI() {
        return new CallerView(session.getCallerPrincipal().getName(), session.isCallerInRole("underwriter"));
    }

    @McpTool(name = "ledger", description = "The business calls the ledger interceptor saw")
    public List<String> ledger() {
        return List.copyOf(CallLedger.CALLS);
    }

    @McpPrompt(name = "claim_summary", description = "Asks for a summary of a claim")
    public String claimSummary(String id) {
        Claim claim = findClaim(Long.parseLong(id));
        return "Summarise claim " + claim.getId() + " of " + claim.getCustomer().getName() + ": " + claim.getDescription();
    }
}
