package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.Amount;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.dose.IncompatibleUnits;
import nl.supplementguidelines.dose.UnitConversion;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One reference level as a value: the amount as a real {@link Amount}, so comparisons never parse a view back. It
 * compares itself with a dose and answers with numbers only; the words are written from them (see {@link LevelWording}).
 */
public record Level(int row, ReferenceLevelKind kind, Amount amount, String amountText, String population, String body, String citation) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    static Level of(ReferenceLevel level) {
        return new Level(level.getPosition(), level.getKind(), new Amount(level.getAmount(), level.getUnit()), level.getAmountText(),
                level.getPopulation(), level.getBody(), level.getCitation());
    }

    /** The row as the API shows it. */
    public ReferenceLevelView view() {
        return new ReferenceLevelView(row, kind, kind.fullName(), kind.definition(), amount.value(), amount.unit().ucumCode(),
                amount.unit().symbol(), "d", amountText, population, body, citation);
    }

    /** A dose against this level, both in the unit they are best compared in. */
    LevelVerdict compare(DoseRange dose, @Nullable BigDecimal iuPerMicrogram) {
        DoseUnit common = UnitConversion.commonUnit(dose.unit(), amount.unit());
        BigDecimal limit;
        DoseRange inCommon;
        try {
            limit = amount.in(common, iuPerMicrogram).value();
            inCommon = dose.in(common, iuPerMicrogram);
        } catch (IncompatibleUnits incompatible) {
            return new LevelVerdict(this, LevelComparison.Verdict.NOT_COMPARABLE, dose.unit(), dose.minimum(), dose.maximum(), amount.value(),
                    false, incompatible.getMessage());
        }
        BigDecimal min = inCommon.minimum();
        BigDecimal max = inCommon.maximum();
        boolean fixed = min != null && max != null && min.compareTo(max) == 0;
        LevelComparison.Verdict verdict;
        if (min != null && min.compareTo(limit) > 0) {
            verdict = LevelComparison.Verdict.ABOVE;
        } else if (max == null) {
            verdict = LevelComparison.Verdict.OPEN_ENDED;
        } else if (max.compareTo(limit) > 0) {
            verdict = LevelComparison.Verdict.PARTLY_ABOVE;
        } else {
            verdict = LevelComparison.Verdict.AT_OR_BELOW;
        }
        return new LevelVerdict(this, verdict, common, min, max, limit, fixed, null);
    }

    /** A part of the level as a percentage, rounded to 0.1. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return UnitConversion.plain(part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP));
    }

    /**
     * The body as it reads inside our own brackets: the source writes one body as "(peer-reviewed risk assessment)",
     * which would otherwise come out doubled.
     */
    String bodyName() {
        return body.length() > 1 && body.startsWith("(") && body.endsWith(")") ? body.substring(1, body.length() - 1) : body;
    }
}
