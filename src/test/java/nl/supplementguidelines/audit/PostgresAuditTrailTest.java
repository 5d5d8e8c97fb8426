package nl.supplementguidelines.audit;

import nl.supplementguidelines.support.PostgresApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail on PostgreSQL, where a truncate is refused as well. */
@PostgresApiTest
class PostgresAuditTrailTest extends AuditTrailContract {

    @Test
    void theTableRefusesATruncate() {
        long before = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("truncate table audit_event").update()).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(before);
    }
}
