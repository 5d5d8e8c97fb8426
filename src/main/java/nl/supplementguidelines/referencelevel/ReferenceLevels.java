package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.Amount;
import nl.supplementguidelines.dose.DoseFormatter;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.dose.IncompatibleUnits;
import nl.supplementguidelines.dose.UnitConversion;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.language.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference levels of nutrients, and the comparison of a dose or an intake against them. Comparisons are
 * computed, never stored: they always follow the current levels and doses.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceLevels {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** Said once wherever a UL is compared: the UL is about total intake, not only the supplement. */
    public static final Text UL_COVERS_ALL_SOURCES = new Text(
            "De UL geldt voor de inname uit alle bronnen samen (voeding en supplementen): voeding telt mee.",
            "The UL covers intake from all sources (food and supplements), so food counts too.");

    private final ReferenceLevelRepository levels;
    private final ReferenceLevelNoteRepository notes;

    ReferenceLevels(ReferenceLevelRepository levels, ReferenceLevelNoteRepository notes) {
        this.levels = levels;
        this.notes = notes;
    }

    public NutrientLevels forNutrient(long nutrientId) {
        return forNutrients(Set.of(nutrientId)).get(nutrientId);
    }

    /** The levels of each of these nutrients; every id is a key, with NONE_SET_IN_OUR_SOURCES where there are none. */
    public Map<Long, NutrientLevels> forNutrients(Collection<Long> nutrientIds) {
        Map<Long, List<ReferenceLevelView>> byNutrient = new HashMap<>();
        Map<Long, List<ReferenceNoteView>> notesByNutrient = new HashMap<>();
        if (!nutrientIds.isEmpty()) {
            levels.findByNutrientIdInOrderByPosition(nutrientIds)
                    .forEach(level -> byNutrient.computeIfAbsent(level.getNutrientId(), id -> new ArrayList<>()).add(ReferenceLevelView.of(level)));
            notes.findByNutrientIdInOrderById(nutrientIds)
                    .forEach(note -> notesByNutrient.computeIfAbsent(note.getNutrientId(), id -> new ArrayList<>()).add(ReferenceNoteView.of(note)));
        }
        Map<Long, NutrientLevels> result = new HashMap<>();
        for (Long id : nutrientIds) {
            result.put(id, NutrientLevels.of(byNutrient.getOrDefault(id, List.of()), notesByNutrient.getOrDefault(id, List.of())));
        }
        return result;
    }

    /**
     * A dose against every level of its nutrient.
     *
     * @param subject        what is compared, in words ("the dose of guideline Leaky gut (15-30 g)")
     * @param iuPerMicrogram the nutrient's IU factor, or null
     */
    public static LevelCheck check(NutrientLevels nutrientLevels, DoseRange dose, Text subject, BigDecimal iuPerMicrogram) {
        if (nutrientLevels.levels().isEmpty()) {
            return new LevelCheck(LevelCheck.Status.NONE_SET_IN_OUR_SOURCES, null, NutrientLevels.NONE_SET, List.of(), nutrientLevels.notes());
        }
        List<LevelComparison> comparisons = nutrientLevels.levels().stream()
                .map(level -> compare(level, dose, subject, iuPerMicrogram))
                .toList();
        return summarise(comparisons, nutrientLevels.notes());
    }

    /** An intake of one amount against every level of its nutrient. */
    public static LevelCheck check(NutrientLevels nutrientLevels, Amount intake, Text subject, BigDecimal iuPerMicrogram) {
        return check(nutrientLevels, DoseRange.fixed(intake.value(), intake.unit(), "intake"), subject, iuPerMicrogram);
    }

    /** Whether every level of the nutrient can be compared with an amount in this unit. */
    public static boolean comparable(NutrientLevels nutrientLevels, DoseUnit unit, BigDecimal iuPerMicrogram) {
        return nutrientLevels.levels().stream().allMatch(level -> UnitConversion.convertible(unit, level.doseUnit(), iuPerMicrogram));
    }

    private static LevelCheck summarise(List<LevelComparison> comparisons, List<ReferenceNoteView> notes) {
        LevelCheck check = verdictOf(comparisons, notes);
        if (comparisons.stream().anyMatch(c -> c.level().kind() == ReferenceLevelKind.UL)) {
            return new LevelCheck(check.status(), check.passes(), check.summary().append(UL_COVERS_ALL_SOURCES), comparisons, notes);
        }
        return check;
    }

    private static LevelCheck verdictOf(List<LevelComparison> comparisons, List<ReferenceNoteView> notes) {
        boolean exceeds = comparisons.stream().anyMatch(c -> c.verdict() == LevelComparison.Verdict.ABOVE || c.verdict() == LevelComparison.Verdict.PARTLY_ABOVE);
        boolean notComparable = comparisons.stream().anyMatch(c -> c.verdict() == LevelComparison.Verdict.NOT_COMPARABLE);
        boolean openEnded = comparisons.stream().anyMatch(c -> c.verdict() == LevelComparison.Verdict.OPEN_ENDED);
        if (exceeds) {
            // Name the levels exceeded: a level for children says nothing about an adult, so the reader must see whose it is.
            List<String> exceeded = comparisons.stream()
                    .filter(c -> c.verdict() == LevelComparison.Verdict.ABOVE || c.verdict() == LevelComparison.Verdict.PARTLY_ABOVE)
                    .map(c -> c.level().kind() + " " + c.level().amountText() + " (" + bodyName(c.level().body()) + ", " + c.level().population() + ")")
                    .toList();
            return new LevelCheck(LevelCheck.Status.EXCEEDS_A_REFERENCE_LEVEL, false, new Text(
                    "Ligt boven " + (exceeded.size() == 1 ? "het referentieniveau " : "de referentieniveaus ") + String.join("; ", exceeded)
                            + (exceeded.size() < comparisons.size() ? ", niet boven de andere in onze bronnen." : "."),
                    "Exceeds " + (exceeded.size() == 1 ? "the reference level " : "the reference levels ") + String.join("; ", exceeded)
                            + (exceeded.size() < comparisons.size() ? ", not the others in our sources." : ".")), comparisons, notes);
        }
        if (notComparable) {
            return new LevelCheck(LevelCheck.Status.NOT_COMPARABLE, null, new Text(
                    "Niet te vergelijken met ten minste één referentieniveau: de eenheden zijn niet om te rekenen.",
                    "Cannot be compared with at least one reference level: the units do not convert."), comparisons, notes);
        }
        if (openEnded) {
            return new LevelCheck(LevelCheck.Status.NO_MAXIMUM_TO_COMPARE, null, new Text(
                    "Er is geen maximum; het minimum ligt niet boven de referentieniveaus in onze bronnen.",
                    "There is no maximum; the minimum is not above the reference levels in our sources."), comparisons, notes);
        }
        return new LevelCheck(LevelCheck.Status.WITHIN_REFERENCE_LEVELS, true, new Text(
                "Ligt op of onder elk referentieniveau in onze bronnen.",
                "At or below every reference level in our sources."), comparisons, notes);
    }

    private static LevelComparison compare(ReferenceLevelView level, DoseRange dose, Text subject, BigDecimal iuPerMicrogram) {
        DoseUnit levelUnit = level.doseUnit();
        DoseUnit common = UnitConversion.commonUnit(dose.unit(), levelUnit);
        Text levelText = describe(level);
        BigDecimal min;
        BigDecimal max;
        BigDecimal limit;
        try {
            limit = UnitConversion.convert(level.amount(), levelUnit, common, iuPerMicrogram);
            min = dose.minimum() == null ? null : UnitConversion.convert(dose.minimum(), dose.unit(), common, iuPerMicrogram);
            max = dose.maximum() == null ? null : UnitConversion.convert(dose.maximum(), dose.unit(), common, iuPerMicrogram);
        } catch (IncompatibleUnits incompatible) {
            return new LevelComparison(level, LevelComparison.Verdict.NOT_COMPARABLE, null, dose.unit().ucumCode(), dose.unit().symbol(),
                    dose.minimum(), dose.maximum(), level.amount(), null, null,
                    subject.append(new Text("is niet te vergelijken met " + levelText.nl() + ": " + incompatible.getMessage() + ".",
                            "cannot be compared with " + levelText.en() + ": " + incompatible.getMessage() + ".")));
        }
        boolean fixed = min != null && max != null && min.compareTo(max) == 0;
        LevelComparison.Verdict verdict;
        Text words;
        if (min != null && min.compareTo(limit) > 0) {
            verdict = LevelComparison.Verdict.ABOVE;
            words = fixed ? new Text("ligt boven", "is above") : new Text("ligt geheel boven", "lies wholly above");
        } else if (max == null) {
            verdict = LevelComparison.Verdict.OPEN_ENDED;
            words = new Text("heeft geen maximum; het minimum (" + amount(min, common, Language.NL) + ") is " + percent(min, limit).toPlainString() + "% van",
                    "sets no maximum; its minimum (" + amount(min, common, Language.EN) + ") is " + percent(min, limit).toPlainString() + "% of");
        } else if (max.compareTo(limit) > 0) {
            verdict = LevelComparison.Verdict.PARTLY_ABOVE;
            words = new Text("ligt deels boven (het maximum, " + amount(max, common, Language.NL) + ", is hoger dan)",
                    "lies partly above (its maximum, " + amount(max, common, Language.EN) + ", is higher than)");
        } else {
            verdict = LevelComparison.Verdict.AT_OR_BELOW;
            words = fixed ? new Text("ligt niet boven", "is not above") : new Text("ligt geheel op of onder", "lies wholly at or below");
        }
        Text sentence = new Text(subject.nl() + " " + words.nl() + " " + levelText.nl() + ".",
                subject.en() + " " + words.en() + " " + levelText.en() + ".");
        Boolean passes = switch (verdict) {
            case AT_OR_BELOW -> true;
            case ABOVE, PARTLY_ABOVE -> false;
            default -> null;
        };
        return new LevelComparison(level, verdict, passes, common.ucumCode(), common.symbol(), min, max, limit,
                min == null ? null : percent(min, limit), max == null ? null : percent(max, limit), sentence);
    }

    private static Text describe(ReferenceLevelView level) {
        String where = " (" + bodyName(level.body()) + ", " + level.population() + "; " + level.citation() + ")";
        return new Text(
                "de " + level.kind() + " (" + level.kindName() + ") van " + level.amountText() + where,
                "the " + level.kind() + " (" + level.kindName() + ") of " + level.amountText() + where);
    }

    private static String amount(BigDecimal value, DoseUnit unit, Language language) {
        return DoseFormatter.format(new Amount(value, unit), language);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return UnitConversion.plain(part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP));
    }

    /**
     * The body as it reads inside our own brackets: the source writes one body as "(peer-reviewed risk assessment)",
     * which would otherwise come out doubled.
     */
    static String bodyName(String body) {
        return body.length() > 1 && body.startsWith("(") && body.endsWith(")") ? body.substring(1, body.length() - 1) : body;
    }
}
