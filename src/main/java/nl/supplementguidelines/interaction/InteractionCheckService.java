package nl.supplementguidelines.interaction;

import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.GuidelineDoses;
import nl.supplementguidelines.guideline.GuidelineSource;
import nl.supplementguidelines.guideline.RecommendedDose;
import nl.supplementguidelines.interaction.InteractionCheckResponse.Match;
import nl.supplementguidelines.interaction.InteractionCheckResponse.MedicineView;
import nl.supplementguidelines.interaction.InteractionCheckResponse.NutrientResult;
import nl.supplementguidelines.interaction.InteractionCheckResponse.ResolvedAs;
import nl.supplementguidelines.interaction.InteractionCheckResponse.Status;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.language.Text;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientLookup;
import nl.supplementguidelines.web.problem.InvalidItem;
import nl.supplementguidelines.web.problem.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which rows of the interaction table apply to a set of medicines and nutrients. */
@Service
@Transactional(readOnly = true)
class InteractionCheckService {

    private final Interactions interactions;
    private final NutrientLookup nutrients;
    private final GuidelineDoses guidelines;

    InteractionCheckService(Interactions interactions, NutrientLookup nutrients, GuidelineDoses guidelines) {
        this.interactions = interactions;
        this.nutrients = nutrients;
        this.guidelines = guidelines;
    }

    InteractionList list(String nutrientFilter, String atcFilter) {
        List<InteractionView> table = interactions.all();
        NutrientInfo nutrient = null;
        if (nutrientFilter != null) {
            nutrient = NutrientLookup.match(nutrientFilter, nutrients.all()).orElseThrow(() -> InvalidRequest.invalidParameters(List.of(
                    new InvalidItem("nutrient", "is not a nutrient this API knows (give a slug, Dutch or English name, such as zink or Zinc)", nutrientFilter))));
        }
        AtcCode atc = atcFilter == null ? null : AtcCode.parse(atcFilter);
        NutrientInfo wanted = nutrient;
        List<InteractionView> items = table.stream()
                .filter(row -> wanted == null || (row.nutrient() != null && row.nutrient().slug().equals(wanted.slug())))
                .filter(row -> atc == null || row.atcCodes().stream().anyMatch(atc::fallsUnder))
                .toList();
        String atcText = atc == null ? "" : (wanted != null ? " + " : "") + atc.value();
        String nl = (wanted == null ? "" : wanted.nameIn(Language.NL)) + atcText;
        String en = (wanted == null ? "" : wanted.nameIn(Language.EN)) + atcText;
        Text summary;
        InteractionList.Status status;
        if (items.isEmpty()) {
            status = InteractionList.Status.NONE_KNOWN_IN_OUR_SOURCES;
            summary = new Text("Geen interacties bekend in onze bronnen" + (nl.isEmpty() ? "." : " voor " + nl + "."),
                    "None known in our sources" + (en.isEmpty() ? "." : " for " + en + "."));
        } else {
            status = InteractionList.Status.FOUND;
            summary = new Text(items.size() + (items.size() == 1 ? " interactie" : " interacties") + " in onze bronnen" + (nl.isEmpty() ? "." : " voor " + nl + "."),
                    items.size() + (items.size() == 1 ? " interaction" : " interactions") + " in our sources" + (en.isEmpty() ? "." : " for " + en + "."));
        }
        return new InteractionList(items, wanted == null ? null : wanted.reference(), atc == null ? null : atc.value(), status, summary,
                Interactions.SEVERITY_NOTE);
    }

    InteractionView row(int row) {
        return interactions.row(row).orElseThrow(() -> InteractionNotFound.forRow(row));
    }

