package nl.supplementguidelines.dosecheck;

import nl.supplementguidelines.dose.Amount;
import nl.supplementguidelines.dose.DoseFormatter;
import nl.supplementguidelines.dose.DoseKind;
import nl.supplementguidelines.dose.DoseParseException;
import nl.supplementguidelines.dose.DoseParser;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.dose.IncompatibleUnits;
import nl.supplementguidelines.dose.ParsedDose;
import nl.supplementguidelines.dosecheck.DoseCheckRequest.Intake;
import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.RecommendedDose;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientNames;
import nl.supplementguidelines.referencelevel.Levels;
import nl.supplementguidelines.resolve.FieldErrors;
import nl.supplementguidelines.resolve.FieldPath;
import nl.supplementguidelines.resolve.RequestResolver;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/** Reads an intake of a dose check (nutrient, and amount with unit or dose wording), naming every problem as a field error. */
final class IntakeResolver {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal(DoseCheckRequest.MAX_AMOUNT);

    /** An intake understood: the nutrient, the amount, and the wording and equivalent it came with. */
    record ResolvedIntake(int index, NutrientInfo nutrient, Amount amount, @Nullable String asGiven, @Nullable Amount equivalent) {
    }

    private IntakeResolver() {
    }

    static Optional<ResolvedIntake> resolve(int i, Intake intake, NutrientNames catalogue, RequestResolver resolver, FieldErrors errors) {
        FieldPath field = FieldPath.of("intakes").at(i);
        Optional<NutrientInfo> nutrient = resolver.nutrient(intake.nutrient(), catalogue, field.dot("nutrient"), true, errors);
        Amount amount = null;
        Amount equivalent = null;
        if (intake.dose() != null) {
            if (intake.amount() != null || intake.unit() != null) {
                errors.add(field.dot("dose"), "give either dose, or amount and unit, not both", intake.dose());
                return Optional.empty();
            }
            try {
                ParsedDose parsed = DoseParser.parse(intake.dose());
                amount = parsed.singleAmount();
                if (amount == null) {
                    errors.add(field.dot("dose"), "is " + describe(parsed.range().kind()) + "; an intake is one amount, such as '30 mg'", intake.dose());
                } else if (amount.value().compareTo(MAX_AMOUNT) > 0) {
                    errors.add(field.dot("dose"), "is larger than " + DoseCheckRequest.MAX_AMOUNT, intake.dose());
                    amount = null;
                }
                equivalent = parsed.equivalent();
            } catch (DoseParseException unreadable) {
                errors.add(field.dot("dose"), unreadable.getMessage(), intake.dose());
            }
        } else {
            if (intake.amount() == null) {
                errors.add(field.dot("amount"), "is required, unless dose is given", null);
            }
            Optional<DoseUnit> unit = DoseUnit.fromText(intake.unit());
            if (intake.unit() == null) {
                errors.add(field.dot("unit"), "is required, unless dose is given", null);
            } else if (unit.isEmpty()) {
                errors.add(field.dot("unit"), "is not a unit this API knows" + nutrient.map(n -> " (for " + n.name() + ")").orElse("")
                        + "; known units are g, mg, µg (also mcg, ug), cfu (also kve) and IU (also IE)", intake.unit());
            }
            if (intake.amount() != null && unit.isPresent() && intake.amount().signum() > 0) {
                amount = new Amount(intake.amount(), unit.get());
            }
        }
        if (nutrient.isEmpty() || amount == null) {
            return Optional.empty();
        }
        if (equivalent != null) {
            checkEquivalent(field.dot("dose"), intake.dose(), nutrient.get(), amount, equivalent, errors);
        }
        return Optional.of(new ResolvedIntake(i, nutrient.get(), amount, intake.dose(), equivalent));
    }

    private static void checkEquivalent(FieldPath field, @Nullable String dose, NutrientInfo nutrient, Amount amount, Amount equivalent, FieldErrors errors) {
        try {
            Amount converted = equivalent.in(amount.unit(), nutrient.iuPerMicrogram());
            if (converted.value().compareTo(amount.value()) != 0) {
                errors.add(field, "gives " + DoseFormatter.format(equivalent, Language.EN) + " in brackets, which for " + nutrient.name() + " is "
                        + DoseFormatter.format(converted, Language.EN) + ", not " + DoseFormatter.format(amount, Language.EN), dose);
            }
        } catch (IncompatibleUnits incompatible) {
            errors.add(field, "the amount in brackets cannot be checked for " + nutrient.name() + ": " + incompatible.getMessage(), dose);
        }
    }

    private static String describe(DoseKind kind) {
        return switch (kind) {
            case RANGE -> "a range";
            case AT_LEAST -> "a lower bound ('at least')";
            case AT_MOST -> "an upper bound ('at most')";
            case FIXED -> "one amount";
        };
    }

    /** A second intake of a nutrient must add up with the first. */
    static void checkAddsUp(ResolvedIntake intake, ResolvedIntake first, Intake raw, FieldErrors errors) {
        BigDecimal factor = intake.nutrient().iuPerMicrogram();
        if (!intake.amount().convertsTo(first.amount().unit(), factor)) {
            errors.add(FieldPath.of("intakes").at(intake.index()).dot(raw.dose() != null ? "dose" : "unit"),
                    "cannot be added to intakes[" + first.index() + "] of the same nutrient: " + intake.amount().whyNotIn(first.amount().unit(), factor), null);
        }
    }

    /** The intake's unit must convert to the unit of every guideline dose and reference level it is compared with. */
    static void checkUnitFits(ResolvedIntake intake, Intake raw, Collection<GuidelineDoseSet> guidelines, Levels levels, FieldErrors errors) {
        FieldPath field = FieldPath.of("intakes").at(intake.index()).dot(raw.dose() != null ? "dose" : "unit");
        Object rejected = raw.dose() != null ? raw.dose() : raw.unit();
        Amount amount = intake.amount();
        BigDecimal factor = intake.nutrient().iuPerMicrogram();
        String prefix = "unit " + amount.unit().symbol() + " cannot be used for " + intake.nutrient().name() + ": ";
        for (GuidelineDoseSet set : guidelines) {
            for (RecommendedDose dose : set.doses()) {
                if (dose.nutrient().id() == intake.nutrient().id() && !amount.convertsTo(dose.dose().unit(), factor)) {
                    errors.add(field, prefix + amount.whyNotIn(dose.dose().unit(), factor) + "; guideline " + set.guideline().slug()
                            + " gives it in " + dose.dose().unit().symbol(), rejected);
                    return;
                }
            }
        }
        levels.firstNotConvertibleFrom(amount.unit(), factor).ifPresent(level -> errors.add(field, prefix
                + amount.whyNotIn(level.amount().unit(), factor) + "; its reference levels are in " + level.amount().unit().symbol(), rejected));
    }
}
