package nl.supplementguidelines.guideline;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks and explains in Java, the way the PostgreSQL query (PostgresSearch) ranks: a word matches a document word whose
 * stem starts with the stem of one of its spellings (so {@code darmen} finds {@code darm} and {@code barriere} finds
 * {@code barrierefunctie}); a guideline's tier is that of the best field holding every word of an alternative (title 4,
 * alternative names 3, description 2, nutrients, effects and translations 1), 0 when the words are found only across fields.
 */
final class SearchMatcher {

    static final List<String> FIELDS = List.of("title", "alternativeName", "description", "nutrient", "effect", "translation");

    private SearchMatcher() {
    }

    /** The searchable texts of one guideline as words: per field, the words of each of its texts. */
    record Document(long id, String slug, Map<String, List<String>> fieldWords) {
    }

    @Schema(name = "SearchMatch", description = "Why a guideline matched `q`: a word of the query and where it was found. With a synonym "
            + "(`field` synonym) the query's words were replaced by the synonym's, whose own matches follow.")
    record SearchMatch(
            @Schema(description = "The query word (lower case, accents removed), or the query's words a synonym replaced", example = "darmen") String term,
            @Schema(description = "Where it was found", allowableValues = {"title", "alternativeName", "description", "nutrient", "effect",
                    "translation", "synonym"}, example = "title") String field,
            @Schema(description = "The word of the guideline it matched (lower case, accents removed; a different word when stemmed, "
                    + "a prefix of a compound or one typo away), or the synonym", example = "darm") String matched) {
    }

    /** The tier of a match and why; null when the guideline does not match. */
    record Hit(int tier, List<SearchMatch> matches) {
    }

    static int tierOf(String field) {
        return switch (field) {
            case "title" -> 4;
            case "alternativeName" -> 3;
            case "description" -> 2;
            default -> 1;
        };
    }

    static @Nullable Hit match(Document document, SearchQuery query) {
        // Each word of the document stemmed once, not once per query word, spelling and alternative.
        Map<String, List<String>> stems = new HashMap<>();
        document.fieldWords().forEach((field, words) -> stems.put(field, words.stream().map(SearchWords::stem).toList()));
        Hit best = null;
        for (SearchQuery.Alternative alternative : query.alternatives()) {
            Hit hit = match(document, stems, alternative);
            if (hit != null && (best == null || hit.tier() > best.tier())) {
                best = hit;
            }
        }
        return best;
    }

    private static @Nullable Hit match(Document document, Map<String, List<String>> stems, SearchQuery.Alternative alternative) {
        List<SearchMatch> matches = new ArrayList<>();
        if (alternative.synonym() != null) {
            matches.add(new SearchMatch(alternative.synonym().term(), "synonym", alternative.synonym().synonym()));
        }
        int tier = 0;
        for (String field : FIELDS) {
            List<String> words = document.fieldWords().getOrDefault(field, List.of());
            List<String> fieldStems = stems.getOrDefault(field, List.of());
            if (tier == 0 && alternative.words().stream().allMatch(term -> found(term, words, fieldStems) != null)) {
                tier = tierOf(field);
            }
        }
        for (SearchQuery.Term term : alternative.words()) {
            SearchMatch match = null;
            for (String field : FIELDS) {
                String word = found(term, document.fieldWords().getOrDefault(field, List.of()), stems.getOrDefault(field, List.of()));
                if (word != null) {
                    match = new SearchMatch(term.word(), field, word);
                    break;
                }
            }
            if (match == null) {
                return null;
            }
            matches.add(match);
        }
        return new Hit(tier, List.copyOf(matches));
    }

    /** @param stems the stems of {@code words}, index for index */
    private static @Nullable String found(SearchQuery.Term term, List<String> words, List<String> stems) {
        for (String spelling : term.spellings()) {
            String stem = SearchWords.stem(spelling);
            for (int i = 0; i < words.size(); i++) {
                if (stems.get(i).startsWith(stem)) {
                    return words.get(i);
                }
            }
        }
        return null;
    }
}
