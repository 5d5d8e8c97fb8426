package nl.supplementguidelines.guideline;

import nl.supplementguidelines.evidence.EvidenceLevel;
import nl.supplementguidelines.guideline.SearchMatcher.Document;
import nl.supplementguidelines.guideline.SearchMatcher.Hit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Ranked search of CURRENT versions (README, "Ranked search"). On PostgreSQL the database finds, ranks and pages
 * through its full-text index ({@link PostgresSearch}); on H2, which has no Dutch stemmer, {@link SearchMatcher} ranks
 * every guideline in Java, which suits the embedded database's small content. Either way the page is explained in Java.
 * Order: tier (best field), then slug.
 */
@Component
class RankedSearch {

    /** One found guideline, in rank order. */
    record Ranked(long id, Hit hit) {
    }

    record Result(List<Ranked> items, long total) {
    }

    private final JdbcClient jdbc;
    private final SearchTexts texts;
    private final DataSource dataSource;
    private volatile @Nullable Boolean postgres;

    RankedSearch(JdbcClient jdbc, SearchTexts texts, DataSource dataSource) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.dataSource = dataSource;
    }

    Result search(List<String> words, @Nullable Long nutrientId, @Nullable EvidenceLevel minEvidence, int page, int size) {
        if (words.isEmpty()) {
            return new Result(List.of(), 0);
        }
        return isPostgres() ? PostgresSearch.search(jdbc, texts, words, filter(nutrientId, minEvidence), page, size)
                : inJava(words, nutrientId, minEvidence, page, size);
    }

    private Result inJava(List<String> words, @Nullable Long nutrientId, @Nullable EvidenceLevel minEvidence, int page, int size) {
        Map<Long, Document> documents = texts.documents(null);
        Set<String> lexicon = new HashSet<>();
        documents.values().forEach(document -> document.fieldWords().values().forEach(lexicon::addAll));
        Function<String, Set<String>> corrections = word -> Set.copyOf(lexicon.stream().filter(known -> SearchWords.oneEditApart(word, known)).toList());
        SearchQuery query = SearchQuery.of(words, texts.synonyms(), corrections);
        Filter filter = filter(nutrientId, minEvidence);
        Set<Long> allowed = nutrientId == null && minEvidence == null ? null
                : Set.copyOf(filter.bind(jdbc.sql("select g.id from guideline g where g.status = 'CURRENT'" + filter.sql())).query(Long.class).list());
        List<Ranked> ranked = documents.values().stream()
                .filter(document -> allowed == null || allowed.contains(document.id()))
                .map(document -> {
                    Hit hit = SearchMatcher.match(document, query);
                    return hit == null ? null : new RankedDocument(document.slug(), new Ranked(document.id(), hit));
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt((RankedDocument r) -> -r.ranked().hit().tier()).thenComparing(RankedDocument::slug))
                .map(RankedDocument::ranked).toList();
        long from = Math.min((long) page * size, ranked.size());
        return new Result(ranked.subList((int) from, (int) Math.min(from + size, ranked.size())), ranked.size());
    }

    private record RankedDocument(String slug, Ranked ranked) {
    }

    /** The nutrient and evidence filters as SQL over {@code g} (a guideline row), with their parameters. */
    record Filter(String sql, @Nullable Long nutrientId, @Nullable Integer minEvidence) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec bound = statement;
            if (nutrientId != null) {
                bound = bound.param("nutrient", nutrientId);
            }
            if (minEvidence != null) {
                bound = bound.param("evidence", minEvidence);
            }
            return bound;
        }
    }

    static Filter filter(@Nullable Long nutrientId, @Nullable EvidenceLevel minEvidence) {
        if (nutrientId == null && minEvidence == null) {
            return new Filter("", null, null);
        }
        String sql = " and exists (select 1 from recommendation r where r.guideline_id = g.id"
                + (nutrientId != null ? " and r.nutrient_id = :nutrient" : "")
                + (minEvidence != null ? " and r.evidence_level >= :evidence" : "") + ")";
        return new Filter(sql, nutrientId, minEvidence == null ? null : minEvidence.value());
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new org.springframework.dao.DataAccessResourceFailureException("Cannot tell the database", e);
            }
            postgres = known;
        }
        return known;
    }
}
