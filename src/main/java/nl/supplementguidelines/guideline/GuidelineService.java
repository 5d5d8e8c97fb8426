package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineRecommendations;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineSummary;
import nl.supplementguidelines.guideline.GuidelineViews.VersionSummaryView;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.web.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.referencelevel.GuidelineDoseLevels;
import nl.supplementguidelines.referencelevel.ReferenceLevels;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads published guidelines. The public face of a slug is its live version: CURRENT is served, WITHDRAWN is a 410;
 * a version by number is served whatever its status. Texts come in the language asked when a translation exists.
 */
@Service
@Transactional(readOnly = true)
class GuidelineService {

    private static final long NO_NUTRIENT = -1;

    private final GuidelineRows guidelines;
    private final ReferenceLevels referenceLevels;
    private final Nutrients nutrients;
    private final TranslationReader translations;
    private final RankedSearch rankedSearch;

    GuidelineService(GuidelineRows guidelines, ReferenceLevels referenceLevels, Nutrients nutrients, TranslationReader translations,
            RankedSearch rankedSearch) {
        this.rankedSearch = rankedSearch;
        this.guidelines = guidelines;
        this.referenceLevels = referenceLevels;
        this.nutrients = nutrients;
        this.translations = translations;
    }

    /** A representation and the language its texts are in (the Content-Language to answer with). */
    record Served<T>(T body, String language) {
    }

    /**
     * A version by number: immutable when its texts are in the language asked for (the version's own, or a published
     * translation, which never changes either); an answer in Dutch for lack of a translation may become English.
     *
     * @param lastModified when these texts were published: the version's, or the translation's
     */
    record ServedVersion(Served<GuidelineDetails> served, boolean immutable, Instant lastModified) {
    }

    ResultPage<GuidelineSummary> search(GuidelineFilter filter, int page, int size) {
        // Bounded before anything else: too many words are a 400 before a statement runs.
        List<String> words = filter.text() == null ? null : SearchQuery.words(filter.text());
        // A slug no nutrient has keeps the same query with an id no row has, so the page comes out empty as before.
        Long nutrientId = filter.nutrientSlug() == null ? null : nutrients.idOfSlug(filter.nutrientSlug()).orElse(NO_NUTRIENT);
        if (words == null) {
            return guidelines.current(filter.toSql(nutrientId), page, size).map(GuidelineMapper::toSummary);
        }
        RankedSearch.Result result = rankedSearch.search(words, nutrientId, filter.minEvidence(), page, size);
        Map<Long, Guideline> found = guidelines.findAllById(result.items().stream().map(RankedSearch.Ranked::id).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Guideline::getId, guideline -> guideline));
        List<GuidelineSummary> items = result.items().stream().filter(ranked -> found.containsKey(ranked.id()))
                .map(ranked -> GuidelineMapper.toSummary(found.get(ranked.id()), ranked.hit().matches())).toList();
        return ResultPage.counted(page, size, items, result.total());
    }

    Served<GuidelineDetails> get(String slug, Language language) {
        Guideline guideline = current(slug);
        // Whether each related guideline is published now comes with the version's parts: no statement of its own.
        Set<String> existing = guideline.getCurrentRelatedSlugs();
        Translated texts = translations.texts(guideline, language);
        return new Served<>(GuidelineMapper.toDetails(guideline, existing, levelsOf(guideline), nutrientsOf(guideline, true), texts),
                texts.language(guideline));
    }

    /** A version by number, with nothing computed (no availability, no reference levels): only what was published. */
    ServedVersion version(String slug, int version, Language language) {
        Guideline guideline = guidelines.getVersion(slug, version);
        Translated texts = translations.texts(guideline, language);
        Served<GuidelineDetails> served = new Served<>(GuidelineMapper.toDetails(guideline, null, null, nutrientsOf(guideline, true), texts),
                texts.language(guideline));
        Instant published = texts.view() == null ? guideline.getPublication().publishedAt() : texts.view().publishedAt();
        return new ServedVersion(served, language.tag().equals(served.language()), published);
    }

    Served<GuidelineRecommendations> recommendations(String slug, Language language) {
        Guideline guideline = current(slug);
        Translated texts = translations.texts(guideline, language);
        return new Served<>(new GuidelineRecommendations(GuidelineMapper.toReference(guideline), guideline.getLastModified(),
                GuidelineMapper.toRecommendationViews(guideline, levelsOf(guideline), nutrientsOf(guideline, false), texts), texts.view()),
                texts.language(guideline));
    }

    /** The versions of a guideline, oldest first; an unknown slug (or one that only has a draft) is a 404. */
    ResultPage<VersionSummaryView> versions(String slug, int page, int size) {
        ResultPage<Guideline> versions = guidelines.versions(slug, page, size);
        if (versions.totalElements() == 0) {
            throw GuidelineNotFound.forSlug(slug);
        }
        return versions.map(GuidelineMapper::toVersionSummary);
    }

    private GuidelineDoseLevels levelsOf(Guideline guideline) {
        return referenceLevels.forGuidelineDoses(guideline.getRecommendations().stream().map(Recommendation::getNutrientId).toList());
    }

    /** The guideline's nutrients in one statement, as the rows' batch loading does. */
    private Map<Long, NutrientInfo> nutrientsOf(Guideline guideline, boolean withAttentionPoints) {
        Stream<Long> ids = guideline.getRecommendations().stream().map(Recommendation::getNutrientId);
        if (withAttentionPoints) {
            ids = Stream.concat(ids, guideline.getAttentionPoints().stream().map(AttentionPoint::getNutrientId).filter(Objects::nonNull));
        }
        return nutrients.byIds(ids.toList());
    }

    private Guideline current(String slug) {
        Guideline live = guidelines.findLive(slug).orElseThrow(() -> GuidelineNotFound.forSlug(slug));
        if (live.getStatus() == GuidelineStatus.WITHDRAWN) {
            throw GuidelineWithdrawn.of(live);
        }
        return live;
    }

}
