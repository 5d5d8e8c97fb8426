package nl.supplementguidelines.language;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.jdbc.Sql;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer that carries our sentences is exactly the committed one ({@code src/test/resources/snapshots/answers.txt}):
 * the documented examples, every GET resource and a few hundred generated dose checks, regimens and interaction checks,
 * each in Dutch and English, valid and invalid. It pins the wording word for word (and every other byte) while the code
 * that writes it changes. After an intended change of an answer:
 * {@code ./mvnw -B test -Dtest=AnswerSnapshotTest -Danswers.snapshot.update=true} rewrites the snapshot.
 */
@ApiTest
@Sql(scripts = "/fixtures/regimen-guidelines.sql")
@Sql(scripts = "/fixtures/regimen-guidelines-cleanup.sql", executionPhase = Sql.ExecutionPhase.AFTER_TEST_METHOD)
class AnswerSnapshotTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/snapshots/answers.txt");
    private static final List<String> GUIDELINES = List.of("leaky-gut", "fixture-immuun", "fixture-sport");
    private static final List<String> UNITS = List.of("mg", "mg", "mg", "mg", "g", "g", "µg", "µg", "mcg", "ug",
            "IU", "IE", "cfu", "kve", "ml");
    private static final List<String> AMOUNTS = List.of("0.5", "1", "2.5", "5", "10", "15", "20", "25", "30", "40", "50", "100", "250",
            "500", "1000", "2000", "4000", "100000", "1000000000");
    private static final List<String> WORDINGS = List.of("30 mg", "1,5 g", "1000 IE", "25 µg (1000 IE)", "25 µg (999 IE)", "1x10^9 cfu",
            "10-20 mg", "minimaal 5 mg", "at most 2 g", "5 g (5000 mg)", "100 µg (4000 IU)", "500 mg (1 g)", "2000 IU", "zomaar wat");

    @LocalServerPort
    int port;

    @Test
    void everyAnswerIsTheCommittedOneByteForByte() throws IOException {
        Http http = new Http(port);
        List<String> nutrients = new ArrayList<>();
        for (JsonNode nutrient : http.get("/api/v1/nutrients?size=100").json().get("items")) {
            nutrients.add(nutrient.get("slug").asString());
            nutrients.add(nutrient.get("name").asString());
            if (!nutrient.get("englishName").isNull()) {
                nutrients.add(nutrient.get("englishName").asString());
            }
        }
        List<String> medicines = new ArrayList<>(List.of("statins", "Statine", "X99", "J01MA02", "C10AA05", "A12"));
        JsonNode table = http.get("/api/v1/interactions").json().get("items");
        for (JsonNode row : table) {
            medicines.add(row.get("medicineGroup").asString());
            row.get("atcCodes").forEach(code -> medicines.add(code.asString() + "01"));
        }

        StringBuilder answers = new StringBuilder();
        List<String> gets = new ArrayList<>(List.of("/api/v1/guidelines", "/api/v1/nutrients?size=100", "/api/v1/interactions",
                "/api/v1/evidence-levels", "/api/v1/interactions?nutrient=onbekend", "/api/v1/interactions?atc=Z99"));
        GUIDELINES.forEach(slug -> gets.addAll(List.of("/api/v1/guidelines/" + slug, "/api/v1/guidelines/" + slug + "/recommendations")));
        nutrients.stream().distinct().limit(60).forEach(name -> gets.add("/api/v1/interactions?nutrient=" + name.replace(" ", "%20")));
        for (JsonNode nutrient : http.get("/api/v1/nutrients?size=100").json().get("items")) {
            gets.add("/api/v1/nutrients/" + nutrient.get("slug").asString());
        }
        for (int row = 1; row <= table.size(); row++) {
            gets.add("/api/v1/interactions/" + row);
        }
        medicines.stream().filter(m -> m.matches("[A-Z0-9]+")).forEach(code -> gets.add("/api/v1/interactions?atc=" + code));
        for (String path : gets) {
            record(answers, "GET " + path, http.get(path));
        }

        List<String[]> posts = new ArrayList<>();
        for (String operation : List.of("checkDoses", "buildRegimen", "checkInteractions")) {
            posts.add(new String[] {path(operation), Files.readString(Path.of("src/test/resources/openapi/requests/" + operation + ".json")).strip()});
        }
        Random random = new Random(9);
        for (int i = 0; i < 260; i++) {
            posts.add(new String[] {"/api/v1/dose-checks", doseCheck(random, nutrients)});
        }
        for (int i = 0; i < 40; i++) {
            posts.add(new String[] {"/api/v1/regimens", "{\"guidelines\":" + guidelines(random) + "}"});
        }
        for (int i = 0; i < 80; i++) {
            posts.add(new String[] {"/api/v1/interaction-checks", interactionCheck(random, nutrients, medicines)});
        }
        for (String[] post : posts) {
            for (String language : List.of("nl", "en")) {
                record(answers, "POST " + post[0] + " " + language + " " + post[1], http.post(post[0], post[1], language));
            }
        }

        String served = answers.toString();
        if (Boolean.getBoolean("answers.snapshot.update")) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
        }
        String snapshot = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
        assertThat(served.lines().toList())
                .as("the answers differ from %s; if the change is intended, regenerate it with "
                        + "./mvnw -B test -Dtest=AnswerSnapshotTest -Danswers.snapshot.update=true and commit it", SNAPSHOT)
                .containsExactlyElementsOf(snapshot.lines().toList());
    }

    private static void record(StringBuilder answers, String request, Http.Response response) {
        // The request id is new on every request; everything else must be the same.
        String body = response.text().replaceAll("\"requestId\":\"[0-9a-f]+\"", "\"requestId\":\"...\"");
        answers.append("### ").append(request).append('\n').append(response.status()).append(' ').append(body).append('\n');
    }

    private static String path(String operation) {
        return switch (operation) {
            case "checkDoses" -> "/api/v1/dose-checks";
            case "buildRegimen" -> "/api/v1/regimens";
            default -> "/api/v1/interaction-checks";
        };
    }

    /** One to three guidelines in random order, now and then one repeated or unknown. */
    private static String guidelines(Random random) {
        List<String> chosen = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        List<String> pool = new ArrayList<>(GUIDELINES);
        java.util.Collections.shuffle(pool, random);
        chosen.addAll(pool.subList(0, count));
        if (random.nextInt(12) == 0) {
            chosen.add(chosen.get(0));
        }
        if (random.nextInt(15) == 0) {
            chosen.add("geen-richtlijn");
        }
        return quoted(chosen);
    }

    private static String doseCheck(Random random, List<String> nutrients) {
        List<String> intakes = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        String repeated = pick(random, nutrients);
        for (int i = 0; i < count; i++) {
            String nutrient = random.nextInt(3) == 0 ? repeated : random.nextInt(25) == 0 ? "onbekend" : pick(random, nutrients);
            String amount = random.nextInt(3) == 0
                    ? "\"dose\":\"" + pick(random, WORDINGS) + "\""
                    : "\"amount\":" + pick(random, AMOUNTS) + ",\"unit\":\"" + pick(random, UNITS) + "\"";
            intakes.add("{\"nutrient\":\"" + nutrient + "\"," + amount + "}");
        }
        return "{\"guidelines\":" + guidelines(random) + ",\"intakes\":[" + String.join(",", intakes) + "]}";
    }

    private static String interactionCheck(Random random, List<String> nutrients, List<String> medicines) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
            chosen.add(pick(random, medicines));
        }
        String about = switch (random.nextInt(3)) {
            case 0 -> "\"guideline\":\"" + pick(random, GUIDELINES) + "\"";
            case 1 -> "\"regimen\":{\"guidelines\":" + guidelines(random) + "}";
            default -> {
                List<String> some = new ArrayList<>();
                for (int i = 0, count = 1 + random.nextInt(4); i < count; i++) {
                    some.add(random.nextInt(20) == 0 ? "onbekend" : pick(random, nutrients));
                }
                yield "\"nutrients\":" + quoted(some);
            }
        };
        return "{\"medicines\":" + quoted(chosen) + "," + about + "}";
    }

    private static String quoted(List<String> texts) {
        return "[" + String.join(",", texts.stream().map(text -> "\"" + text + "\"").toList()) + "]";
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
