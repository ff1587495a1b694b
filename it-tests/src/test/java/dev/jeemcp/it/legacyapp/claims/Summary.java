package dev.jeemcp.it.legacyapp.claims;

import jakarta.json.bind.annotation.JsonbProperty;

/** What every view of the API has: an id under the API's own name, and a description. */
public abstract class Summary {

    private Long claimId;
    private String description;

    @JsonbProperty("claim_id")
    public Long getClaimId() {
        return claimId;
    }

    public void setClaimId(Long claimId) {
        this.claimId = claimId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
