package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.synthetic.SyntheticGuidelines;
import nl.supplementguidelines.support.synthetic.SyntheticGuidelines.Shape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand synthetic guidelines over real HTTP (H2 and PostgreSQL): served like real ones, clearly marked synthetic,
 * with the real nutrients and dose shapes; the list stays one bounded page. The context is shared with other tests,
 * so they are deleted again afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SyntheticGuidelinesContract {

    private static final int COUNT = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    Http http;

    @BeforeAll
    void insert() {
        SyntheticGuidelines.insert(dataSource, 1, COUNT, Shape.LIKE_LEAKY_GUT);
    }

    @AfterAll
    void delete() {
        SyntheticGuidelines.deleteAll(dataSource);
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aSyntheticGuidelineHasEveryPartOfARealOneAndSaysItIsSynthetic() {
        Response response = http.get("/api/v1/guidelines/" + SyntheticGuidelines.slug(42));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode guideline = response.json();
        assertThat(guideline.get("title").asString()).startsWith("Synthetische richtlijn 00042");
        assertThat(guideline.get("source").get("title").asString()).isEqualTo(SyntheticGuidelines.SOURCE);
        for (String part : new String[] {"alternativeNames", "causes", "relatedConditions", "recommendations", "attentionPoints",
                "relatedGuidelines", "footnotes", "editorialNotes"}) {
            assertThat(guideline.get(part).isEmpty()).as(part).isFalse();
        }
        JsonNode recommendation = guideline.get("recommendations").get(0);
        assertThat(recommendation.get("effects").isEmpty()).isFalse();
        assertThat(guideline.get("relatedConditions").get(0).get("examples").isEmpty()).isFalse();
        assertThat(guideline.get("relatedGuidelines").get(0).get("availability").asString()).isEqualTo("AVAILABLE");
    }

    @Test
    void syntheticGuidelinesUseTheSeededNutrientsAndTheirDoseShapes() {
        Set<String> nutrients = new HashSet<>();
        Set<String> units = new HashSet<>();
        for (int number = 1; number <= 12; number++) {
            for (JsonNode recommendation : http.get("/api/v1/guidelines/" + SyntheticGuidelines.slug(number)).json().get("recommendations")) {
                nutrients.add(recommendation.get("nutrient").get("slug").asString());
                units.add(recommendation.get("dailyDose").get("unit").asString());
            }
        }
        assertThat(nutrients).containsExactlyInAnyOrder("probiotica", "l-glutamine", "colostrum", "vitamine-d", "zink", "prebiotica",
                "lactoferrine");
        assertThat(units).contains("{CFU}", "g", "mg", "ug", "[IU]");
    }

    @Test
    void theListOfAThousandGuidelinesIsOneBoundedPageWithTheTotal() {
        JsonNode page = http.get("/api/v1/guidelines?size=20").json();

        assertThat(page.get("items")).hasSize(20);
        assertThat(page.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(COUNT + 1);
    }

    @Test
    void theExportOfAThousandGuidelinesHasEveryPublishedOneOnceAndEveryLineParses() {
        Response export = http.get("/api/v1/export");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(export.status()).isEqualTo(200);
        List<String> slugs = export.text().lines().map(line -> JSON.readTree(line).get("slug").asString()).toList();
        Long current = jdbc.queryForObject("select count(*) from guideline where status = 'CURRENT'", Long.class);
        assertThat(slugs).hasSize(current.intValue()).doesNotHaveDuplicates()
                .contains(SyntheticGuidelines.slug(1), SyntheticGuidelines.slug(500), SyntheticGuidelines.slug(COUNT));
        assertThat(slugs.stream().filter(slug -> slug.startsWith(SyntheticGuidelines.SLUG_PREFIX))).hasSize(COUNT);

        Response csv = http.get("/api/v1/export/recommendations.csv");
        Long recommendations = jdbc.queryForObject("select count(*) from recommendation r join guideline g on g.id = r.guideline_id "
                + "where g.status = 'CURRENT'", Long.class);
        assertThat(csv.text().split("\r\n")).hasSize(recommendations.intValue() + 1);
    }
}
