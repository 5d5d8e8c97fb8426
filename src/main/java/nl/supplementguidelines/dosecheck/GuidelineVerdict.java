package nl.supplementguidelines.dosecheck;

import nl.supplementguidelines.dose.Amount;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.dose.UnitConversion;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.Verdict;
import nl.supplementguidelines.guideline.RecommendedDose;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** An amount against a guideline's daily dose, both in the unit they are best compared in: numbers, no words. */
record GuidelineVerdict(RecommendedDose dose, Verdict verdict, Amount intakeInCommonUnit, DoseRange doseInCommonUnit, boolean converted) {

    static GuidelineVerdict of(Amount intake, RecommendedDose dose, @Nullable BigDecimal iuPerMicrogram) {
        DoseUnit common = UnitConversion.commonUnit(intake.unit(), dose.dose().unit());
        Amount amount = intake.in(common, iuPerMicrogram);
        DoseRange range = dose.dose().in(common, iuPerMicrogram);
        Verdict verdict;
        if (range.minimum() != null && amount.value().compareTo(range.minimum()) < 0) {
            verdict = Verdict.BELOW;
        } else if (range.maximum() != null && amount.value().compareTo(range.maximum()) > 0) {
            verdict = Verdict.ABOVE;
        } else {
            verdict = Verdict.WITHIN;
        }
        return new GuidelineVerdict(dose, verdict, amount, range, common != intake.unit());
    }
}
