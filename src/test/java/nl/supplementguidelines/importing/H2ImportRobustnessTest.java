package nl.supplementguidelines.importing;

import nl.supplementguidelines.support.EditingApiTest;
import nl.supplementguidelines.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Sheets written for the purpose: variations of the layout give a draft with findings, never a 500, and nothing is dropped unsaid. */
@EditingApiTest
class H2ImportRobustnessTest extends ImportApiContractBase {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Findings that place a line's words in the draft (others are structure, or say the words are not kept). */
    private static final Set<String> PLACED = Set.of("import.read.intro", "import.read.effect", "import.read.effectContinued", "import.read.footnote",
            "import.read.footnoteContinued", "import.read.related", "import.read.point", "import.read.pointContinued", "import.read.nutrient", "import.read.title",
            "import.read.dose");

    @ParameterizedTest
    @ValueSource(strings = {"/source/suppletierichtlijn-leaky-gut.txt", "/importing/more-rows.txt", "/importing/three-dots.txt", "/importing/tot-range.txt",
            "/importing/missing-section.txt", "/importing/row-without-dots.txt", "/importing/lone-dot.txt", "/importing/other-order.txt"})
    void everyLineOfEverySheetEndsUpInTheDraftOrInAFinding(String sheet) {
        String text = resource(sheet);
        Response imported = importSheet(slug(sheet), text);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        String draft = imported.json().get("document").toString().toLowerCase(Locale.ROOT);
        String[] lines = text.split("\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            if (lines[number - 1].isBlank()) {
                continue;
            }
            List<JsonNode> findings = findingsOf(imported, number);
            assertThat(findings).as("%s line %d: %s", sheet, number, lines[number - 1]).isNotEmpty();
            assertThat(findings.get(0).get("text").asString()).isEqualTo(lines[number - 1].stripTrailing());
            if (findings.stream().allMatch(f -> "READ".equals(f.get("kind").asString()) && PLACED.contains(f.get("code").asString()))) {
                Matcher words = WORD.matcher(lines[number - 1].toLowerCase(Locale.ROOT));
                while (words.find()) {
                    assertThat(draft).as("%s line %d: word '%s' is in the draft", sheet, number, words.group()).contains(words.group());
                }
            }
        }
    }

    @Test
    void moreRowsAreReadAndAnUnknownOrRepeatedNutrientIsAFindingNotAnInvention() {
        Response imported = importSheet("import-more-rows", resource("/importing/more-rows.txt"));

        assertThat(recommendations(imported)).containsExactly("probiotica", "l-glutamine", "colostrum", "vitamine-d", "zink", "prebiotica", "lactoferrine");
        assertThat(codes(imported, "NOT_UNDERSTOOD")).contains("import.row.unknownNutrient", "import.row.duplicateNutrient", "import.row.leftOut");
        assertThat(message(imported, "import.row.unknownNutrient")).contains("Magnesium");
    }

    @Test
    void threeDotsAreNotOnTheScaleSoTheRowIsLeftOutWithAFinding() {
        Response imported = importSheet("import-three-dots", resource("/importing/three-dots.txt"));

        assertThat(recommendations(imported)).containsExactly("vitamine-d");
        assertThat(message(imported, "import.row.evidenceNotOnScale")).contains("3 dots").contains("[1, 2]");
    }

    @Test
    void aRangeWithTotAndADecimalCommaAreReadInDutch() {
        Response imported = importSheet("import-tot", resource("/importing/tot-range.txt"));

        assertThat(recommendations(imported)).containsExactly("zink", "vitamine-d");
        assertThat(imported.json().get("findings").valueStream().filter(f -> f.get("code").asString().equals("import.read.dose"))
                .map(f -> f.get("message").get("en").asString()))
                .containsExactly("Daily dose \"10 tot 20 mg\": RANGE, minimum 10, maximum 20, unit mg, per day; evidence: 2 dots.",
                        "Daily dose \"2,5 mcg\": FIXED, minimum 2.5, maximum 2.5, unit ug, per day; evidence: 1 dots.");
        assertThat(codes(imported, "ASSUMED")).contains("import.dose.dutchNumbers");
    }

    @Test
    void aMissingSectionLeavesItsPartEmptyAndAMarkerWithoutItsFootnoteIsAFinding() {
        Response imported = importSheet("import-missing", resource("/importing/missing-section.txt"));

        JsonNode document = imported.json().get("document");
        assertThat(document.get("relatedGuidelines")).isEmpty();
        assertThat(document.get("footnotes")).isEmpty();
        assertThat(document.get("recommendations").get(0).get("doseFootnote").isNull()).isTrue();
        assertThat(document.get("recommendations").get(0).get("dose").get("wording").asString()).isEqualTo("Minimaal 1x10⁹ cfu");
        assertThat(codes(imported, "NOT_UNDERSTOOD")).contains("import.dose.footnoteMissing", "import.intro.listNotSplit");
        assertThat(document.get("causes")).isEmpty();
    }

    @Test
    void aRowWithoutDotsIsLeftOutWithAFinding() {
        Response imported = importSheet("import-no-dots", resource("/importing/row-without-dots.txt"));

        assertThat(recommendations(imported)).containsExactly("zink");
        assertThat(codes(imported, "NOT_UNDERSTOOD")).contains("import.row.noEvidence");
    }

    @Test
    void aLoneDotLineJoinsTheDoseAboveWithoutDotsAndIsFlaggedElsewhere() {
        Response imported = importSheet("import-lone-dot", resource("/importing/lone-dot.txt"));

        assertThat(recommendations(imported)).containsExactly("prebiotica", "zink");
        assertThat(imported.json().get("document").get("recommendations").get(0).get("evidence").asInt()).isEqualTo(1);
        assertThat(findingsOf(imported, 10)).extracting(f -> f.get("code").asString()).containsExactly("import.row.loneDotsJoined");
        assertThat(findingsOf(imported, 15)).extracting(f -> f.get("code").asString()).containsExactly("import.row.loneDots");
    }

    @Test
    void sectionsInAnotherOrderAreStillRead() {
        JsonNode document = importSheet("import-other-order", resource("/importing/other-order.txt")).json().get("document");
        JsonNode seed = importSheet("import-seed-order", leakyGut()).json().get("document");

        for (String part : List.of("recommendations", "attentionPoints", "relatedGuidelines", "footnotes", "causes", "relatedConditions", "description")) {
            assertThat(document.get(part)).as(part).isEqualTo(seed.get(part));
        }
    }

    @Test
    void windowsLineEndsReadAsTheSameDraft() {
        JsonNode unix = importSheet("import-lf", leakyGut()).json();
        JsonNode windows = importSheet("import-crlf", leakyGut().replace("\n", "\r\n")).json();

        assertThat(((tools.jackson.databind.node.ObjectNode) windows.get("document")).put("slug", "x"))
                .isEqualTo(((tools.jackson.databind.node.ObjectNode) unix.get("document")).put("slug", "x"));
        assertThat(windows.get("findings").size()).isEqualTo(unix.get("findings").size());
    }

    private static String slug(String resource) {
        return "import-" + resource.replaceAll(".*/", "").replace(".txt", "").replaceAll("[^a-z0-9]+", "-") + "-" + Integer.toHexString(resource.hashCode());
    }

    static List<JsonNode> findingsOf(Response imported, int line) {
        return imported.json().get("findings").valueStream().filter(f -> f.get("line").asInt() == line).toList();
    }

    static List<String> recommendations(Response imported) {
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        return imported.json().get("document").get("recommendations").valueStream().map(r -> r.get("nutrient").asString()).toList();
    }

    static Set<String> codes(Response imported, String kind) {
        Set<String> codes = new HashSet<>();
        imported.json().get("findings").valueStream().filter(f -> kind.equals(f.get("kind").asString())).forEach(f -> codes.add(f.get("code").asString()));
        return codes;
    }

    static String message(Response imported, String code) {
        return imported.json().get("findings").valueStream().filter(f -> code.equals(f.get("code").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + code + " in " + imported.text())).get("message").get("en").asString();
    }
}
