package nl.supplementguidelines.resolve;

import io.micrometer.core.instrument.MeterRegistry;
import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the content is unchanged, dose checks, regimens and interaction checks read nothing from the database: no SQL
 * statement, no connection, no read of the content version (on the embedded H2 its triggers announce changes). The
 * counters are the JDBC-level ones of {@link StatementCounter}, for the threads that serve requests: every statement
 * counts, whichever code runs it.
 */
@ApiTest
class ChecksFromMemoryTest {

    private static final List<String[]> CHECKS = List.of(
            new String[]{"/api/v1/dose-checks", "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"Zinc\",\"amount\":30,\"unit\":\"mg\"},"
                    + "{\"nutrient\":\"vitamine-d\",\"dose\":\"1000 IE (25 µg)\"},{\"nutrient\":\"L-glutamine\",\"dose\":\"1,5 g\"}]}"},
            new String[]{"/api/v1/dose-checks", "{\"guidelines\":[\"leaky-gut@1\"],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":10,\"unit\":\"mg\"}]}"},
            new String[]{"/api/v1/regimens", "{\"guidelines\":[\"leaky-gut\"]}"},
            new String[]{"/api/v1/interaction-checks", "{\"medicines\":[\"J01MA02\",\"statins\"],\"guideline\":\"leaky-gut\"}"},
            new String[]{"/api/v1/interaction-checks", "{\"medicines\":[\"C03AA03\"],\"nutrients\":[\"Zinc\",\"Vitamin D\"]}"},
            // The error path too: an unknown guideline and nutrient are told from the index in memory.
            new String[]{"/api/v1/dose-checks", "{\"guidelines\":[\"no-such-guideline\"],\"intakes\":[{\"nutrient\":\"unobtainium\",\"amount\":1,\"unit\":\"mg\"}]}"});

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Test
    void checksOfUnchangedContentReadNothingFromTheDatabase() {
        Http http = new Http(port);
        List<Integer> warm = CHECKS.stream().map(check -> http.post(check[0], check[1], "en").status()).toList();
        assertThat(warm).containsExactly(200, 200, 200, 200, 200, 422);

        StatementCounter.reset();
        double versionReads = versionReads();
        for (int round = 0; round < 20; round++) {
            for (String[] check : CHECKS) {
                Response response = http.post(check[0], check[1], "en");
                assertThat(response.status()).as(response.text()).isIn(200, 422);
            }
        }

        StatementCounter.Snapshot requests = StatementCounter.ofRequests();
        assertThat(requests.statements()).as("SQL statements").isZero();
        assertThat(requests.connections()).as("connections").isZero();
        assertThat(requests.transactions()).as("transactions").isZero();
        assertThat(versionReads()).as("reads of the content version").isEqualTo(versionReads);
    }

    @Test
    void theCountersSeeTheStatementsOfAChangedVersion() {
        // Not vacuous: the same counters see the reads of a rebuild after a change.
        Http http = new Http(port);
        assertThat(http.post(CHECKS.get(0)[0], CHECKS.get(0)[1], "en").status()).isEqualTo(200);
        double versionReads = versionReads();
        touchContent();
        StatementCounter.reset();

        assertThat(http.post(CHECKS.get(0)[0], CHECKS.get(0)[1], "en").status()).isEqualTo(200);

        StatementCounter.Snapshot requests = StatementCounter.ofRequests();
        assertThat(requests.statements()).isPositive();
        assertThat(requests.connections()).isPositive();
        assertThat(versionReads()).isGreaterThan(versionReads);
    }

    private void touchContent() {
        jdbc.sql("update nutrient set name = name where slug = 'zink'").update();
    }

    private double versionReads() {
        return meters.get("api.content.version.reads").functionCounter().count();
    }
}
