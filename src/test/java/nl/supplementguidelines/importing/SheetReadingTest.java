package nl.supplementguidelines.importing;

import nl.supplementguidelines.nutrient.NutrientCategory;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientNames;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reading without the database: its work grows linearly with the text (counted, not timed) and its bounds come first. */
class SheetReadingTest {

    private static final NutrientNames CATALOGUE = NutrientNames.of(List.of(
            new NutrientInfo(1, "probiotica", "Probiotica", "Probiotics", NutrientCategory.PROBIOTIC, null),
            new NutrientInfo(2, "zink", "Zink", "Zinc", NutrientCategory.MINERAL, null)));

    @Test
    void theWorkGrowsLinearlyWithTheSheet() throws IOException {
        long once = read(sheet(15)).steps();
        long tenTimes = read(sheet(150)).steps();

        assertThat(tenTimes).as("steps for 10x the sheet, against %d for 1x", once).isBetween(8 * once, 12 * once);
    }

    @Test
    void aSheetOverTheLineBoundIsRefusedBeforeAnyLineIsRead() {
        assertThatThrownBy(() -> read("Suppletierichtlijn X\n" + "x\n".repeat(100_000)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONTENT_TOO_LARGE));
        assertThatThrownBy(() -> read("x".repeat(10 * 1024 * 1024)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONTENT_TOO_LARGE));
    }

    @Test
    void theFlattenedPowerIsReadAsTenToTheNinthAndFlagged() {
        SheetReading reading = read(sheet(1));

        assertThat(reading.document().orElseThrow().recommendations().get(0).dose().wording()).isEqualTo("Minimaal 1x10⁹ cfu");
        assertThat(reading.notes()).anySatisfy(note -> {
            assertThat(note.code()).isEqualTo("import.dose.flattenedPower");
            assertThat(note.kind()).isEqualTo(FindingKind.ASSUMED);
        });
    }

    /** A sheet with {@code rows} table rows, intro sentences and attention points (rows after the first repeat a nutrient). */
    private static String sheet(int rows) {
        StringBuilder text = new StringBuilder("Suppletierichtlijn Test\n");
        for (int i = 0; i < rows; i++) {
            text.append("Er is sprake van een testaandoening met de stoornis ").append(i).append(".\n\n");
        }
        text.append("Nutriënten Richtlijn voor\ndagdosering\n\nBewijskracht\n");
        for (int i = 0; i < rows; i++) {
            text.append(i % 2 == 0 ? "Probiotica: multi-strain\n" : "Zink\n").append("Helpt de darm te ondersteunen en ook\n\nde darmwand\n")
                    .append(i % 2 == 0 ? "Minimaal 1x109 cfu* ● ●\n\n" : "1.500-3.000 mg ●\n\n");
        }
        text.append("*  cfu = colony forming units.\n\nGerelateerde suppletierichtlijnen\n• Dysbiose\n Aandachtspunten\n");
        for (int i = 0; i < rows; i++) {
            text.append("• Per individu kan de dosering van zink verschillen, zie tabel 1 en \n\nnog een regel\n");
        }
        return text.toString();
    }

    private static SheetReading read(String text) {
        return SheetReading.of("test", text.getBytes(StandardCharsets.UTF_8), CATALOGUE, Set.of(1, 2), SheetImport.typos(), (key, arguments) -> key);
    }
}
