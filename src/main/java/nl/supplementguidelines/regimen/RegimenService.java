package nl.supplementguidelines.regimen;

import nl.supplementguidelines.dose.DoseFormatter;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.dose.DoseView;
import nl.supplementguidelines.dose.UnitConversion;
import nl.supplementguidelines.evidence.EvidenceLevelView;
import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.GuidelineDoses;
import nl.supplementguidelines.guideline.RecommendedDose;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.language.Text;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.referencelevel.LevelCheckResult;
import nl.supplementguidelines.referencelevel.NutrientLevels;
import nl.supplementguidelines.referencelevel.ReferenceLevels;
import nl.supplementguidelines.regimen.RegimenResponse.Line;
import nl.supplementguidelines.regimen.RegimenResponse.Merge;
import nl.supplementguidelines.regimen.RegimenResponse.MergedDose;
import nl.supplementguidelines.regimen.RegimenResponse.Source;
import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Combines guidelines into one daily plan, by the merge rules in {@link #MERGE_RULES}. */
@Service
@Transactional(readOnly = true)
class RegimenService {

    static final String MERGE_RULES = "One line per nutrient. A nutrient in one guideline keeps that guideline's dose (SINGLE_SOURCE). "
            + "Doses of several guidelines are put in one common unit (the finest mass unit among them; IU converts to mass only with the "
            + "nutrient's factor) and merged to their overlap: the highest minimum and the lowest maximum, a missing bound leaving the other "
            + "side open (OVERLAP). Where the highest minimum exceeds the lowest maximum the doses cannot all be met: the line has no dose "
            + "and is flagged CONFLICT. Doses in units that do not convert (CFU against mass) are flagged INCOMPATIBLE_UNITS. Doses are not "
            + "added up: a nutrient taken once serves every guideline. The merged dose is checked against the reference levels; for a "
            + "CONFLICT the span from the lowest minimum to the highest maximum is checked, so that any of the sources' doses is covered. "
            + "Each source keeps its own evidence level; no combined evidence level is invented.";

    private final GuidelineDoses guidelineDoses;
    private final ReferenceLevels referenceLevels;

    RegimenService(GuidelineDoses guidelineDoses, ReferenceLevels referenceLevels) {
        this.guidelineDoses = guidelineDoses;
        this.referenceLevels = referenceLevels;
    }

    RegimenResponse build(RegimenRequest request, Language language) {
        Map<String, GuidelineDoseSet> guidelines = guidelineDoses.find(request.guidelines());
        List<InvalidItem> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.guidelines().size(); i++) {
            String slug = request.guidelines().get(i);
            if (!guidelines.containsKey(slug)) {
                errors.add(new InvalidItem("guidelines[" + i + "]", "is not a guideline this API has (GET /api/v1/guidelines lists them)", slug));
            } else if (!seen.add(slug)) {
                errors.add(new InvalidItem("guidelines[" + i + "]", "is listed twice", slug));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequest.unprocessable(errors);
        }
        Map<Long, List<RecommendedDose>> byNutrient = new LinkedHashMap<>();
        for (GuidelineDoseSet set : guidelines.values()) {
            set.doses().forEach(dose -> byNutrient.computeIfAbsent(dose.nutrient().id(), id -> new ArrayList<>()).add(dose));
        }
        Map<Long, NutrientLevels> levels = referenceLevels.forNutrients(byNutrient.keySet());
        List<Line> lines = byNutrient.values().stream().map(doses -> line(doses, levels.get(doses.get(0).nutrient().id()), language)).toList();
        long conflicts = lines.stream().filter(l -> l.merge() == Merge.CONFLICT || l.merge() == Merge.INCOMPATIBLE_UNITS).count();
        long aboveLevel = lines.stream().filter(l -> l.referenceLevels() != null && Boolean.FALSE.equals(l.referenceLevels().passes())).count();
        String summary = language.pick(
                lines.size() + " regels uit " + guidelines.size() + (guidelines.size() == 1 ? " richtlijn" : " richtlijnen") + "; " + conflicts
                        + (conflicts == 1 ? " conflict" : " conflicten") + "; " + aboveLevel + " boven een referentieniveau.",
                lines.size() + " lines from " + guidelines.size() + (guidelines.size() == 1 ? " guideline" : " guidelines") + "; " + conflicts
                        + (conflicts == 1 ? " conflict" : " conflicts") + "; " + aboveLevel + " above a reference level.");
        return new RegimenResponse(guidelines.values().stream().map(GuidelineDoseSet::guideline).toList(), lines, MERGE_RULES, summary);
    }

    private static Line line(List<RecommendedDose> doses, NutrientLevels levels, Language language) {
        NutrientInfo nutrient = doses.get(0).nutrient();
        BigDecimal factor = nutrient.iuPerMicrogram();
        List<Source> sources = doses.stream().map(d -> new Source(d.guideline(), d.position(), d.qualifier(), DoseView.of(d.dose()),
                EvidenceLevelView.of(d.evidence()))).toList();
        String from = String.join("; ", doses.stream().map(d -> d.guideline().title() + " " + d.dose().sourceText() + " (" + language.pick("rij ", "row ")
                + d.position() + ")").toList());
        String name = nutrient.nameIn(language);
        if (doses.size() == 1) {
            DoseRange dose = doses.get(0).dose();
            return new Line(nutrient.reference(), Merge.SINGLE_SOURCE, merged(dose, language), sources, check(levels, dose, factor, language),
                    language.pick(name + ": de dosering van één richtlijn: " + from + ".", name + ": the dose of one guideline: " + from + "."));
        }
        DoseUnit common = doses.get(0).dose().unit();
        for (RecommendedDose dose : doses) {
            common = UnitConversion.commonUnit(common, dose.dose().unit());
        }
        for (RecommendedDose dose : doses) {
            if (!UnitConversion.convertible(dose.dose().unit(), common, factor)) {
                return new Line(nutrient.reference(), Merge.INCOMPATIBLE_UNITS, null, sources, null, language.pick(
                        name + ": de doseringen staan in eenheden die niet in elkaar om te rekenen zijn (" + from + "); niet samengevoegd.",
                        name + ": the doses are in units that do not convert into each other (" + from + "); not merged."));
            }
        }
        BigDecimal highestMinimum = null;
        BigDecimal lowestMaximum = null;
        BigDecimal lowestMinimum = null;
        BigDecimal highestMaximum = null;
        boolean openTop = false;
        boolean openBottom = false;
        for (RecommendedDose dose : doses) {
            DoseRange range = dose.dose();
            BigDecimal min = range.minimum() == null ? null : UnitConversion.convert(range.minimum(), range.unit(), common, factor);
            BigDecimal max = range.maximum() == null ? null : UnitConversion.convert(range.maximum(), range.unit(), common, factor);
            if (min != null) {
                highestMinimum = highestMinimum == null ? min : highestMinimum.max(min);
                lowestMinimum = lowestMinimum == null ? min : lowestMinimum.min(min);
            } else {
                openBottom = true;
            }
            if (max != null) {
                lowestMaximum = lowestMaximum == null ? max : lowestMaximum.min(max);
                highestMaximum = highestMaximum == null ? max : highestMaximum.max(max);
            } else {
                openTop = true;
            }
        }
        String unitText = DoseFormatter.unitSymbol(common, language);
        if (highestMinimum != null && lowestMaximum != null && highestMinimum.compareTo(lowestMaximum) > 0) {
            // The span of the sources: a source without a minimum leaves it open below, one without a maximum open above.
            DoseRange span = openTop || highestMaximum == null
                    ? DoseRange.atLeast(openBottom ? highestMinimum : lowestMinimum, common, "span")
                    : openBottom ? DoseRange.atMost(highestMaximum, common, "span") : DoseRange.between(lowestMinimum, highestMaximum, common, "span");
            return new Line(nutrient.reference(), Merge.CONFLICT, null, sources, check(levels, span, factor, language), language.pick(
                    name + ": conflict: de doseringen overlappen niet (" + from + "); het hoogste minimum (" + DoseFormatter.format(
                            DoseRange.fixed(highestMinimum, common, "x"), language) + ") ligt boven het laagste maximum ("
                            + DoseFormatter.format(DoseRange.fixed(lowestMaximum, common, "x"), language) + ").",
                    name + ": conflict: the doses do not overlap (" + from + "); the highest minimum (" + DoseFormatter.format(
                            DoseRange.fixed(highestMinimum, common, "x"), language) + ") is above the lowest maximum ("
                            + DoseFormatter.format(DoseRange.fixed(lowestMaximum, common, "x"), language) + ")."));
        }
        DoseRange overlap = DoseRange.of(highestMinimum, lowestMaximum, common, nl.supplementguidelines.dose.DosePeriod.DAY, "merged");
        MergedDose mergedDose = merged(overlap, language);
        return new Line(nutrient.reference(), Merge.OVERLAP, mergedDose, sources, check(levels, overlap, factor, language), language.pick(
                name + ": de overlap van " + from + " is " + mergedDose.text() + ".",
                name + ": the overlap of " + from + " is " + mergedDose.text() + "."));
    }

    private static MergedDose merged(DoseRange dose, Language language) {
        return new MergedDose(dose.kind(), dose.minimum(), dose.maximum(), dose.unit().ucumCode(), dose.unit().symbol(), dose.period().ucumCode(),
                DoseFormatter.format(dose, language));
    }

    private static LevelCheckResult check(NutrientLevels levels, DoseRange dose, BigDecimal factor, Language language) {
        Text subject = new Text("De dagdosering van het plan (" + DoseFormatter.format(dose, Language.NL) + ")",
                "The plan's daily dose (" + DoseFormatter.format(dose, Language.EN) + ")");
        return LevelCheckResult.of(ReferenceLevels.check(levels, dose, subject, factor), language);
    }
}
