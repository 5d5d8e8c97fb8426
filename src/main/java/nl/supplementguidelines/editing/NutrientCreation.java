package nl.supplementguidelines.editing;

import jakarta.validation.Validator;
import nl.supplementguidelines.nutrient.NewNutrients;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.resolve.FieldErrors;
import nl.supplementguidelines.resolve.FieldPath;
import nl.supplementguidelines.web.security.Editor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Adds a nutrient: validated in one 422 (an IU factor only with its citation), 409 when the slug exists or a name clashes. */
@Service
@Transactional
class NutrientCreation {

    private final Validator validator;
    private final NewNutrients newNutrients;
    private final Nutrients nutrients;
    private final EditingEvents events;

    NutrientCreation(Validator validator, NewNutrients newNutrients, Nutrients nutrients, EditingEvents events) {
        this.validator = validator;
        this.newNutrients = newNutrients;
        this.nutrients = nutrients;
        this.events = events;
    }

    void add(NewNutrient nutrient, Editor editor) {
        FieldErrors errors = new FieldErrors();
        validator.validate(nutrient).forEach(v -> errors.add(ViolationPaths.of(v), v.getMessage(), v.getInvalidValue()));
        if ((nutrient.iuPerMicrogram() == null) != (nutrient.iuFactorCitation() == null)) {
            errors.add(FieldPath.of(nutrient.iuPerMicrogram() == null ? "iuFactorCitation" : "iuPerMicrogram"),
                    "goes only together with " + (nutrient.iuPerMicrogram() == null ? "iuPerMicrogram" : "iuFactorCitation")
                            + ": an IU factor is accepted only with the citation it comes from", null);
        }
        errors.throwIfAny(ViolationPaths.ORDER);
        if (nutrients.idOfSlug(nutrient.slug()).isPresent()) {
            throw exists(nutrient.slug());
        }
        refuseClash(nutrient);
        try {
            newNutrients.add(nutrient.slug(), nutrient.name(), nutrient.category(), nutrient.nameEn(), nutrient.iuPerMicrogram(), nutrient.iuFactorCitation());
        } catch (DuplicateKeyException concurrent) {
            throw exists(nutrient.slug());
        }
        events.nutrientAdded(editor, nutrient.slug(), nutrient.name() + " (" + nutrient.category() + ")"
                + (nutrient.iuPerMicrogram() == null ? "" : ", 1 µg = " + nutrient.iuPerMicrogram().toPlainString() + " IU per " + nutrient.iuFactorCitation()));
    }

    /**
     * Requests name nutrients by slug, Dutch or English name, folded ({@link Nutrients#match}): a new nutrient whose slug
     * or name reads as an existing nutrient's would make such a name mean two nutrients.
     */
    private void refuseClash(NewNutrient nutrient) {
        List<NutrientInfo> catalogue = nutrients.all();
        for (String name : java.util.Arrays.asList(nutrient.slug(), nutrient.name(), nutrient.nameEn())) {
            if (name == null) {
                continue;
            }
            Optional<NutrientInfo> clash = Nutrients.match(name, catalogue);
            if (clash.isPresent()) {
                throw new ProblemException(ProblemType.CONFLICT, "'" + name + "' is already the slug or a name of nutrient '" + clash.get().slug()
                        + "' (GET /api/v1/nutrients/" + clash.get().slug() + "): requests naming it would not know which is meant.",
                        Map.of("conflictsWith", "/api/v1/nutrients/" + clash.get().slug()));
            }
        }
    }

    private static RuntimeException exists(String slug) {
        return ProblemException.conflict("Nutrient '" + slug + "' exists already (GET /api/v1/nutrients/" + slug + ").");
    }
}
