package nl.supplementguidelines.dosecheck;

import nl.supplementguidelines.dose.Amount;
import nl.supplementguidelines.dose.DoseFormatter;
import nl.supplementguidelines.dose.DoseParseException;
import nl.supplementguidelines.dose.DoseParser;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.dose.DoseView;
import nl.supplementguidelines.dose.IncompatibleUnits;
import nl.supplementguidelines.dose.ParsedDose;
import nl.supplementguidelines.dose.UnitConversion;
import nl.supplementguidelines.dosecheck.DoseCheckRequest.Intake;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.CommonUnit;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.Equivalent;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.GuidelineCheck;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.IntakeResult;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.IntakeView;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.MissingNutrient;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.NutrientTotal;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.Verdict;
import nl.supplementguidelines.evidence.EvidenceLevelView;
import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.GuidelineDoses;
import nl.supplementguidelines.guideline.GuidelineSource;
import nl.supplementguidelines.guideline.RecommendedDose;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.language.Text;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientLookup;
import nl.supplementguidelines.referencelevel.LevelCheck;
import nl.supplementguidelines.referencelevel.LevelCheckResult;
import nl.supplementguidelines.referencelevel.NutrientLevels;
import nl.supplementguidelines.referencelevel.ReferenceLevelView;
import nl.supplementguidelines.referencelevel.ReferenceLevels;
import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks daily intakes against the daily doses of guidelines and the reference levels of safe intake. Every
 * input problem is collected first and reported together (422), so no check runs on half-understood input.
 */
@Service
@Transactional(readOnly = true)
class DoseCheckService {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal(DoseCheckRequest.MAX_AMOUNT);

    private final GuidelineDoses guidelineDoses;
    private final NutrientLookup nutrients;
    private final ReferenceLevels referenceLevels;

    DoseCheckService(GuidelineDoses guidelineDoses, NutrientLookup nutrients, ReferenceLevels referenceLevels) {
        this.guidelineDoses = guidelineDoses;
        this.nutrients = nutrients;
        this.referenceLevels = referenceLevels;
    }

    /** An intake understood: the nutrient, the amount, and the wording and equivalent it came with. */
    private record ResolvedIntake(int index, NutrientInfo nutrient, Amount amount, String asGiven, Amount equivalent) {
    }

