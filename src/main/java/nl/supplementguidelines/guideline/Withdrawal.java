package nl.supplementguidelines.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** Why, when and by whom a guideline was withdrawn; set on its live version, null (all columns) otherwise. */
@Embeddable
record Withdrawal(
        @Column(name = "withdrawn_at") Instant at,
        @Column(name = "withdrawn_by", length = 200) String by,
        @Column(name = "withdrawal_reason", length = 2000) String reason) {
}
