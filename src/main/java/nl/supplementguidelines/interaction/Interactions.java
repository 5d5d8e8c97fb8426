package nl.supplementguidelines.interaction;

import nl.supplementguidelines.nutrient.InteractionSummary;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientInteractions;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.resolve.ContentMemory;
import nl.supplementguidelines.web.ApiPaths;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The interaction table: all of it, filtered, or the rows that apply to medicines and nutrients. Kept in memory per
 * content version ({@link ContentMemory}); read from the database for each request when the version is unknown.
 */
@Service
class Interactions implements NutrientInteractions {

    // Compiled once: every check folds the medicine names it is given.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final String SEVERITY_NOTE = "Our sources grade no severity on a common scale, so the API gives none.";

    private final InteractionRows interactions;
    private final Nutrients nutrients;
    private final InteractionWording wording;
    private final ContentMemory.View<InteractionTable> table;
    private final TransactionTemplate readOnly;

    Interactions(InteractionRows interactions, Nutrients nutrients, InteractionWording wording,
            ContentMemory memory, PlatformTransactionManager transactions) {
        this.interactions = interactions;
        this.nutrients = nutrients;
        this.wording = wording;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.table = memory.view("interaction table", this::read, this::read);
    }

    /** The table of the current content version. */
    InteractionTable table() {
        return table.current();
    }

    /** Every row, in table order, as views. */
    List<InteractionView> all() {
        return table().rows();
    }

    private InteractionTable read() {
        return readOnly.execute(status -> new InteractionTable(readRows()));
    }

    private List<InteractionView> readRows() {
        Map<String, String> citations = interactions.sources().stream()
                .collect(Collectors.toMap(InteractionSource::code, InteractionSource::citation));
        Map<Long, NutrientInfo> nutrientsById = nutrients.all().stream().collect(Collectors.toMap(NutrientInfo::id, Function.identity()));
        return interactions.allInTableOrder().stream().map(row -> toView(row, citations, nutrientsById)).toList();
    }

    Optional<InteractionView> row(int row) {
        return all().stream().filter(view -> view.row() == row).findFirst();
    }

    @Override
    public InteractionSummary summaryOf(NutrientInfo nutrient) {
        // From the table in memory, so the count is the length of the list the summary links to.
        long count = table().rowsOf(nutrient.slug()).size();
        String href = ApiPaths.V1 + "/interactions?nutrient=" + nutrient.slug();
        return new InteractionSummary(count == 0 ? InteractionSummary.Status.NONE_KNOWN_IN_OUR_SOURCES : InteractionSummary.Status.KNOWN, (int) count,
                wording.nutrientSummary(count), href);
    }

    static String fold(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static InteractionView toView(Interaction row, Map<String, String> citations, Map<Long, NutrientInfo> nutrientsById) {
        NutrientInfo nutrient = nutrientsById.get(row.getNutrientId());
        return new InteractionView(row.getPosition(), nutrient == null ? null : nutrient.reference(), row.getNutrientText(),
                row.getMedicineGroup(), row.getAtcCodes(), row.getEffect(), row.getAdvice(), row.getAdvice() != null,
                row.getEditorialNote(),
                row.getSourceCodes().stream().map(code -> new InteractionView.SourceView(code, citations.get(code))).toList(),
                "en", InteractionView.hrefOf(row.getPosition()));
    }
}
