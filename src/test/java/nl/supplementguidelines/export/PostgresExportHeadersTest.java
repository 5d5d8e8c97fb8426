package nl.supplementguidelines.export;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.PostgresApiTest;
import nl.supplementguidelines.support.ServedApi;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The export's headers over real HTTP on PostgreSQL, in the context that allows a browser origin (CORS). */
@PostgresApiTest
class PostgresExportHeadersTest extends ServedApi {

    @Test
    void theExportAddsAcceptEncodingToTheVaryOfCorsInsteadOfReplacingIt() {
        Response export = http.get("/api/v1/export/recommendations.csv", "Origin", PostgresApiTest.ALLOWED_ORIGIN);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Access-Control-Allow-Origin")).isEqualTo(PostgresApiTest.ALLOWED_ORIGIN);
        List<String> vary = export.headers().allValues("Vary").stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(token -> token.strip().toLowerCase(Locale.ROOT)).toList();
        assertThat(vary).contains("origin", "accept-encoding").doesNotHaveDuplicates();
    }

    @Test
    void theServerEndsATransactionLeftIdleLongerThanAnExportMayTake() {
        assertThat(jdbc.sql("show idle_in_transaction_session_timeout").query(String.class).single()).isEqualTo("6min");
    }

    @Test
    void aHeadHasTheValidatorsOfTheGetAndNoBody() {
        Response get = http.get("/api/v1/export");
        Response head = http.send("HEAD", "/api/v1/export");

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
        assertThat(head.header("Last-Modified")).isEqualTo(get.header("Last-Modified"));
        assertThat(head.text()).isEmpty();
    }
}