    InteractionCheckResponse check(InteractionCheckRequest request, Language language) {
        List<InvalidItem> errors = new ArrayList<>();
        List<InteractionView> table = interactions.all();

        List<MedicineView> medicines = new ArrayList<>();
        for (int i = 0; i < request.medicines().size(); i++) {
            String medicine = request.medicines().get(i);
            Set<String> codes = Interactions.codesFor(medicine, table);
            if (codes.isEmpty()) {
                errors.add(new InvalidItem("medicines[" + i + "]", "is neither an ATC code (such as J01MA02) nor the name of a medicine group in our "
                        + "interaction table (GET /api/v1/interactions lists them)", medicine));
            } else {
                medicines.add(new MedicineView(i, medicine, AtcCode.isValid(medicine) ? ResolvedAs.ATC_CODE : ResolvedAs.MEDICINE_GROUP_NAME,
                        List.copyOf(codes)));
            }
        }

        int given = (request.guideline() == null ? 0 : 1) + (request.regimen() == null ? 0 : 1) + (request.nutrients() == null ? 0 : 1);
        if (given != 1) {
            errors.add(new InvalidItem(given == 0 ? "guideline" : "regimen",
                    "give exactly one of guideline, regimen or nutrients (" + given + " given)", null));
        }
        List<GuidelineSource> sources = new ArrayList<>();
        Map<String, NutrientInfo> checked = new LinkedHashMap<>();
        if (given == 1) {
            if (request.nutrients() != null) {
                List<NutrientInfo> all = nutrients.all();
                for (int i = 0; i < request.nutrients().size(); i++) {
                    String name = request.nutrients().get(i);
                    Optional<NutrientInfo> found = NutrientLookup.match(name, all);
                    if (found.isEmpty()) {
                        errors.add(new InvalidItem("nutrients[" + i + "]", "is not a nutrient this API knows (give a slug, Dutch or English name)", name));
                    } else {
                        checked.putIfAbsent(found.get().slug(), found.get());
                    }
                }
            } else {
                List<String> slugs = request.guideline() != null ? List.of(request.guideline()) : request.regimen().guidelines();
                String field = request.guideline() != null ? "guideline" : "regimen.guidelines";
                Map<String, GuidelineDoseSet> found = guidelines.find(slugs);
                for (int i = 0; i < slugs.size(); i++) {
                    if (!found.containsKey(slugs.get(i))) {
                        errors.add(new InvalidItem(request.guideline() != null ? field : field + "[" + i + "]",
                                "is not a guideline this API has (GET /api/v1/guidelines lists them)", slugs.get(i)));
                    }
                }
                for (GuidelineDoseSet set : found.values()) {
                    sources.add(set.guideline());
                    for (RecommendedDose dose : set.doses()) {
                        checked.putIfAbsent(dose.nutrient().slug(), dose.nutrient());
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequest.unprocessable(errors);
        }

        List<NutrientResult> results = new ArrayList<>();
        int count = 0;
        for (NutrientInfo nutrient : checked.values()) {
            List<InteractionView> rows = table.stream().filter(row -> row.nutrient() != null && row.nutrient().slug().equals(nutrient.slug())).toList();
            List<Match> matches = new ArrayList<>();
            for (InteractionView row : rows) {
                Set<String> matchedCodes = new java.util.HashSet<>();
                for (MedicineView medicine : medicines) {
                    // The same medicine given twice (or by code and by name) is one match, not two.
                    match(row, medicine).filter(groupCode -> matchedCodes.add(medicineCode(medicine, groupCode)))
                            .ifPresent(groupCode -> matches.add(new Match(row, medicine.input(),
                                    medicineCode(medicine, groupCode), groupCode, explain(nutrient, row, medicine, groupCode, language))));
                }
            }
            count += matches.size();
            results.add(new NutrientResult(nutrient.reference(), status(rows, matches), matches, explain(nutrient, rows, matches, language)));
        }
        String summary = language.pick(
                count + (count == 1 ? " interactie gevonden" : " interacties gevonden") + " in onze bronnen voor " + checked.size()
                        + (checked.size() == 1 ? " nutriënt" : " nutriënten") + " en " + medicines.size() + (medicines.size() == 1 ? " medicijn." : " medicijnen."),
                count + (count == 1 ? " interaction found" : " interactions found") + " in our sources for " + checked.size()
                        + (checked.size() == 1 ? " nutrient" : " nutrients") + " and " + medicines.size() + (medicines.size() == 1 ? " medicine." : " medicines."));
        return new InteractionCheckResponse(medicines, sources, results, count, summary, Interactions.SEVERITY_NOTE);
    }

    /** The group code of the row that the medicine falls under: the first of the row's codes that prefixes one of the medicine's. */
    private static Optional<String> match(InteractionView row, MedicineView medicine) {
        for (String code : medicine.atcCodes()) {
            AtcCode atc = new AtcCode(code);
            for (String group : row.atcCodes()) {
                if (atc.fallsUnder(group)) {
                    return Optional.of(group);
                }
            }
        }
        return Optional.empty();
    }

    private static String medicineCode(MedicineView medicine, String groupCode) {
        return medicine.atcCodes().stream().filter(code -> code.startsWith(groupCode)).findFirst().orElse(groupCode);
    }

    private static Status status(List<InteractionView> rows, List<Match> matches) {
        if (rows.isEmpty()) {
            return Status.NONE_KNOWN_IN_OUR_SOURCES;
        }
        return matches.isEmpty() ? Status.NONE_FOUND_FOR_THESE_MEDICINES : Status.INTERACTIONS_FOUND;
    }

    private static String explain(NutrientInfo nutrient, List<InteractionView> rows, List<Match> matches, Language language) {
        String name = nutrient.nameIn(language);
        if (rows.isEmpty()) {
            return language.pick(name + ": geen interacties met medicijnen bekend in onze bronnen.",
                    name + ": no medicine interactions known in our sources.");
        }
        if (matches.isEmpty()) {
            return language.pick(name + ": geen interactie met deze medicijnen bekend in onze bronnen (wel met andere: zie GET /api/v1/interactions?nutrient=" + nutrient.slug() + ").",
                    name + ": no interaction with these medicines known in our sources (there are with others: see GET /api/v1/interactions?nutrient=" + nutrient.slug() + ").");
        }
        return language.pick(name + ": " + matches.size() + (matches.size() == 1 ? " interactie" : " interacties") + " met deze medicijnen in onze bronnen.",
                name + ": " + matches.size() + (matches.size() == 1 ? " interaction" : " interactions") + " with these medicines in our sources.");
    }

    private static String explain(NutrientInfo nutrient, InteractionView row, MedicineView medicine, String groupCode, Language language) {
        String code = medicineCode(medicine, groupCode);
        String sources = String.join(", ", row.sources().stream().map(InteractionView.SourceView::code).toList());
        String advice = row.adviceGiven()
                ? language.pick("Advies van de bron: " + row.advice() + ".", "Advice given by the source: " + row.advice() + ".")
                : language.pick("De bron geeft geen advies.", "The source gives no advice.");
        String under = code.equals(groupCode) ? groupCode : code + language.pick(" valt onder ", " falls under ") + groupCode;
        return language.pick(
                row.nutrientAsWritten() + " en " + medicine.input() + " (" + under + ", " + row.medicineGroup() + "): " + row.effect() + ". "
                        + advice + " Bron: " + sources + " (interactierij " + row.row() + ").",
                row.nutrientAsWritten() + " and " + medicine.input() + " (" + under + ", " + row.medicineGroup() + "): " + row.effect() + ". "
                        + advice + " Source: " + sources + " (interaction row " + row.row() + ").");
    }
}
