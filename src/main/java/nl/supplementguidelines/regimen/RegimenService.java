package nl.supplementguidelines.regimen;

import nl.supplementguidelines.dose.DoseFormatter;
import nl.supplementguidelines.dose.DosePeriod;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.dose.DoseView;
import nl.supplementguidelines.dose.UnitConversion;
import nl.supplementguidelines.evidence.EvidenceLevelView;
import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.RecommendedDose;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.referencelevel.LevelCheckResult;
import nl.supplementguidelines.referencelevel.LevelWording;
import nl.supplementguidelines.referencelevel.Levels;
import nl.supplementguidelines.regimen.RegimenResponse.Line;
import nl.supplementguidelines.regimen.RegimenResponse.Merge;
import nl.supplementguidelines.regimen.RegimenResponse.MergedDose;
import nl.supplementguidelines.regimen.RegimenResponse.Source;
import nl.supplementguidelines.resolve.FieldErrors;
import nl.supplementguidelines.resolve.FieldPath;
import nl.supplementguidelines.resolve.RequestResolver;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Combines guidelines into one daily plan, by the merge rules in {@link MergeRules}, from the content in memory ({@link RequestResolver}). */
@Service
class RegimenService {

    private final RequestResolver resolver;
    private final LevelWording levelWording;
    private final RegimenWording wording;

    RegimenService(RequestResolver resolver, LevelWording levelWording, RegimenWording wording) {
        this.resolver = resolver;
        this.levelWording = levelWording;
        this.wording = wording;
    }

    RegimenResponse build(RegimenRequest request, Language language) {
        FieldErrors errors = new FieldErrors();
        Map<String, GuidelineDoseSet> guidelines = resolver.guidelines(request.guidelines(), FieldPath.of("guidelines"), RequestResolver.Repeats.REJECTED, errors);
        errors.throwIfAny();
        Map<Long, List<RecommendedDose>> byNutrient = new LinkedHashMap<>();
        for (GuidelineDoseSet set : guidelines.values()) {
            set.doses().forEach(dose -> byNutrient.computeIfAbsent(dose.nutrient().id(), id -> new ArrayList<>()).add(dose));
        }
        Map<Long, Levels> levels = resolver.levels(byNutrient.keySet());
        List<Line> lines = byNutrient.values().stream().map(doses -> line(doses, levels.get(doses.get(0).nutrient().id()), language)).toList();
        long conflicts = lines.stream().filter(l -> l.merge() == Merge.CONFLICT || l.merge() == Merge.INCOMPATIBLE_UNITS).count();
        long aboveLevel = lines.stream().filter(l -> l.referenceLevels() != null && Boolean.FALSE.equals(l.referenceLevels().passes())).count();
        return new RegimenResponse(guidelines.values().stream().map(GuidelineDoseSet::guideline).toList(), lines, MergeRules.TEXT,
                wording.summary(lines.size(), guidelines.size(), conflicts, aboveLevel, language));
    }

    private Line line(List<RecommendedDose> doses, Levels levels, Language language) {
        NutrientInfo nutrient = doses.get(0).nutrient();
        BigDecimal factor = nutrient.iuPerMicrogram();
        List<Source> sources = doses.stream().map(d -> new Source(d.guideline(), d.position(), d.qualifier(), DoseView.of(d.dose()),
                EvidenceLevelView.of(d.evidence()))).toList();
        String from = wording.sources(doses, language);
        String name = nutrient.nameIn(language);
        if (doses.size() == 1) {
            DoseRange dose = doses.get(0).dose();
            return new Line(nutrient.reference(), Merge.SINGLE_SOURCE, merged(dose, language), sources, check(levels, dose, factor, language),
                    wording.line("regimen.single", name, from, language));
        }
        DoseUnit common = doses.get(0).dose().unit();
        for (RecommendedDose dose : doses) {
            common = UnitConversion.commonUnit(common, dose.dose().unit());
        }
        DoseUnit unit = common;
        if (doses.stream().anyMatch(dose -> !dose.dose().convertsTo(unit, factor))) {
            return new Line(nutrient.reference(), Merge.INCOMPATIBLE_UNITS, null, sources, null, wording.line("regimen.incompatible", name, from, language));
        }
        Bounds bounds = Bounds.of(doses.stream().map(dose -> dose.dose().in(unit, factor)).toList());
        if (bounds.conflict()) {
            DoseRange span = bounds.span(unit);
            return new Line(nutrient.reference(), Merge.CONFLICT, null, sources, check(levels, span, factor, language),
                    wording.line("regimen.conflict", name, from, language,
                            DoseFormatter.format(DoseRange.fixed(bounds.highestMinimum(), unit, "x"), language),
                            DoseFormatter.format(DoseRange.fixed(bounds.lowestMaximum(), unit, "x"), language)));
        }
        DoseRange overlap = DoseRange.of(bounds.highestMinimum(), bounds.lowestMaximum(), unit, DosePeriod.DAY, "merged");
        MergedDose mergedDose = merged(overlap, language);
        return new Line(nutrient.reference(), Merge.OVERLAP, mergedDose, sources, check(levels, overlap, factor, language),
                wording.line("regimen.overlap", name, from, language, mergedDose.text()));
    }

    private static MergedDose merged(DoseRange dose, Language language) {
        return new MergedDose(dose.kind(), dose.minimum(), dose.maximum(), dose.unit().ucumCode(), dose.unit().symbol(), dose.period().ucumCode(),
                DoseFormatter.format(dose, language));
    }

    private LevelCheckResult check(Levels levels, DoseRange dose, BigDecimal factor, Language language) {
        return levelWording.result(levels.check(dose, factor), wording.subject(dose), language);
    }
}
