package nl.supplementguidelines.editing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.dose.DoseUnit;
import nl.supplementguidelines.evidence.EvidenceLevel;
import nl.supplementguidelines.evidence.EvidenceScale;
import nl.supplementguidelines.guideline.DocumentDoses;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.guideline.GuidelineDocument.RecommendationInput;
import nl.supplementguidelines.nutrient.NutrientCategory;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.referencelevel.Levels;
import nl.supplementguidelines.referencelevel.ReferenceLevels;
import nl.supplementguidelines.resolve.FieldErrors;
import nl.supplementguidelines.resolve.FieldPath;
import nl.supplementguidelines.web.BodyValidation.Sizes;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a document must be before it is stored as a draft or published, reported in one 422: first the sizes
 * of its lists (nothing looks at an element of a list that is too long), then the columns' sizes and required members,
 * then what only the catalogue can tell: nutrients that exist, dose wording the parser reads, units that fit the
 * nutrient (as dose checks decide it: IU only with the nutrient's IU factor, and convertible to its reference levels),
 * evidence levels the scale has, footnote markers that exist, one recommendation per nutrient.
 */
@Component
class DocumentValidator {

    private final Validator validator;
    private final Nutrients nutrients;
    private final EvidenceScale evidence;
    private final ReferenceLevels referenceLevels;

    DocumentValidator(Validator validator, Nutrients nutrients, EvidenceScale evidence, ReferenceLevels referenceLevels) {
        this.validator = validator;
        this.nutrients = nutrients;
        this.evidence = evidence;
        this.referenceLevels = referenceLevels;
    }

    /** @throws nl.supplementguidelines.web.problem.InvalidRequest a 422 naming every problem */
    void validate(GuidelineDocument document) {
        FieldErrors errors = new FieldErrors();
        Set<ConstraintViolation<GuidelineDocument>> sizes = validator.validate(document, Sizes.class);
        if (!sizes.isEmpty()) {
            sizes.forEach(v -> errors.add(ViolationPaths.of(v), v.getMessage(), null));
            errors.throwIfAny(ViolationPaths.ORDER);
        }
        validator.validate(document, Default.class).forEach(v -> errors.add(ViolationPaths.of(v), v.getMessage(), shorten(v.getInvalidValue())));
        checkCatalogue(document, errors);
        errors.throwIfAny(ViolationPaths.ORDER);
    }

    private void checkCatalogue(GuidelineDocument document, FieldErrors errors) {
        Map<String, NutrientInfo> bySlug = nutrients.all().stream().collect(Collectors.toMap(NutrientInfo::slug, Function.identity()));
        Set<Integer> levels = evidence.levels().stream().map(EvidenceLevel::value).collect(Collectors.toSet());
        Set<String> markers = new HashSet<>();
        for (int i = 0; i < document.footnotes().size(); i++) {
            String marker = document.footnotes().get(i) == null ? null : document.footnotes().get(i).marker();
            if (marker != null && !markers.add(marker)) {
                errors.add(FieldPath.of("footnotes").at(i).dot("marker"), "is the marker of an earlier footnote; markers must differ", marker);
            }
        }
        Map<Long, Levels> referenceOf = referenceLevels.forNutrients(document.recommendations().stream()
                .filter(r -> r != null && r.nutrient() != null && bySlug.containsKey(r.nutrient()))
                .map(r -> bySlug.get(r.nutrient()).id()).toList());
        Map<String, Integer> seen = new HashMap<>();
        List<RecommendationInput> recommendations = document.recommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            RecommendationInput recommendation = recommendations.get(i);
            if (recommendation == null) {
                continue;
            }
            FieldPath field = FieldPath.of("recommendations").at(i);
            NutrientInfo nutrient = recommendation.nutrient() == null ? null : bySlug.get(recommendation.nutrient());
            if (recommendation.nutrient() != null && nutrient == null) {
                errors.add(field.dot("nutrient"), "is not a nutrient this API has (GET /api/v1/nutrients; POST /api/v1/nutrients adds one)", recommendation.nutrient());
            }
            if (recommendation.nutrient() != null) {
                Integer first = seen.putIfAbsent(recommendation.nutrient(), i);
                if (first != null) {
                    errors.add(field.dot("nutrient"), "is recommended already by recommendations[" + first + "]; a guideline has one row per nutrient", recommendation.nutrient());
                }
            }
            if (recommendation.evidence() != null && !levels.contains(recommendation.evidence())) {
                errors.add(field.dot("evidence"), "is not a level of the evidence scale; it has " + levels.stream().sorted().toList() + " dots", recommendation.evidence());
            }
            if (recommendation.doseFootnote() != null && !markers.contains(recommendation.doseFootnote())) {
                errors.add(field.dot("doseFootnote"), "is not the marker of a footnote of this document", recommendation.doseFootnote());
            }
            if (recommendation.dose() != null && document.language() != null) {
                try {
                    DoseRange dose = DocumentDoses.read(recommendation.dose(), document.language());
                    if (nutrient != null) {
                        checkUnitFits(field.dot("dose"), dose.unit(), nutrient, referenceOf.get(nutrient.id()), errors);
                    }
                } catch (DocumentDoses.UnreadableDose unreadable) {
                    errors.add(field.dot("dose").dot(unreadable.field()), unreadable.getMessage(), null);
                }
            }
        }
        for (int i = 0; i < document.attentionPoints().size(); i++) {
            var point = document.attentionPoints().get(i);
            if (point != null && point.nutrient() != null && !bySlug.containsKey(point.nutrient())) {
                errors.add(FieldPath.of("attentionPoints").at(i).dot("nutrient"), "is not a nutrient this API has", point.nutrient());
            }
        }
        for (int i = 0; i < document.relatedGuidelines().size(); i++) {
            var related = document.relatedGuidelines().get(i);
            if (related != null && related.slug() != null && related.slug().equals(document.slug())) {
                errors.add(FieldPath.of("relatedGuidelines").at(i).dot("slug"), "is this guideline itself", related.slug());
            }
        }
    }

    /** The unit rules of dose checks: IU only with a factor, counts only for probiotics, and convertible to the reference levels. */
    private static void checkUnitFits(FieldPath field, DoseUnit unit, NutrientInfo nutrient, Levels levels, FieldErrors errors) {
        FieldPath at = field.dot("unit");
        if (unit == DoseUnit.INTERNATIONAL_UNIT && nutrient.iuPerMicrogram() == null) {
            errors.add(at, "IU does not fit " + nutrient.name() + ": the nutrient defines no IU factor; give the dose in mass (mg, µg)", unit.ucumCode());
        } else if ((unit == DoseUnit.COLONY_FORMING_UNIT) != (nutrient.category() == NutrientCategory.PROBIOTIC)) {
            errors.add(at, unit == DoseUnit.COLONY_FORMING_UNIT ? "cfu counts living organisms and fits only a probiotic, not " + nutrient.name()
                    : nutrient.name() + " is a probiotic: its dose is a count (cfu)", unit.ucumCode());
        } else if (levels != null) {
            levels.firstNotConvertibleFrom(unit, nutrient.iuPerMicrogram()).ifPresent(level -> errors.add(at, unit.symbol()
                    + " does not convert to the unit of " + nutrient.name() + "'s reference levels (" + level.amount().unit().symbol() + ")", unit.ucumCode()));
        }
    }

    static Object shorten(Object value) {
        if (value instanceof String text && text.length() > 100) {
            return text.substring(0, text.offsetByCodePoints(0, Math.min(100, text.codePointCount(0, text.length())))) + "…";
        }
        return value instanceof List<?> list ? "a list of " + list.size() + " items" : value;
    }
}
