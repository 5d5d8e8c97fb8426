package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.RankedSearch.Filter;
import nl.supplementguidelines.guideline.RankedSearch.Ranked;
import nl.supplementguidelines.guideline.RankedSearch.Result;
import nl.supplementguidelines.guideline.SearchMatcher.Document;
import nl.supplementguidelines.guideline.SearchMatcher.Hit;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search on PostgreSQL: the query as a tsquery over guideline_search (V25, GIN index; Dutch stemming, every word
 * a prefix so a compound is found by its first part), ranked by the best weight holding every word (ts_filter: A
 * title, B alternative names, C description, D the rest), then slug. Typos are corrected against search_word through
 * its trigram index, then kept only when one edit away, as on H2.
 */
final class PostgresSearch {

    private static final int CORRECTION_CANDIDATES = 50;

    private PostgresSearch() {
    }

    static Result search(JdbcClient jdbc, SearchTexts texts, List<String> words, Filter filter, int page, int size) {
        SearchQuery query = SearchQuery.of(words, texts.synonyms(), word -> Set.copyOf(jdbc.sql(
                        "select word from search_word where word % :word order by similarity(word, :word) desc, word limit " + CORRECTION_CANDIDATES)
                .param("word", word).query(String.class).list()));
        String sql = """
                select g.id, case when ts_filter(s.document, '{a}') @@ q.query then 4 when ts_filter(s.document, '{b}') @@ q.query then 3
                                  when ts_filter(s.document, '{c}') @@ q.query then 2 when ts_filter(s.document, '{d}') @@ q.query then 1 else 0 end as tier,
                       count(*) over () as total
                from guideline_search s join guideline g on g.id = s.guideline_id, (select to_tsquery('dutch', :query) as query) q
                where s.document @@ q.query and g.status = 'CURRENT'""" + filter.sql() + " order by tier desc, g.slug limit :size offset :offset";
        List<long[]> rows = filter.bind(jdbc.sql(sql)).param("query", tsquery(query)).param("size", size).param("offset", (long) page * size)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getLong(3)}).list();
        long total = rows.isEmpty() ? count(jdbc, query, filter) : rows.get(0)[2];
        Map<Long, Document> documents = texts.documents(rows.stream().map(row -> row[0]).toList());
        List<Ranked> ranked = new ArrayList<>();
        for (long[] row : rows) {
            Document document = documents.get(row[0]);
            Hit explained = document == null ? null : SearchMatcher.match(document, query);
            ranked.add(new Ranked(row[0], new Hit((int) row[1], explained == null ? List.of() : explained.matches())));
        }
        return new Result(List.copyOf(ranked), total);
    }

    private static long count(JdbcClient jdbc, SearchQuery query, Filter filter) {
        return filter.bind(jdbc.sql("select count(*) from guideline_search s join guideline g on g.id = s.guideline_id "
                        + "where s.document @@ to_tsquery('dutch', :query) and g.status = 'CURRENT'" + filter.sql()))
                .param("query", tsquery(query)).query(Long.class).single();
    }

    /** {@code (a:* | b:*) & c:*}, alternatives joined by {@code |}; the words are [a-z0-9]+ only, so nothing needs quoting. */
    static String tsquery(SearchQuery query) {
        return query.alternatives().stream()
                .map(alternative -> alternative.words().stream()
                        .map(term -> term.spellings().stream().map(spelling -> spelling + ":*").collect(Collectors.joining(" | ", "(", ")")))
                        .collect(Collectors.joining(" & ", "(", ")")))
                .collect(Collectors.joining(" | "));
    }
}
