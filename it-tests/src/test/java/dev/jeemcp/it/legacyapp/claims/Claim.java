package dev.jeemcp.it.legacyapp.claims;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim, as the application's REST API already returns it: its customer (eager, the owning side of a bidirectional
 * association whose inverse side is lazy), its notes (lazy), an internal reviewer code the API never shows
 * ({@code @JsonbTransient}), and a version against lost updates.
 */
@Entity
@Table(name = "LEGACY_CLAIM")
public class Claim {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Customer customer;

    @NotBlank
    @Size(max = 200)
    private String description;

    @NotNull
    @DecimalMin("0.01")
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private ClaimStatus status = ClaimStatus.OPEN;

    @OneToMany(mappedBy = "claim")
    private List<ClaimNote> notes = new ArrayList<>();

    private String reviewerCode = "R-7";

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public List<ClaimNote> getNotes() {
        return notes;
    }

    public void setNotes(List<ClaimNote> notes) {
        this.notes = notes;
    }

    @JsonbTransient
    public String getReviewerCode() {
        return reviewerCode;
    }

    public void setReviewerCode(String reviewerCode) {
        this.reviewerCode = reviewerCode;
    }

    public long getVersion() {
        return version;
    }
}
