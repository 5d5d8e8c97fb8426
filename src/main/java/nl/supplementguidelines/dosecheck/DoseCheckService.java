package nl.supplementguidelines.dosecheck;

import nl.supplementguidelines.dose.Amount;
import nl.supplementguidelines.dose.DoseView;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.CommonUnit;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.Equivalent;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.GuidelineCheck;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.IntakeResult;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.IntakeView;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.MissingNutrient;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.NutrientTotal;
import nl.supplementguidelines.dosecheck.DoseCheckResponse.Verdict;
import nl.supplementguidelines.dosecheck.IntakeResolver.ResolvedIntake;
import nl.supplementguidelines.evidence.EvidenceLevelView;
import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.RecommendedDose;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientNames;
import nl.supplementguidelines.referencelevel.LevelCheckResult;
import nl.supplementguidelines.referencelevel.LevelWording;
import nl.supplementguidelines.referencelevel.Levels;
import nl.supplementguidelines.referencelevel.LevelsVerdict;
import nl.supplementguidelines.resolve.FieldErrors;
import nl.supplementguidelines.resolve.FieldPath;
import nl.supplementguidelines.resolve.RequestResolver;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks daily intakes against the daily doses of guidelines and the reference levels of safe intake. Every
 * input problem is collected first and reported together (422), so no check runs on half-understood input. The
 * content comes from memory ({@link RequestResolver}), so a check opens no transaction while the content is unchanged.
 */
@Service
class DoseCheckService {

    private final RequestResolver resolver;
    private final LevelWording levelWording;
    private final DoseCheckWording wording;

    DoseCheckService(RequestResolver resolver, LevelWording levelWording, DoseCheckWording wording) {
        this.resolver = resolver;
        this.levelWording = levelWording;
        this.wording = wording;
    }

    DoseCheckResponse check(DoseCheckRequest request, Language language) {
        FieldErrors errors = new FieldErrors();
        Map<String, GuidelineDoseSet> guidelines = resolver.guidelines(request.guidelines(), FieldPath.of("guidelines"), RequestResolver.Repeats.REJECTED, errors);
        NutrientNames catalogue = resolver.catalogue();
        List<ResolvedIntake> intakes = new ArrayList<>();
        for (int i = 0; i < request.intakes().size(); i++) {
            IntakeResolver.resolve(i, request.intakes().get(i), catalogue, resolver, errors).ifPresent(intakes::add);
        }
        Map<Long, List<ResolvedIntake>> byNutrient = new LinkedHashMap<>();
        for (ResolvedIntake intake : intakes) {
            List<ResolvedIntake> same = byNutrient.computeIfAbsent(intake.nutrient().id(), id -> new ArrayList<>());
            if (!same.isEmpty()) {
                IntakeResolver.checkAddsUp(intake, same.get(0), request.intakes().get(intake.index()), errors);
            }
            same.add(intake);
        }
        Map<Long, Levels> levels = resolver.levels(byNutrient.keySet());
        for (ResolvedIntake intake : intakes) {
            IntakeResolver.checkUnitFits(intake, request.intakes().get(intake.index()), guidelines.values(), levels.get(intake.nutrient().id()), errors);
        }
        errors.throwIfAny(Comparator.comparingInt(path -> path.indexIn("intakes")));

        List<IntakeResult> results = intakes.stream()
                .map(intake -> result(intake, guidelines.values(), levels.get(intake.nutrient().id()), language, false))
                .toList();
        List<NutrientTotal> totals = new ArrayList<>();
        for (List<ResolvedIntake> same : byNutrient.values()) {
            if (same.size() > 1) {
                ResolvedIntake first = same.get(0);
                Amount sum = same.stream().skip(1).map(ResolvedIntake::amount)
                        .reduce(first.amount(), (total, amount) -> total.plus(amount, first.nutrient().iuPerMicrogram()));
                IntakeResult result = result(new ResolvedIntake(-1, first.nutrient(), sum, null, null), guidelines.values(), levels.get(first.nutrient().id()),
                        language, true);
                totals.add(new NutrientTotal(first.nutrient().reference(), same.stream().map(ResolvedIntake::index).toList(), result.intake(),
                        result.guidelineChecks(), result.referenceLevels(), result.explanation()));
            }
        }
        List<MissingNutrient> missing = missing(guidelines.values(), intakes.stream().map(intake -> intake.nutrient().slug()).collect(Collectors.toSet()));
        return new DoseCheckResponse(guidelines.values().stream().map(GuidelineDoseSet::guideline).toList(), results, totals, missing,
                wording.summary(results, missing.size(), language));
    }

