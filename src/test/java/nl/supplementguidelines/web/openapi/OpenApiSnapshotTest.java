package nl.supplementguidelines.web.openapi;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document is exactly the committed snapshot ({@code src/test/resources/openapi/api-docs.json},
 * pretty-printed), so every change of the contract shows in review, the generated client is built from what the
 * server serves, and the document is the same on every start (each build is a new start). After an intended change:
 * {@code ./mvnw -B test -Dtest=OpenApiSnapshotTest -Dopenapi.snapshot.update=true} rewrites the snapshot.
 */
@ApiTest
class OpenApiSnapshotTest {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Test
    void theServedDocumentIsTheCommittedSnapshotByteForByte() throws IOException {
        Http.Response served = new Http(port).get("/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        String pretty = PRETTY.writeValueAsString(PRETTY.readTree(served.text())) + "\n";

        if (Boolean.getBoolean("openapi.snapshot.update")) {
            Files.createDirectories(OpenApiContract.SNAPSHOT.getParent());
            Files.writeString(OpenApiContract.SNAPSHOT, pretty, StandardCharsets.UTF_8);
        }

        String snapshot = Files.exists(OpenApiContract.SNAPSHOT) ? Files.readString(OpenApiContract.SNAPSHOT, StandardCharsets.UTF_8) : "";
        assertThat(pretty)
                .as("the served /v3/api-docs differs from %s; if the change is intended, regenerate it with "
                        + "./mvnw -B test -Dtest=OpenApiSnapshotTest -Dopenapi.snapshot.update=true and commit it", OpenApiContract.SNAPSHOT)
                .isEqualTo(snapshot);
    }
}
