package dev.jeemcp.it.legacyapp.claims;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A note on a claim; its claim is a lazy many-to-one. */
@Entity
@Table(name = "LEGACY_CLAIM_NOTE")
public class ClaimNote {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Claim claim;

    @jakarta.validation.constraints.Size(max = 500)
    private String text;

    public Long getId() {
        return id;
    }

    public Claim getClaim() {
        return claim;
    }

    public void setClaim(Claim claim) {
        this.claim = claim;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
