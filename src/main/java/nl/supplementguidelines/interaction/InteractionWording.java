package nl.supplementguidelines.interaction;

import nl.supplementguidelines.interaction.InteractionCheckResponse.MedicineView;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.language.Localized;
import nl.supplementguidelines.language.Text;
import nl.supplementguidelines.language.Wording;
import nl.supplementguidelines.nutrient.NutrientInfo;
import org.springframework.stereotype.Component;

/** The words of the interaction resources and checks, from the message bundles. */
@Component
class InteractionWording {

    private final Wording wording;

    InteractionWording(Wording wording) {
        this.wording = wording;
    }

    /** A nutrient's documented interactions, in both languages (the nutrient resource serves both). */
    Text nutrientSummary(long count) {
        return count == 0 ? wording.both("interactions.noneKnown") : wording.both("interactions.known", count);
    }

    /** A filtered list in both languages; {@code filter} names what was filtered on, empty when nothing. */
    Text listSummary(int count, Localized filter) {
        boolean filtered = !filter.in(Language.NL).isEmpty();
        if (count == 0) {
            return filtered ? wording.both("interactions.list.noneFor", filter) : wording.both("interactions.list.none");
        }
        return filtered ? wording.both("interactions.list.foundFor", count, filter) : wording.both("interactions.list.found", count);
    }

    String checkSummary(int interactions, int nutrients, int medicines, Language language) {
        return wording.in(language, "interactions.check.summary", interactions, nutrients, medicines);
    }

    String nutrientResult(NutrientInfo nutrient, int rows, int matches, Language language) {
        String name = nutrient.nameIn(language);
        if (rows == 0) {
            return wording.in(language, "interactions.nutrient.noneKnown", name);
        }
        if (matches == 0) {
            return wording.in(language, "interactions.nutrient.noneForThese", name, nutrient.slug());
        }
        return wording.in(language, "interactions.nutrient.found", name, matches);
    }

    /** Why a row applies to a medicine given, with the source's advice (or that it gives none) and the row's sources. */
    String match(InteractionView row, MedicineView medicine, String code, String groupCode, Language language) {
        String sources = String.join(", ", row.sources().stream().map(InteractionView.SourceView::code).toList());
        String advice = row.adviceGiven() ? wording.in(language, "interactions.advice", row.advice()) : wording.in(language, "interactions.noAdvice");
        String under = code.equals(groupCode) ? groupCode : wording.in(language, "interactions.fallsUnder", code, groupCode);
        return wording.in(language, "interactions.match", row.nutrientAsWritten(), medicine.input(), under, row.medicineGroup(), row.effect(),
                advice, sources, row.row());
    }
}
