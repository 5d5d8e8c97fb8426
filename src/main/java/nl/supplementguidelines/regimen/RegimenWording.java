package nl.supplementguidelines.regimen;

import nl.supplementguidelines.dose.DoseFormatter;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.guideline.RecommendedDose;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.language.Localized;
import nl.supplementguidelines.language.Wording;
import org.springframework.stereotype.Component;

import java.util.List;

/** The words of a regimen, from the message bundles, in the language asked for. */
@Component
class RegimenWording {

    private final Wording wording;

    RegimenWording(Wording wording) {
        this.wording = wording;
    }

    /** The line's doses as the guidelines give them: "Leaky gut 15-30 g (row 1); Fixture sport max. 10 g (row 3)". */
    String sources(List<RecommendedDose> doses, Language language) {
        return String.join("; ", doses.stream()
                .map(d -> wording.in(language, "regimen.source", d.guideline().title(), d.dose().sourceText(), d.position())).toList());
    }

    String line(String key, String nutrient, String sources, Language language, Object... more) {
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = nutrient;
        arguments[1] = sources;
        System.arraycopy(more, 0, arguments, 2, more.length);
        return wording.in(language, key, arguments);
    }

    /** What a regimen line's level check is about: "The plan's daily dose (15-20 mg)". */
    Localized subject(DoseRange dose) {
        return language -> wording.in(language, "regimen.subject", DoseFormatter.format(dose, language));
    }

    String summary(int lines, int guidelines, long conflicts, long aboveLevel, Language language) {
        return wording.in(language, "regimen.summary", lines, guidelines, conflicts, aboveLevel);
    }
}
