/**
 * The audit trail: every write of an editor or publisher, append-only, recorded by
 * {@link nl.supplementguidelines.audit.AuditTrail#record} inside the writing transaction, read by publishers at
 * {@code GET /api/v1/audit}.
 */
@NullMarked
package nl.supplementguidelines.audit;

import org.jspecify.annotations.NullMarked;
