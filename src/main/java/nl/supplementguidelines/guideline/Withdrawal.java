package nl.supplementguidelines.guideline;

import java.time.Instant;

/** Why, when and by whom a guideline was withdrawn; set on its live version, null (all columns) otherwise. */
record Withdrawal(
        Instant at,
        String by,
        String reason) {
}