    DoseCheckResponse check(DoseCheckRequest request, Language language) {
        List<InvalidItem> errors = new ArrayList<>();
        Map<String, GuidelineDoseSet> guidelines = guidelineDoses.find(request.guidelines());
        Set<String> seenGuidelines = new HashSet<>();
        for (int i = 0; i < request.guidelines().size(); i++) {
            String slug = request.guidelines().get(i);
            if (!guidelines.containsKey(slug)) {
                errors.add(new InvalidItem("guidelines[" + i + "]", "is not a guideline this API has (GET /api/v1/guidelines lists them)", slug));
            } else if (!seenGuidelines.add(slug)) {
                errors.add(new InvalidItem("guidelines[" + i + "]", "is listed twice", slug));
            }
        }
        List<NutrientInfo> catalogue = nutrients.all();
        List<ResolvedIntake> intakes = new ArrayList<>();
        Map<String, Integer> seenNutrients = new HashMap<>();
        for (int i = 0; i < request.intakes().size(); i++) {
            resolve(i, request.intakes().get(i), catalogue, errors).ifPresent(intakes::add);
        }
        Map<Long, List<ResolvedIntake>> byNutrient = new LinkedHashMap<>();
        for (ResolvedIntake intake : intakes) {
            seenNutrients.putIfAbsent(intake.nutrient().slug(), intake.index());
            List<ResolvedIntake> same = byNutrient.computeIfAbsent(intake.nutrient().id(), id -> new ArrayList<>());
            if (!same.isEmpty() && !UnitConversion.convertible(intake.amount().unit(), same.get(0).amount().unit(), intake.nutrient().iuPerMicrogram())) {
                errors.add(new InvalidItem("intakes[" + intake.index() + "]." + (request.intakes().get(intake.index()).dose() != null ? "dose" : "unit"),
                        "cannot be added to intakes[" + same.get(0).index() + "] of the same nutrient: " + reason(intake.amount().unit(),
                                same.get(0).amount().unit(), intake.nutrient().iuPerMicrogram()), null));
            }
            same.add(intake);
        }
        Map<Long, NutrientLevels> levels = referenceLevels.forNutrients(intakes.stream().map(intake -> intake.nutrient().id()).distinct().toList());
        for (ResolvedIntake intake : intakes) {
            checkUnitFits(intake, request.intakes().get(intake.index()), guidelines.values(), levels.get(intake.nutrient().id()), errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(DoseCheckService::indexOf));
            throw InvalidRequest.unprocessable(errors);
        }

        List<IntakeResult> results = intakes.stream()
                .map(intake -> result(intake, guidelines.values(), levels.get(intake.nutrient().id()), language, false))
                .toList();
        List<NutrientTotal> totals = new ArrayList<>();
        for (List<ResolvedIntake> same : byNutrient.values()) {
            if (same.size() > 1) {
                ResolvedIntake first = same.get(0);
                BigDecimal sum = BigDecimal.ZERO;
                for (ResolvedIntake intake : same) {
                    sum = sum.add(UnitConversion.convert(intake.amount().value(), intake.amount().unit(), first.amount().unit(), first.nutrient().iuPerMicrogram()));
                }
                ResolvedIntake total = new ResolvedIntake(-1, first.nutrient(), new Amount(sum, first.amount().unit()), null, null);
                IntakeResult result = result(total, guidelines.values(), levels.get(first.nutrient().id()), language, true);
                totals.add(new NutrientTotal(first.nutrient().reference(), same.stream().map(ResolvedIntake::index).toList(), result.intake(),
                        result.guidelineChecks(), result.referenceLevels(), result.explanation()));
            }
        }
        Set<String> taken = new HashSet<>(seenNutrients.keySet());
        List<MissingNutrient> missing = new ArrayList<>();
        for (GuidelineDoseSet set : guidelines.values()) {
            for (RecommendedDose dose : set.doses()) {
                if (!taken.contains(dose.nutrient().slug())) {
                    missing.add(new MissingNutrient(set.guideline(), dose.position(), dose.nutrient().reference(), DoseView.of(dose.dose()),
                            EvidenceLevelView.of(dose.evidence())));
                }
            }
        }
        return new DoseCheckResponse(guidelines.values().stream().map(GuidelineDoseSet::guideline).toList(), results, totals, missing,
                summary(results, missing, language));
    }

    /** Sorts errors by intake, guidelines first, so a client reads them in the order of its request. */
    private static int indexOf(InvalidItem error) {
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("^intakes\\[(\\d+)]").matcher(error.name());
        return index.find() ? Integer.parseInt(index.group(1)) : -1;
    }

