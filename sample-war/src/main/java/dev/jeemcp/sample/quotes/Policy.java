package dev.jeemcp.sample.quotes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A bound policy: the application's own entity and table, beside the library's handles in the same unit. The
 * unique quote id is the database's guarantee that a quote is bound once, whatever instance binds it.
 */
@Entity
@Table(name = "SAMPLE_POLICY")
public class Policy {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Column(name = "QUOTE_ID", length = 64, nullable = false, unique = true)
    private String quoteId;

    @Column(name = "TENANT", length = 255, nullable = false)
    private String holder;

    @Column(name = "YEARLY_PREMIUM", precision = 12, scale = 2, nullable = false)
    private BigDecimal yearlyPremium;

    protected Policy() {
        // for JPA
    }

    Policy(String id, String quoteId, String holder, BigDecimal yearlyPremium) {
        this.id = id;
        this.quoteId = quoteId;
        this.holder = holder;
        this.yearlyPremium = yearlyPremium;
    }
}
