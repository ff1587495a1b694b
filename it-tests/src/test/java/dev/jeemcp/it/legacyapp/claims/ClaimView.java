package dev.jeemcp.it.legacyapp.claims;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * The DTO the REST API already answers with: JSON-B names and order, MicroProfile OpenAPI descriptions, inheriting its
 * identity from {@link Summary}.
 */
@JsonbPropertyOrder({"claim_id", "customer", "status", "amount", "description"})
public class ClaimView extends Summary {

    private String customer;
    private ClaimStatus status;
    private BigDecimal amount;

    public ClaimView() {
    }

    public static ClaimView of(Claim claim) {
        ClaimView view = new ClaimView();
        view.setClaimId(claim.getId());
        view.setDescription(claim.getDescription());
        view.customer = claim.getCustomer().getName();
        view.status = claim.getStatus();
        view.amount = claim.getAmount();
        return view;
    }

    @JsonbProperty("customer")
    @Schema(description = "The customer's name as on the policy", example = "Ada Lovelace")
    public String getCustomerName() {
        return customer;
    }

    public void setCustomerName(String customer) {
        this.customer = customer;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