    private Optional<ResolvedIntake> resolve(int i, Intake intake, List<NutrientInfo> catalogue, List<InvalidItem> errors) {
        String field = "intakes[" + i + "]";
        Optional<NutrientInfo> nutrient = NutrientLookup.match(intake.nutrient(), catalogue);
        if (nutrient.isEmpty()) {
            errors.add(new InvalidItem(field + ".nutrient", "is not a nutrient this API knows (give a slug, Dutch or English name, such as zink or Zinc)",
                    intake.nutrient()));
        }
        Amount amount = null;
        Amount equivalent = null;
        if (intake.dose() != null) {
            if (intake.amount() != null || intake.unit() != null) {
                errors.add(new InvalidItem(field + ".dose", "give either dose, or amount and unit, not both", intake.dose()));
                return Optional.empty();
            }
            try {
                ParsedDose parsed = DoseParser.parse(intake.dose());
                amount = parsed.singleAmount();
                if (amount == null) {
                    errors.add(new InvalidItem(field + ".dose", "is " + describe(parsed.range().kind()) + "; an intake is one amount, such as '30 mg'", intake.dose()));
                } else if (amount.value().compareTo(MAX_AMOUNT) > 0) {
                    errors.add(new InvalidItem(field + ".dose", "is larger than " + DoseCheckRequest.MAX_AMOUNT, intake.dose()));
                    amount = null;
                }
                equivalent = parsed.equivalent();
            } catch (DoseParseException unreadable) {
                errors.add(new InvalidItem(field + ".dose", unreadable.getMessage(), intake.dose()));
            }
        } else {
            if (intake.amount() == null) {
                errors.add(new InvalidItem(field + ".amount", "is required, unless dose is given", null));
            }
            Optional<DoseUnit> unit = DoseUnit.fromText(intake.unit());
            if (intake.unit() == null) {
                errors.add(new InvalidItem(field + ".unit", "is required, unless dose is given", null));
            } else if (unit.isEmpty()) {
                errors.add(new InvalidItem(field + ".unit", "is not a unit this API knows" + nutrient.map(n -> " (for " + n.name() + ")").orElse("")
                        + "; known units are g, mg, µg (also mcg, ug), cfu (also kve) and IU (also IE)", intake.unit()));
            }
            if (intake.amount() != null && unit.isPresent() && intake.amount().signum() > 0) {
                amount = new Amount(intake.amount(), unit.get());
            }
        }
        if (nutrient.isEmpty() || amount == null) {
            return Optional.empty();
        }
        if (equivalent != null) {
            try {
                BigDecimal converted = UnitConversion.convert(equivalent.value(), equivalent.unit(), amount.unit(), nutrient.get().iuPerMicrogram());
                if (converted.compareTo(amount.value()) != 0) {
                    errors.add(new InvalidItem(field + ".dose", "gives " + DoseFormatter.format(equivalent, Language.EN) + " in brackets, which for "
                            + nutrient.get().name() + " is " + DoseFormatter.format(new Amount(converted, amount.unit()), Language.EN) + ", not "
                            + DoseFormatter.format(amount, Language.EN), intake.dose()));
                }
            } catch (IncompatibleUnits incompatible) {
                errors.add(new InvalidItem(field + ".dose", "the amount in brackets cannot be checked for " + nutrient.get().name() + ": "
                        + incompatible.getMessage(), intake.dose()));
            }
        }
        return Optional.of(new ResolvedIntake(i, nutrient.get(), amount, intake.dose(), equivalent));
    }

    private static String describe(nl.supplementguidelines.dose.DoseKind kind) {
        return switch (kind) {
            case RANGE -> "a range";
            case AT_LEAST -> "a lower bound ('at least')";
            case AT_MOST -> "an upper bound ('at most')";
            case FIXED -> "one amount";
        };
    }

    /** The intake's unit must convert to the unit of every guideline dose and reference level it is compared with. */
    private static void checkUnitFits(ResolvedIntake intake, Intake raw, Iterable<GuidelineDoseSet> guidelines, NutrientLevels levels, List<InvalidItem> errors) {
        String field = "intakes[" + intake.index() + "]." + (raw.dose() != null ? "dose" : "unit");
        Object rejected = raw.dose() != null ? raw.dose() : raw.unit();
        DoseUnit unit = intake.amount().unit();
        BigDecimal factor = intake.nutrient().iuPerMicrogram();
        for (GuidelineDoseSet set : guidelines) {
            for (RecommendedDose dose : set.doses()) {
                if (dose.nutrient().id() == intake.nutrient().id() && !UnitConversion.convertible(unit, dose.dose().unit(), factor)) {
                    errors.add(new InvalidItem(field, "unit " + unit.symbol() + " cannot be used for " + intake.nutrient().name() + ": "
                            + reason(unit, dose.dose().unit(), factor) + "; guideline " + set.guideline().slug() + " gives it in " + dose.dose().unit().symbol(), rejected));
                    return;
                }
            }
        }
        for (ReferenceLevelView level : levels.levels()) {
            DoseUnit levelUnit = DoseUnit.fromText(level.unit()).orElseThrow();
            if (!UnitConversion.convertible(unit, levelUnit, factor)) {
                errors.add(new InvalidItem(field, "unit " + unit.symbol() + " cannot be used for " + intake.nutrient().name() + ": "
                        + reason(unit, levelUnit, factor) + "; its reference levels are in " + levelUnit.symbol(), rejected));
                return;
            }
        }
    }

