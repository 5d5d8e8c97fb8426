package nl.supplementguidelines.export;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk export over real HTTP on H2, against the seeded guidelines: the same JSON as the version endpoint, typed CSV, gzip, 304. */
@ApiTest
class ExportApiTest extends ServedApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void everyLineIsExactlyTheJsonOfItsVersionAndTheLatestExportHasEveryCurrentGuideline() {
        Response export = http.get("/api/v1/export");

        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(export.header("Content-Type")).isCompatibleWith(MediaType.parseMediaType("application/x-ndjson"))).isTrue();
        assertThat(export.text()).endsWith("\n");
        List<String> lines = export.text().lines().toList();
        long current = jdbc.sql("select count(*) from guideline where status = 'CURRENT'").query(Long.class).single();
        assertThat(lines).hasSize((int) current).isNotEmpty();
        for (String line : lines) {
            JsonNode guideline = JSON.readTree(line);
            Response version = http.get(guideline.get("version").get("href").asString());
            assertThat(line).as(guideline.get("slug").asString()).isEqualTo(version.text());
        }
    }

    @Test
    void allVersionsHasEveryPublishedVersionInPublicationOrder() {
        Response export = http.get("/api/v1/export?versions=all");

        assertThat(export.status()).isEqualTo(200);
        long published = jdbc.sql("select count(*) from guideline").query(Long.class).single();
        List<String> hrefs = export.text().lines().map(line -> JSON.readTree(line).get("version").get("href").asString()).toList();
        assertThat(hrefs).hasSize((int) published).doesNotHaveDuplicates();
        List<String> inIdOrder = jdbc.sql("select slug, version from guideline order by id")
                .query((row, n) -> "/api/v1/guidelines/" + row.getString(1) + "/versions/" + row.getInt(2)).list();
        assertThat(hrefs).containsExactlyElementsOf(inIdOrder);
    }

    @Test
    void theCsvHasOneTypedRowPerRecommendationWithTheNumbersOfTheJson() {
        Response csv = http.get("/api/v1/export/recommendations.csv");
        Response ndjson = http.get("/api/v1/export");

        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        MediaType type = MediaType.parseMediaType(csv.header("Content-Type"));
        assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(type.getParameter("header")).isEqualTo("present");
        assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        List<String> rows = Arrays.asList(csv.text().split("\r\n", -1));
        assertThat(rows.get(rows.size() - 1)).isEmpty();
        assertThat(rows.get(0)).isEqualTo(String.join(",", RecommendationsCsv.COLUMNS));
        List<List<String>> records = rows.subList(1, rows.size() - 1).stream().map(ExportApiTest::fields).toList();
        List<JsonNode> recommendations = new java.util.ArrayList<>();
        ndjson.text().lines().map(JSON::readTree).forEach(guideline -> guideline.get("recommendations").forEach(r -> recommendations.add(
                ((tools.jackson.databind.node.ObjectNode) r.deepCopy()).put("guideline", guideline.get("slug").asString())
                        .put("guidelineVersion", guideline.get("version").get("number").asInt()))));
        assertThat(records).hasSize(recommendations.size()).isNotEmpty();
        for (int i = 0; i < records.size(); i++) {
            List<String> record = records.get(i);
            JsonNode expected = recommendations.get(i);
            JsonNode dose = expected.get("dailyDose");
            assertThat(record).hasSize(RecommendationsCsv.COLUMNS.size());
            assertThat(record.get(0)).isEqualTo(expected.get("guideline").asString());
            assertThat(Integer.parseInt(record.get(1))).isEqualTo(expected.get("guidelineVersion").asInt());
            assertThat(record.get(2)).isEqualTo("CURRENT");
            assertThat(Integer.parseInt(record.get(3))).isEqualTo(expected.get("position").asInt());
            assertThat(record.get(4)).isEqualTo(expected.get("nutrient").get("slug").asString());
            assertThat(record.get(5)).isEqualTo(expected.get("nutrient").get("name").asString());
            assertThat(record.get(7)).isEqualTo(dose.get("kind").asString());
            assertSameAmount(record.get(8), dose.get("minimum"));
            assertSameAmount(record.get(9), dose.get("maximum"));
            assertThat(record.get(10)).isEqualTo(dose.get("unit").asString());
            assertThat(record.get(12)).isEqualTo(dose.get("sourceText").asString());
            assertThat(Integer.parseInt(record.get(13))).isEqualTo(expected.get("evidence").get("level").asInt());
            assertThat(record.get(14)).isEqualTo(expected.get("evidence").get("dots").asString());
            JsonNode footnote = expected.get("doseFootnote");
            assertThat(record.get(16)).isEqualTo(footnote == null || footnote.isNull() ? "" : footnote.get("text").asString());
        }
    }

    @Test
    void gzipIsSentWhenAskedAndHoldsTheSameBytes() throws Exception {
        HttpResponse<byte[]> plain = fetch("/api/v1/export/recommendations.csv");
        HttpResponse<byte[]> gzipped = fetch("/api/v1/export/recommendations.csv", "Accept-Encoding", "gzip");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        assertThat(gzipped.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
    }

    @Test
    void aClientWithTheCurrentETagGetsA304AndValidatorsLikeEveryRead() {
        Response first = http.get("/api/v1/export");
        String etag = first.header("ETag");

        assertThat(etag).startsWith("\"");
        assertThat(first.header("Last-Modified")).isNotBlank();
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=300");
        Response again = http.get("/api/v1/export", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.text()).isEmpty();
        assertThat(http.get("/api/v1/export?versions=all", "If-None-Match", etag).status()).isEqualTo(200);
    }

    @Test
    void anUnknownParameterOrValueIsA400ProblemNamingIt() {
        Response unknown = http.get("/api/v1/export?version=all");
        Response value = http.get("/api/v1/export/recommendations.csv?versions=every");
        Response twice = http.get("/api/v1/export?versions=all&versions=latest");

        for (Response response : List.of(unknown, value, twice)) {
            assertThat(response.status()).as(response.text()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).endsWith("/problems/invalid-parameter");
        }
        assertThat(unknown.json().get("detail").asString()).contains("'version'");
        assertThat(value.json().get("detail").asString()).contains("'every'");
        assertThat(twice.json().get("detail").asString()).contains("once");
    }

    private static void assertSameAmount(String field, JsonNode amount) {
        if (amount == null || amount.isNull()) {
            assertThat(field).isEmpty();
            return;
        }
        assertThat(field).matches("[0-9]+(\\.[0-9]+)?");
        assertThat(new BigDecimal(field)).isEqualByComparingTo(amount.decimalValue());
    }

    /** The fields of one RFC 4180 record (quoted fields with doubled quotes; no line breaks inside in this content). */
    private static List<String> fields(String record) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted && c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private HttpResponse<byte[]> fetch(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
