package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API serves matches the reference tables word for word and number for number. The tables are copies of
 * shared/reference/upper-intake-levels.md and interactions.md kept in test resources, parsed here independently of
 * the migrations.
 */
@ApiTest
class ReferenceFidelityTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private static List<List<String>> tableRows(String resource) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| nutrient")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                rows.add(Arrays.stream(cells).map(String::strip).toList());
            }
        }
        return rows;
    }

    private Map<String, String> slugsByEnglishName() {
        Map<String, String> slugs = new HashMap<>();
        http.get("/api/v1/nutrients").json().get("items").forEach(n -> slugs.put(n.get("englishName").asString(), n.get("slug").asString()));
        return slugs;
    }

    @Test
    void servesEveryReferenceLevelAsTheReferenceGivesIt() throws IOException {
        List<List<String>> rows = tableRows("reference/upper-intake-levels.md");
        Map<String, String> slugs = slugsByEnglishName();
        Map<String, Integer> seen = new HashMap<>();

        assertThat(rows).hasSize(6);
        for (List<String> row : rows) {
            String slug = slugs.get(row.get(0));
            int index = seen.merge(slug, 1, Integer::sum) - 1;
            JsonNode level = http.get("/api/v1/nutrients/" + slug).json().get("referenceLevels").get("levels").get(index);
            assertThat(level.get("kind").asString()).isEqualTo(row.get(1));
            assertThat(level.get("amountText").asString()).isEqualTo(row.get(2));
            assertThat(level.get("amount").decimalValue().toPlainString() + " " + level.get("unitSymbol").asString())
                    .isEqualTo(row.get(2).replaceAll(" \\(.*\\)$", ""));
            assertThat(level.get("population").asString()).isEqualTo(row.get(3));
            assertThat(level.get("body").asString()).isEqualTo(row.get(4));
            assertThat(level.get("citation").asString()).isEqualTo(row.get(5));
        }
        for (String none : List.of("probiotica", "prebiotica", "colostrum", "lactoferrine")) {
            assertThat(http.get("/api/v1/nutrients/" + none).json().get("referenceLevels").get("status").asString()).isEqualTo("NONE_SET_IN_OUR_SOURCES");
        }
    }

    @Test
    void servesEveryInteractionAsTheReferenceGivesIt() throws IOException {
        List<List<String>> rows = tableRows("reference/interactions.md");
        JsonNode items = http.get("/api/v1/interactions").json().get("items");
        Map<String, String> citations = new HashMap<>();
        Matcher source = Pattern.compile("(?m)^- \\[([^]]+)] (.+)$")
                .matcher(new ClassPathResource("reference/interactions.md").getContentAsString(StandardCharsets.UTF_8));
        while (source.find()) {
            citations.put(source.group(1), source.group(2));
        }

        assertThat(items).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            JsonNode item = items.get(i);
            assertThat(item.get("row").asInt()).isEqualTo(i + 1);
            assertThat(item.get("nutrientAsWritten").asString()).isEqualTo(row.get(0));
            List<String> codes = new ArrayList<>();
            item.get("atcCodes").forEach(code -> codes.add(code.asString()));
            assertThat(item.get("medicineGroup").asString() + " (" + String.join(", ", codes) + ")").isEqualTo(row.get(1));
            String effect = row.get(2).equals("as above") ? items.get(i - 1).get("effect").asString() : row.get(2);
            assertThat(item.get("effect").asString()).isEqualTo(effect);
            if (row.get(3).equals("none given")) {
                assertThat(item.get("advice").isNull()).isTrue();
                assertThat(item.get("adviceGiven").asBoolean()).isFalse();
            } else {
                assertThat(item.get("advice").asString()).isEqualTo(row.get(3));
            }
            List<String> sources = new ArrayList<>();
            item.get("sources").forEach(s -> {
                sources.add(s.get("code").asString());
                assertThat(s.get("citation").asString()).isEqualTo(citations.get(s.get("code").asString()));
            });
            assertThat(String.join(", ", sources)).isEqualTo(row.get(4));
        }
    }
}