    private static String reason(DoseUnit from, DoseUnit to, BigDecimal factor) {
        try {
            UnitConversion.convert(BigDecimal.ONE, from, to, factor);
            return "the units do not convert";
        } catch (IncompatibleUnits incompatible) {
            return incompatible.getMessage();
        }
    }

    private IntakeResult result(ResolvedIntake intake, Iterable<GuidelineDoseSet> guidelines, NutrientLevels levels, Language language, boolean total) {
        NutrientInfo nutrient = intake.nutrient();
        String amountText = DoseFormatter.format(intake.amount(), language);
        List<GuidelineCheck> checks = new ArrayList<>();
        StringBuilder explanation = new StringBuilder();
        for (GuidelineDoseSet set : guidelines) {
            GuidelineCheck check = set.doses().stream().filter(dose -> dose.nutrient().id() == nutrient.id()).findFirst()
                    .map(dose -> compare(intake, dose, amountText, language, total))
                    .orElseGet(() -> new GuidelineCheck(set.guideline(), null, Verdict.NOT_IN_GUIDELINE, null, null, language.pick(
                            nutrient.nameIn(language) + " komt niet voor in de richtlijn " + set.guideline().title() + " (laatst gewijzigd " + date(set.guideline()) + ").",
                            nutrient.nameIn(language) + " is not in guideline " + set.guideline().title() + " (last modified " + date(set.guideline()) + ").")));
            checks.add(check);
            explanation.append(explanation.isEmpty() ? "" : " ").append(check.explanation());
        }
        Text subject = new Text((total ? "De totale inname (" : "De inname (") + DoseFormatter.format(intake.amount(), Language.NL) + ")",
                (total ? "The total intake (" : "The intake (") + DoseFormatter.format(intake.amount(), Language.EN) + ")");
        LevelCheck levelCheck = ReferenceLevels.check(levels, intake.amount(), subject, nutrient.iuPerMicrogram());
        LevelCheckResult levelResult = LevelCheckResult.of(levelCheck, language);
        if (levelCheck.comparisons().isEmpty()) {
            explanation.append(' ').append(nutrient.nameIn(language)).append(": ").append(levelResult.summary());
        } else {
            levelResult.comparisons().forEach(c -> explanation.append(' ').append(c.explanation()));
            if (levelCheck.comparisons().stream().anyMatch(c -> c.level().kind() == nl.supplementguidelines.referencelevel.ReferenceLevelKind.UL)) {
                explanation.append(' ').append(ReferenceLevels.UL_COVERS_ALL_SOURCES.in(language));
            }
        }
        Equivalent equivalent = intake.equivalent() == null ? null
                : new Equivalent(intake.equivalent().value(), intake.equivalent().unit().ucumCode(), intake.equivalent().unit().symbol());
        IntakeView view = new IntakeView(intake.amount().value(), intake.amount().unit().ucumCode(), intake.amount().unit().symbol(), intake.asGiven(), equivalent);
        return new IntakeResult(intake.index(), nutrient.reference(), view, checks, levelResult, explanation.toString());
    }

