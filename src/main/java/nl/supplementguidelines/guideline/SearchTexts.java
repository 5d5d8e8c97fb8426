package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.SearchMatcher.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads what search works on: the synonym pairs (search_synonym, V24) and the searchable texts of CURRENT versions
 * (the view search_text, V24) as {@link Document}s, on either database.
 */
@Component
class SearchTexts {

    private final JdbcClient jdbc;

    SearchTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchQuery.Synonym> synonyms() {
        return jdbc.sql("select term, synonym from search_synonym order by id")
                .query((rs, row) -> new SearchQuery.Synonym(rs.getString(1), rs.getString(2))).list();
    }

    /** The documents of these CURRENT versions (all CURRENT versions when ids is null), keyed by id. */
    Map<Long, Document> documents(@Nullable Collection<Long> ids) {
        if (ids != null && ids.isEmpty()) {
            return Map.of();
        }
        String sql = "select s.guideline_id, g.slug, s.field, s.text from search_text s join guideline g on g.id = s.guideline_id "
                + "where g.status = 'CURRENT'" + (ids == null ? "" : " and g.id in (:ids)");
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (ids != null) {
            statement = statement.param("ids", ids);
        }
        Map<Long, String> slugs = new HashMap<>();
        Map<Long, Map<String, List<String>>> words = new LinkedHashMap<>();
        statement.query(rs -> {
            long id = rs.getLong(1);
            slugs.put(id, rs.getString(2));
            String field = rs.getString(3);
            List<String> fieldWords = words.computeIfAbsent(id, key -> new HashMap<>()).computeIfAbsent(field, key -> new ArrayList<>());
            for (String word : SearchWords.words(plain(field, rs.getString(4)))) {
                if (!SearchWords.isStopWord(word)) {
                    fieldWords.add(word);
                }
            }
        });
        return words.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new Document(entry.getKey(), slugs.get(entry.getKey()), entry.getValue())));
    }

    /** A translation's JSON gives its title, alternative names and description, as search_plain (V25) does on PostgreSQL. */
    static String plain(String field, String text) {
        if (!"translation".equals(field)) {
            return text;
        }
        JsonNode texts = JsonMapper.shared().readTree(text);
        StringBuilder plain = new StringBuilder(texts.path("title").asString("")).append(' ').append(texts.path("description").asString(""));
        for (JsonNode name : texts.path("alternativeNames")) {
            plain.append(' ').append(name.asString(""));
        }
        return plain.toString();
    }
}
