package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.Eventually;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.jdbc.Sql;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranked search over real HTTP on each database (subclasses choose it): the relevance test set
 * (search/relevance.tsv) must give the same results in the same order on both, with the same explanation.
 */
@Sql(scripts = "/fixtures/search-guidelines.sql")
@Sql(scripts = "/fixtures/search-guidelines-cleanup.sql", executionPhase = Sql.ExecutionPhase.AFTER_TEST_METHOD)
abstract class SearchRelevanceContract extends ServedApi {

    static Stream<Arguments> relevanceSet() throws IOException {
        try (InputStream in = SearchRelevanceContract.class.getResourceAsStream("/search/relevance.tsv")) {
            List<Arguments> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                List<String> expected = columns[1].isEmpty() ? List.of() : Arrays.asList(columns[1].split(","));
                cases.add(Arguments.of(columns[0], expected, columns[2]));
            }
            assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("relevanceSet")
    void findsTheExpectedGuidelinesInRankOrder(String query, List<String> expected, String topMatch) {
        JsonNode page = http.get("/api/v1/guidelines?" + query).json();

        assertThat(slugs(page)).containsExactlyElementsOf(expected);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(expected.size());
        if (!expected.isEmpty()) {
            JsonNode first = page.get("items").get(0).get("match").get(0);
            assertThat(first.get("field").asString() + ":" + first.get("matched").asString()).isEqualTo(topMatch);
        }
    }

    @Test
    void explainsEveryWordOfTheQuery() {
        JsonNode match = http.get("/api/v1/guidelines?q=lekende%20darm").json().get("items").get(0).get("match");

        assertThat(match).hasSize(2);
        assertThat(match.get(0).get("term").asString()).isEqualTo("lekende");
        assertThat(match.get(1).get("term").asString()).isEqualTo("darm");
        assertThat(match.get(1).get("field").asString()).isEqualTo("alternativeName");
    }

    @Test
    void listsWithoutQueryCarryNoMatchMember() {
        JsonNode items = http.get("/api/v1/guidelines").json().get("items");

        assertThat(items).isNotEmpty().allSatisfy(item -> assertThat(item.has("match")).isFalse());
    }

    @Test
    void pagesThroughTheRankedResults() {
        JsonNode page = http.get("/api/v1/guidelines?q=fixture&page=1&size=2").json();

        assertThat(slugs(page)).containsExactly("fixture-vermoeidheid", "fixture-zinktekort");
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(4);
        assertThat(slugs(http.get("/api/v1/guidelines?q=fixture&page=2&size=2").json())).isEmpty();
        assertThat(http.get("/api/v1/guidelines?q=fixture&page=2&size=2").json().get("page").get("totalElements").asLong()).isEqualTo(4);
    }

    @Test
    void aSynonymAddedWithPlainSqlIsUsedByTheNextSearch() {
        assertThat(slugs(http.get("/api/v1/guidelines?q=uitputting").json())).isEmpty();

        jdbc.sql("insert into search_synonym (term, synonym) values ('uitputting', 'moeheid')").update();
        try {
            // Answers are cached per content version: on PostgreSQL its notification arrives milliseconds after the commit.
            JsonNode item = Eventually.get(http, answer -> !answer.json().get("items").isEmpty(), "/api/v1/guidelines?q=uitputting")
                    .json().get("items").get(0);
            assertThat(item).as("the synonym is used").isNotNull();
            assertThat(item.get("slug").asString()).isEqualTo("fixture-vermoeidheid");
            assertThat(item.get("match").get(0).get("field").asString()).isEqualTo("synonym");
            assertThat(item.get("match").get(1).get("field").asString()).isEqualTo("alternativeName");
        } finally {
            jdbc.sql("delete from search_synonym where term = 'uitputting'").update();
            Eventually.get(http, answer -> answer.json().path("items").isEmpty(), "/api/v1/guidelines?q=uitputting");
        }
    }

    @Test
    void refusesMoreThanEightWordsBeforeSearching() {
        Response tooMany = http.get("/api/v1/guidelines?q=een%20twee%20drie%20vier%20vijf%20zes%20zeven%20acht%20negen");

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooMany.json().get("type").asString()).isEqualTo("/problems/invalid-parameter");
        assertThat(tooMany.json().get("errors").get(0).get("name").asString()).isEqualTo("q");
        assertThat(tooMany.json().get("errors").get(0).get("message").asString()).isEqualTo("must have at most 8 words");
    }

    @Test
    void aQueryOfOnlyStopWordsOrSymbolsFindsNothing() {
        assertThat(slugs(http.get("/api/v1/guidelines?q=de%20het").json())).isEmpty();
        assertThat(http.get("/api/v1/guidelines?q=%3B%3B%3B").status()).isEqualTo(200);
    }

    static List<String> slugs(JsonNode page) {
        List<String> slugs = new ArrayList<>();
        page.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        return slugs;
    }
}