    private static GuidelineCheck compare(ResolvedIntake intake, RecommendedDose dose, String amountText, Language language, boolean total) {
        DoseRange range = dose.dose();
        BigDecimal factor = intake.nutrient().iuPerMicrogram();
        DoseUnit common = UnitConversion.commonUnit(intake.amount().unit(), range.unit());
        BigDecimal amount = UnitConversion.convert(intake.amount().value(), intake.amount().unit(), common, factor);
        BigDecimal min = range.minimum() == null ? null : UnitConversion.convert(range.minimum(), range.unit(), common, factor);
        BigDecimal max = range.maximum() == null ? null : UnitConversion.convert(range.maximum(), range.unit(), common, factor);
        Verdict verdict;
        if (min != null && amount.compareTo(min) < 0) {
            verdict = Verdict.BELOW;
        } else if (max != null && amount.compareTo(max) > 0) {
            verdict = Verdict.ABOVE;
        } else {
            verdict = Verdict.WITHIN;
        }
        GuidelineSource guideline = dose.guideline();
        String converted = common == intake.amount().unit() ? "" : " (= " + DoseFormatter.format(new Amount(amount, common), language) + ")";
        String words = switch (verdict) {
            case BELOW -> language.pick("ligt onder", "is below");
            case ABOVE -> language.pick("ligt boven", "is above");
            default -> language.pick("valt binnen", "is within");
        };
        String explanation = language.pick(
                (total ? "De totale inname van " : "De inname van ") + amountText + converted + " " + intake.nutrient().nameIn(language) + " " + words + " de dagdosering van de richtlijn "
                        + guideline.title() + " (" + range.sourceText() + "; rij " + dose.position() + "; laatst gewijzigd " + date(guideline) + ").",
                (total ? "The total intake of " : "The intake of ") + amountText + converted + " of " + intake.nutrient().nameIn(language) + " " + words + " the daily dose of guideline "
                        + guideline.title() + " (" + range.sourceText() + "; row " + dose.position() + "; last modified " + date(guideline) + ").");
        return new GuidelineCheck(guideline, dose.position(), verdict, DoseView.of(range),
                new CommonUnit(common.ucumCode(), common.symbol(), amount, min, max), explanation);
    }

    private static String date(GuidelineSource guideline) {
        return guideline.lastModified().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String summary(List<IntakeResult> results, List<MissingNutrient> missing, Language language) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        results.forEach(r -> r.guidelineChecks().forEach(c -> counts.merge(c.verdict(), 1, Integer::sum)));
        long aboveLevel = results.stream().filter(r -> Boolean.FALSE.equals(r.referenceLevels().passes())).count();
        return language.pick(
                results.size() + (results.size() == 1 ? " inname" : " innames") + " gecontroleerd: " + counts.getOrDefault(Verdict.BELOW, 0) + " onder, "
                        + counts.getOrDefault(Verdict.WITHIN, 0) + " binnen en " + counts.getOrDefault(Verdict.ABOVE, 0) + " boven de richtlijn, "
                        + counts.getOrDefault(Verdict.NOT_IN_GUIDELINE, 0) + " niet in de richtlijn; " + aboveLevel
                        + " boven een referentieniveau; " + missing.size() + (missing.size() == 1 ? " nutriënt" : " nutriënten") + " van de richtlijn ontbreken.",
                results.size() + (results.size() == 1 ? " intake" : " intakes") + " checked: " + counts.getOrDefault(Verdict.BELOW, 0) + " below, "
                        + counts.getOrDefault(Verdict.WITHIN, 0) + " within and " + counts.getOrDefault(Verdict.ABOVE, 0) + " above the guideline, "
                        + counts.getOrDefault(Verdict.NOT_IN_GUIDELINE, 0) + " not in the guideline; " + aboveLevel
                        + " above a reference level; " + missing.size() + (missing.size() == 1 ? " nutrient" : " nutrients") + " of the guideline missing.");
    }
}
