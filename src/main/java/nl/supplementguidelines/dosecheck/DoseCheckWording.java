package nl.supplementguidelines.dosecheck;

import nl.supplementguidelines.dose.Amount;
import nl.supplementguidelines.dose.DoseFormatter;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.IntakeResult;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.Verdict;
import nl.supplementguidelines.guideline.GuidelineSource;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.language.Localized;
import nl.supplementguidelines.language.Wording;
import nl.supplementguidelines.nutrient.NutrientInfo;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The words of a dose check, from the message bundles, in the language asked for. */
@Component
class DoseCheckWording {

    private final Wording wording;

    DoseCheckWording(Wording wording) {
        this.wording = wording;
    }

    /** An intake (or a total) against a guideline's dose, citing the row and when the guideline last changed. */
    String guidelineCheck(GuidelineVerdict verdict, Amount intake, NutrientInfo nutrient, boolean total, Language language) {
        String converted = verdict.converted() ? wording.in(language, "dosecheck.converted", DoseFormatter.format(verdict.intakeInCommonUnit(), language)) : "";
        GuidelineSource guideline = verdict.dose().guideline();
        return wording.in(language, total ? "dosecheck.check.total" : "dosecheck.check.intake", DoseFormatter.format(intake, language), converted,
                nutrient.nameIn(language), wording.in(language, "dosecheck.verdict." + verdict.verdict()), guideline.title(),
                verdict.dose().dose().sourceText(), verdict.dose().position(), date(guideline));
    }

    String notInGuideline(NutrientInfo nutrient, GuidelineSource guideline, Language language) {
        return wording.in(language, "dosecheck.notInGuideline", nutrient.nameIn(language), guideline.title(), date(guideline));
    }

    /** What a level check is about: "The intake (30 mg)", "The total intake (45 mg)". */
    Localized subject(Amount intake, boolean total) {
        return language -> wording.in(language, total ? "dosecheck.subject.total" : "dosecheck.subject.intake", DoseFormatter.format(intake, language));
    }

    String noLevels(NutrientInfo nutrient, String summary, Language language) {
        return wording.in(language, "dosecheck.noLevels", nutrient.nameIn(language), summary);
    }

    String summary(List<IntakeResult> results, int missing, Language language) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        results.forEach(r -> r.guidelineChecks().forEach(c -> counts.merge(c.verdict(), 1, Integer::sum)));
        long aboveLevel = results.stream().filter(r -> Boolean.FALSE.equals(r.referenceLevels().passes())).count();
        return wording.in(language, "dosecheck.summary", results.size(), counts.getOrDefault(Verdict.BELOW, 0), counts.getOrDefault(Verdict.WITHIN, 0),
                counts.getOrDefault(Verdict.ABOVE, 0), counts.getOrDefault(Verdict.NOT_IN_GUIDELINE, 0), aboveLevel, missing);
    }

    private static String date(GuidelineSource guideline) {
        return guideline.lastModified().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
