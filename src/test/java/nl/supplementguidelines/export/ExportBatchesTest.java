package nl.supplementguidelines.export;

import nl.supplementguidelines.guideline.GuidelineExport;
import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.ServedApi;
import nl.supplementguidelines.support.synthetic.SyntheticGuidelines;
import nl.supplementguidelines.support.synthetic.SyntheticGuidelines.Shape;
import nl.supplementguidelines.web.caching.ContentRevision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export batch of more versions than one {@code IN} list holds ({@code GuidelineBatch.SIZE}, 100): with
 * {@code api.export.batch-size=250}, the collections of one batch are read in several chunks, and every version must
 * still be exactly what its version endpoint serves (a chunk read for the wrong ids, or not at all, would leave
 * versions without their recommendations or parts).
 */
@ApiTest
class ExportBatchesTest extends ServedApi {

    // More than a batch of 250: wherever the batches' bounds fall, one of them holds over 100 synthetic versions.
    private static final int SYNTHETIC = 260;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    GuidelineExport guidelines;

    @Autowired
    ContentRevision revision;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void deleteSynthetic() {
        SyntheticGuidelines.deleteAll(dataSource);
    }

    @Test
    void everyVersionOfBatchesOf250IsExactlyWhatItsVersionEndpointServes() throws Exception {
        SyntheticGuidelines.insert(dataSource, 1, SYNTHETIC, Shape.LIKE_LEAKY_GUT);
        // api.export.batch-size=250, as the properties bind it; the rest as configured by default.
        ExportProperties properties = new ExportProperties(250, 1, 5, Duration.ofMinutes(5));
        ExportStreaming streaming = new ExportStreaming(new ExportSnapshot(transactions, guidelines, revision, properties), revision,
                properties, Duration.ofMinutes(5));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/export");
        request.setParameter("versions", "all");
        MockHttpServletResponse response = new MockHttpServletResponse();

        streaming.export(ExportRequest.of(request), new NdjsonFormat(mapper), request, response);

        List<String> lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        long published = jdbc.sql("select count(*) from guideline").query(Long.class).single();
        assertThat(lines).hasSize((int) published).hasSizeGreaterThan(SYNTHETIC);
        for (String line : lines) {
            String href = JSON.readTree(line).get("version").get("href").asString();
            assertThat(line).as(href).isEqualTo(http.get(href).text());
        }
        // Not vacuous: the synthetic versions have recommendations and parts to miss.
        assertThat(lines.get(lines.size() - 1)).contains(SyntheticGuidelines.slug(SYNTHETIC));
        assertThat(JSON.readTree(lines.get(lines.size() - 1)).get("recommendations")).isNotEmpty();
    }
}
