package nl.supplementguidelines.interaction;

import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.GuidelineSource;
import nl.supplementguidelines.interaction.InteractionCheckResponse.Match;
import nl.supplementguidelines.interaction.InteractionCheckResponse.MedicineView;
import nl.supplementguidelines.interaction.InteractionCheckResponse.NutrientResult;
import nl.supplementguidelines.interaction.InteractionCheckResponse.ResolvedAs;
import nl.supplementguidelines.interaction.InteractionCheckResponse.Status;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.language.Localized;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientNames;
import nl.supplementguidelines.resolve.FieldErrors;
import nl.supplementguidelines.resolve.FieldPath;
import nl.supplementguidelines.resolve.RequestResolver;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which rows of the interaction table apply to a set of medicines and nutrients, computed from the content in memory. */
@Service
class InteractionCheckService {

    private final Interactions interactions;
    private final RequestResolver resolver;
    private final InteractionWording wording;

    InteractionCheckService(Interactions interactions, RequestResolver resolver, InteractionWording wording) {
        this.interactions = interactions;
        this.resolver = resolver;
        this.wording = wording;
    }

    InteractionList list(@Nullable String nutrientFilter, @Nullable String atcFilter) {
        List<InteractionView> table = interactions.all();
        NutrientInfo nutrient = null;
        if (nutrientFilter != null) {
            FieldErrors errors = new FieldErrors();
            nutrient = resolver.nutrient(nutrientFilter, resolver.catalogue(), FieldPath.of("nutrient"), true, errors).orElse(null);
            errors.throwIfAnyParameter();
        }
        AtcCode atc = atcFilter == null ? null : AtcCode.parse(atcFilter);
        NutrientInfo wanted = nutrient;
        List<InteractionView> items = table.stream()
                .filter(row -> wanted == null || (row.nutrient() != null && row.nutrient().slug().equals(wanted.slug())))
                .filter(row -> atc == null || row.atcCodes().stream().anyMatch(atc::fallsUnder))
                .toList();
        String atcText = atc == null ? "" : (wanted != null ? " + " : "") + atc.value();
        Localized filter = language -> (wanted == null ? "" : wanted.nameIn(language)) + atcText;
        InteractionList.Status status = items.isEmpty() ? InteractionList.Status.NONE_KNOWN_IN_OUR_SOURCES : InteractionList.Status.FOUND;
        return new InteractionList(items, wanted == null ? null : wanted.reference(), atc == null ? null : atc.value(), status,
                wording.listSummary(items.size(), filter), Interactions.SEVERITY_NOTE);
    }

    InteractionView row(int row) {
        return interactions.row(row).orElseThrow(() -> InteractionNotFound.forRow(row));
    }

    InteractionCheckResponse check(InteractionCheckRequest request, Language language) {
        FieldErrors errors = new FieldErrors();
        InteractionTable table = interactions.table();
        List<MedicineView> medicines = medicines(request.medicines(), table, errors);
        int given = (request.guideline() == null ? 0 : 1) + (request.regimen() == null ? 0 : 1) + (request.nutrients() == null ? 0 : 1);
        if (given != 1) {
            errors.add(FieldPath.of(given == 0 ? "guideline" : "regimen"), "give exactly one of guideline, regimen or nutrients (" + given + " given)", null);
        }
        List<GuidelineSource> sources = new ArrayList<>();
        Map<String, NutrientInfo> checked = new LinkedHashMap<>();
        if (given == 1) {
            if (request.nutrients() != null) {
                NutrientNames catalogue = resolver.catalogue();
                for (int i = 0; i < request.nutrients().size(); i++) {
                    resolver.nutrient(request.nutrients().get(i), catalogue, FieldPath.of("nutrients").at(i), false, errors)
                            .ifPresent(found -> checked.putIfAbsent(found.slug(), found));
                }
            } else {
                Collection<GuidelineDoseSet> found = request.guideline() != null
                        ? resolver.guideline(request.guideline(), FieldPath.of("guideline"), errors).stream().toList()
                        : resolver.guidelines(request.regimen().guidelines(), FieldPath.of("regimen.guidelines"), RequestResolver.Repeats.ALLOWED, errors).values();
                for (GuidelineDoseSet set : found) {
                    sources.add(set.guideline());
                    set.doses().forEach(dose -> checked.putIfAbsent(dose.nutrient().slug(), dose.nutrient()));
                }
            }
        }
        errors.throwIfAny();

        List<NutrientResult> results = new ArrayList<>();
        int count = 0;
        for (NutrientInfo nutrient : checked.values()) {
            List<InteractionView> rows = table.rowsOf(nutrient.slug());
            List<Match> matches = new ArrayList<>();
            for (InteractionView row : rows) {
                Set<String> matchedCodes = new HashSet<>();
                for (MedicineView medicine : medicines) {
                    // The same medicine given twice (or by code and by name) is one match, not two.
                    match(row, medicine).filter(groupCode -> matchedCodes.add(medicineCode(medicine, groupCode)))
                            .ifPresent(groupCode -> matches.add(new Match(row, medicine.input(), medicineCode(medicine, groupCode), groupCode,
                                    wording.match(row, medicine, medicineCode(medicine, groupCode), groupCode, language))));
                }
            }
            count += matches.size();
            results.add(new NutrientResult(nutrient.reference(), status(rows, matches), matches,
                    wording.nutrientResult(nutrient, rows.size(), matches.size(), language)));
        }
        return new InteractionCheckResponse(medicines, sources, results, count, wording.checkSummary(count, checked.size(), medicines.size(), language),
                Interactions.SEVERITY_NOTE);
    }

    private static List<MedicineView> medicines(List<String> given, InteractionTable table, FieldErrors errors) {
        List<MedicineView> medicines = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String medicine = given.get(i);
            Set<String> codes = table.codesFor(medicine);
            if (codes.isEmpty()) {
                errors.add(FieldPath.of("medicines").at(i), "is neither an ATC code (such as J01MA02) nor the name of a medicine group in our "
                        + "interaction table (GET /api/v1/interactions lists them)", medicine);
            } else {
                medicines.add(new MedicineView(i, medicine, AtcCode.isValid(medicine) ? ResolvedAs.ATC_CODE : ResolvedAs.MEDICINE_GROUP_NAME,
                        List.copyOf(codes)));
            }
        }
        return medicines;
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
}
