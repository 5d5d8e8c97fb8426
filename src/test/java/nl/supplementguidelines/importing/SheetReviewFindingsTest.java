package nl.supplementguidelines.importing;

import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineDocument.RecommendationInput;
import nl.supplementguidelines.nutrient.NutrientCategory;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientNames;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Sheets that broke the reading in review: each is read without the database, on the findings and the document made. */
class SheetReviewFindingsTest {

    private static final NutrientNames CATALOGUE = NutrientNames.of(List.of(
            new NutrientInfo(1, "probiotica", "Probiotica", "Probiotics", NutrientCategory.PROBIOTIC, null),
            new NutrientInfo(2, "zink", "Zink", "Zinc", NutrientCategory.MINERAL, null),
            new NutrientInfo(3, "colostrum", "Colostrum", "Colostrum", NutrientCategory.PROTEIN, null),
            new NutrientInfo(4, "vitamine-d", "Vitamine D", "Vitamin D", NutrientCategory.VITAMIN, null)));
    private static final String HEAD = "Suppletierichtlijn Test\nEr is sprake van een testaandoening.\n\nNutriënten Richtlijn voor\ndagdosering\nBewijskracht\n";

    @Test
    void aRowWhoseDoseIsUnreadableEndsAtTheNextNutrientInsteadOfSwallowingIt() {
        SheetReading reading = read(HEAD + "Zink\nModuleert tight junctions\n15-20 mg (als citraat)\n● ●\nColostrum\nVerlaagt de darmpermeabiliteit\n500 mg ● ●\n");

        assertThat(recommendations(reading)).extracting(RecommendationInput::nutrient).containsExactly("colostrum");
        assertThat(recommendations(reading).get(0).effects()).containsExactly("Verlaagt de darmpermeabiliteit");
        assertThat(codes(reading, 7)).containsExactly("import.row.noDose");
        assertThat(codes(reading, 11)).containsExactly("import.read.nutrient");
    }

    @Test
    void aRowLeftOutHasNoReadFindingsOnItsEffects() {
        SheetReading reading = read(HEAD + "Zink\nModuleert tight junctions\n15-20 mg\n");

        assertThat(recommendations(reading)).isEmpty();
        assertThat(codes(reading, 8)).containsExactly("import.row.leftOut");
    }

    @Test
    void timesAHundredOrAThousandIsNoFlattenedPowerAndAnUpperCaseXIs() {
        SheetReading reading = read(HEAD + "Zink\nHelpt\n2x100 mg ● ●\nVitamine D\nHelpt\n3 x 1000 IE ●\nProbiotica\nHelpt\nMinimaal 1X109 cfu ● ●\n");

        assertThat(reading.notes()).filteredOn(note -> note.code().equals("import.dose.flattenedPower")).extracting(Note::line).containsExactly(15);
        assertThat(recommendations(reading)).extracting(r -> r.dose().wording()).doesNotContain("2x10⁰ mg", "3 x10⁰⁰ IE", "3x10⁰⁰ IE")
                .contains("Minimaal 1x10⁹ cfu");
    }

    @Test
    void aLineOfTheIntroStartingWithNutrientenIsKeptInTheDescription() {
        SheetReading reading = read("Suppletierichtlijn Test\nNutriënten uit de voeding spelen een rol bij deze aandoening.\n\nNutriënten Richtlijn voor\n"
                + "dagdosering\nBewijskracht\nZink\nHelpt\n15-20 mg ● ●\n");

        assertThat(reading.document().orElseThrow().description()).contains("Nutriënten uit de voeding spelen een rol");
        assertThat(codes(reading, 2)).containsExactly("import.read.intro");
        assertThat(codes(reading, 4)).containsExactly("import.read.tableHeader");
    }

    @Test
    void aLeadingByteOrderMarkAndNonBreakingSpacesAreBlanks() {
        SheetReading reading = read("\uFEFFSuppletierichtlijn Test\u00A0\nEr is sprake van een testaandoening.\n\u00A0\u2007\n");

        assertThat(reading.document().orElseThrow().title()).isEqualTo("Test");
        assertThat(reading.notes()).noneMatch(note -> note.line() == 3);
    }

