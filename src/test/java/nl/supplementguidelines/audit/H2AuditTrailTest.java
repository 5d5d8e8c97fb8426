package nl.supplementguidelines.audit;

import nl.supplementguidelines.support.ApiTest;

/** The audit trail on the embedded H2 (a Java trigger refuses updates and deletes; H2 fires none for TRUNCATE). */
@ApiTest
class H2AuditTrailTest extends AuditTrailContract {
}