    private static List<MissingNutrient> missing(Collection<GuidelineDoseSet> guidelines, Set<String> taken) {
        List<MissingNutrient> missing = new ArrayList<>();
        for (GuidelineDoseSet set : guidelines) {
            for (RecommendedDose dose : set.doses()) {
                if (!taken.contains(dose.nutrient().slug())) {
                    missing.add(new MissingNutrient(set.guideline(), dose.position(), dose.nutrient().reference(), DoseView.of(dose.dose()),
                            EvidenceLevelView.of(dose.evidence())));
                }
            }
        }
        return missing;
    }

    private IntakeResult result(ResolvedIntake intake, Collection<GuidelineDoseSet> guidelines, Levels levels, Language language, boolean total) {
        NutrientInfo nutrient = intake.nutrient();
        List<GuidelineCheck> checks = new ArrayList<>();
        for (GuidelineDoseSet set : guidelines) {
            checks.add(set.doses().stream().filter(dose -> dose.nutrient().id() == nutrient.id()).findFirst()
                    .map(dose -> check(intake, dose, language, total))
                    .orElseGet(() -> new GuidelineCheck(set.guideline(), null, Verdict.NOT_IN_GUIDELINE, null, null,
                            wording.notInGuideline(nutrient, set.guideline(), language))));
        }
        LevelsVerdict levelVerdict = levels.check(intake.amount().asDose("intake"), nutrient.iuPerMicrogram());
        LevelCheckResult levelResult = levelWording.result(levelVerdict, wording.subject(intake.amount(), total), language);
        List<String> sentences = new ArrayList<>(checks.stream().map(GuidelineCheck::explanation).toList());
        if (levelVerdict.comparisons().isEmpty()) {
            sentences.add(wording.noLevels(nutrient, levelResult.summary(), language));
        } else {
            levelResult.comparisons().forEach(c -> sentences.add(c.explanation()));
            if (levelVerdict.comparesUl()) {
                sentences.add(levelWording.ulCoversAllSources(language));
            }
        }
        Equivalent equivalent = intake.equivalent() == null ? null
                : new Equivalent(intake.equivalent().value(), intake.equivalent().unit().ucumCode(), intake.equivalent().unit().symbol());
        IntakeView view = new IntakeView(intake.amount().value(), intake.amount().unit().ucumCode(), intake.amount().unit().symbol(), intake.asGiven(), equivalent);
        return new IntakeResult(intake.index(), nutrient.reference(), view, checks, levelResult, String.join(" ", sentences));
    }

    private GuidelineCheck check(ResolvedIntake intake, RecommendedDose dose, Language language, boolean total) {
        GuidelineVerdict verdict = GuidelineVerdict.of(intake.amount(), dose, intake.nutrient().iuPerMicrogram());
        Amount common = verdict.intakeInCommonUnit();
        return new GuidelineCheck(dose.guideline(), dose.position(), verdict.verdict(), DoseView.of(dose.dose()),
                new CommonUnit(common.unit().ucumCode(), common.unit().symbol(), common.value(), verdict.doseInCommonUnit().minimum(),
                        verdict.doseInCommonUnit().maximum()),
                wording.guidelineCheck(verdict, intake.amount(), intake.nutrient(), total, language));
    }
}