    @Test
    void theAnswerGrowsLinearlyWithASheetThatIsOneLongListSentence() {
        long small = size(read(oneSentence(200)));
        long large = size(read(oneSentence(2000)));

        assertThat(large).as("findings' size for 2000 lines, against %d for 200", small).isLessThan(14 * small);
    }

    @Test
    void aSplitListIsFlaggedOnEveryLineItSpans() {
        SheetReading reading = read("Suppletierichtlijn Test\nEr is sprake van een testaandoening.\nDe oorzaken zijn divers, waaronder stress,\n"
                + "voeding en\nmedicijnen.\n");

        for (int line = 3; line <= 5; line++) {
            assertThat(codes(reading, line)).as("line %d", line).contains("import.intro.causes");
        }
        assertThat(reading.document().orElseThrow().causes()).containsExactly("stress", "voeding", "medicijnen");
    }

    @Test
    void anAdversarialSentenceOf64KbIsReadAndItsListsFound() {
        StringBuilder text = new StringBuilder("Suppletierichtlijn Test\n");
        for (int i = 0; i < 16; i++) {
            text.append("oorzaken gerelateerd aan sprake van ".repeat(50)).append(" ".repeat(1000)).append(" (bijv.").append(" ".repeat(800)).append('\n');
        }
        text.append("Er is sprake van een testaandoening.\n");

        SheetReading reading = read(text.toString());

        assertThat(reading.document()).isPresent();
        assertThat(reading.document().orElseThrow().description()).contains("testaandoening");
    }

    @Test
    void relatedConditionsKeepTheirExamplesInTheLastBrackets() {
        assertThat(IntroReader.condition("darmziekten (bijv. IBD, coeliakie)"))
                .isEqualTo(new GuidelineDocument.RelatedConditionInput("darmziekten", List.of("IBD", "coeliakie")));
        assertThat(IntroReader.condition("eczeem    ").examples()).isEmpty();
        assertThat(IntroReader.condition("a (b) (zoals c en d)"))
                .isEqualTo(new GuidelineDocument.RelatedConditionInput("a (b)", List.of("c", "d")));
    }

    @Test
    void aStarBulletUnderAttentionPointsIsAPointNotAFootnote() {
        SheetReading reading = read(HEAD + "Zink\nHelpt\n15-20 mg ● ●\nAandachtspunten\n* Neem zink bij de maaltijd.\n");

        assertThat(reading.document().orElseThrow().attentionPoints()).extracting(GuidelineDocument.AttentionPointInput::text)
                .containsExactly("Neem zink bij de maaltijd.");
        assertThat(reading.document().orElseThrow().footnotes()).isEmpty();
    }

    @Test
    void aDecimalPointAfterZeroIsNotFlaggedAsThousands() {
        SheetReading reading = read(HEAD + "Zink\nHelpt\n0.125 mg ● ●\nVitamine D\nHelpt\n1.500 IE ●\n");

        assertThat(reading.notes()).filteredOn(note -> note.code().equals("import.dose.dutchNumbers")).extracting(Note::line).containsExactly(12);
    }

    /** A sheet whose intro is one sentence over {@code lines} lines: a lead-in over all but the last, then a list. */
    private static String oneSentence(int lines) {
        StringBuilder text = new StringBuilder("Suppletierichtlijn Test\nEr is sprake van een testaandoening.\nDe oorzaken\n");
        for (int i = 0; i < lines - 5; i++) {
            text.append("zijn er velerlei en zeer uiteenlopend van aard\n");
        }
        text.append("waaronder stress, voeding en medicijnen.\n");
        return text.toString();
    }

    private static long size(SheetReading reading) {
        return reading.notes().stream().mapToLong(note -> note.code().length() + note.arguments().stream().mapToLong(a -> a.toString().length()).sum()).sum();
    }

    private static List<RecommendationInput> recommendations(SheetReading reading) {
        return reading.document().orElseThrow().recommendations();
    }

    private static List<String> codes(SheetReading reading, int line) {
        return reading.notes().stream().filter(note -> note.line() == line).map(Note::code).toList();
    }

    private static SheetReading read(String text) {
        return SheetReading.of("test", text.getBytes(StandardCharsets.UTF_8), CATALOGUE, Set.of(1, 2), SheetImport.typos(), (key, arguments) -> key);
    }
}
