package nl.supplementguidelines.guideline;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.supplementguidelines.dose.DoseView;
import nl.supplementguidelines.evidence.EvidenceLevelView;
import nl.supplementguidelines.nutrient.NutrientRecommendation.GuidelineReference;
import nl.supplementguidelines.nutrient.NutrientReference;
import nl.supplementguidelines.referencelevel.LevelCheck;
import nl.supplementguidelines.web.ApiPaths;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** The response records of the guideline resources. The rows the module reads never leave the service; these do. */
final class GuidelineViews {

    private GuidelineViews() {
    }

    static String hrefOf(String slug) {
        return ApiPaths.V1 + "/guidelines/" + slug;
    }

    static String versionsHrefOf(String slug) {
        return hrefOf(slug) + "/versions";
    }

    static String versionHrefOf(String slug, int version) {
        return versionsHrefOf(slug) + "/" + version;
    }

    @Schema(name = "GuidelineSummary", description = "A guideline as listed")
    record GuidelineSummary(
            @Schema(example = "leaky-gut") String slug,
            @Schema(example = "Leaky gut") String title,
            @Schema(description = "Language of the content (BCP 47)", example = "nl") String language,
            @Schema(description = "Other names the source gives the condition", example = "[\"lekkende darm\", \"verhoogde intestinale permeabiliteit\", \"hyperpermeabele darm\"]") List<String> alternativeNames,
            @Schema(description = "The current published version (1-based)", example = "1") int version,
            @Schema(description = "When the content of this guideline last changed") Instant lastModified,
            GuidelineLinks links,
            @Schema(description = "Only with `q`: why the guideline matched, per query word the field it was found in (the best one) and the "
                    + "word it matched; a leading `synonym` entry when the words were found through a synonym. Absent without `q`.",
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<SearchMatcher.SearchMatch> match) {
    }

    @Schema(name = "GuidelineLinks")
    record GuidelineLinks(
            @Schema(example = "/api/v1/guidelines/leaky-gut") String self,
            @Schema(example = "/api/v1/guidelines/leaky-gut/recommendations") String recommendations,
            @Schema(description = "The guideline's published versions", example = "/api/v1/guidelines/leaky-gut/versions") String versions) {

        static GuidelineLinks forSlug(String slug) {
            return new GuidelineLinks(hrefOf(slug), hrefOf(slug) + "/recommendations", versionsHrefOf(slug));
        }
    }

    @Schema(name = "GuidelineVersion", description = "Which published version a representation is, and who published it when. Never changes.")
    record VersionView(
            @Schema(description = "The version (1-based)", example = "1") int number,
            @Schema(description = "When it was published") Instant publishedAt,
            @Schema(description = "Who published it", example = "source document") String publishedBy,
            @Schema(description = "What changed, in the publisher's words",
                    example = "Version 1: the source document (Suppletierichtlijn Leaky gut) as read by the project") String changeNote,
            @Schema(description = "The version's permanent URL", example = "/api/v1/guidelines/leaky-gut/versions/1") String href,
            @Schema(description = "All versions of the guideline", example = "/api/v1/guidelines/leaky-gut/versions") String versions) {
    }

    @Schema(name = "GuidelineVersionSummary", description = "One published version of a guideline, as listed")
    record VersionSummaryView(
            @Schema(description = "The version (1-based)", example = "1") int number,
            @Schema(description = "When it was published") Instant publishedAt,
            @Schema(description = "Who published it", example = "source document") String publishedBy,
            @Schema(description = "What changed, in the publisher's words",
                    example = "Version 1: the source document (Suppletierichtlijn Leaky gut) as read by the project") String changeNote,
            @Schema(description = "CURRENT: the version GET /guidelines/{slug} serves; SUPERSEDED: a later one was published; "
                    + "WITHDRAWN: the guideline was withdrawn at this version", example = "CURRENT") GuidelineStatus status,
            @Schema(description = "The version's permanent URL", example = "/api/v1/guidelines/leaky-gut/versions/1") String href) {
    }

    @Schema(name = "Translation", description = "Present when the texts are a translation: its language and the version it translates. "
            + "Numbers, doses, evidence and slugs are never translated.")
    record TranslationView(
            @Schema(description = "The language of the texts (BCP 47)", example = "en") String language,
            @Schema(description = "The published version whose texts these are", example = "1") int translatesVersion,
            @Schema(description = "When the translation was published") Instant publishedAt,
            @Schema(description = "Who published it", example = "editor@example.org") String publishedBy) {
    }

    @Schema(name = "Guideline", description = "A whole guideline: the condition, the recommended nutrients with daily doses and evidence, attention points and related guidelines")
    record GuidelineDetails(
            @Schema(example = "leaky-gut") String slug,
            @Schema(example = "Leaky gut") String title,
            @Schema(description = "Language of the content (BCP 47)", example = "nl") String language,
            @Schema(description = "Other names the source gives the condition") List<String> alternativeNames,
            @Schema(description = "What the condition is, in the source's words") String description,
            @Schema(description = "Causes the source names, in its order. The source introduces them with 'waaronder' (among which): the list is not exhaustive.") List<String> causes,
            @Schema(description = "Conditions the source relates the guideline's condition to, in its order, each with the examples the source gives for it. Not exhaustive ('waaronder').") List<RelatedConditionView> relatedConditions,
            @Schema(description = "What the source says about cause and effect", example = "Het is echter niet goed bekend of de intestinale permeabiliteit oorzaak of gevolg van deze aandoeningen is.", nullable = true) String causalityStatement,
            @Schema(description = "The goal of supplementation", nullable = true) String goal,
            @Schema(description = "The rows of the guideline's table, in document order") List<RecommendationView> recommendations,
            @Schema(description = "Attention points for the practitioner, in document order") List<AttentionPointView> attentionPoints,
            @Schema(description = "Other guidelines of the series the source refers to") List<RelatedGuidelineView> relatedGuidelines,
            @Schema(description = "Footnotes of the source document") List<FootnoteView> footnotes,
            @Schema(description = "Notes of ours (in English) on how the source was read: corrections of obvious typos and extraction artefacts") List<String> editorialNotes,
            SourceView source,
            @Schema(description = "The published version this is") VersionView version,
            @Schema(description = "The translation served, when `Accept-Language` asked for a language the version has a translation in; "
                    + "absent for the Dutch original", nullable = true) TranslationView translation,
            @Schema(description = "When the content of this guideline last changed") Instant lastModified,
            GuidelineLinks links) {
    }

    @Schema(name = "RelatedCondition")
    record RelatedConditionView(
            @Schema(example = "auto-immuunaandoeningen") String name,
            @Schema(description = "Examples the source gives for this condition", example = "[\"Ziekte van Crohn\", \"coeliakie\", \"type 1 diabetes\"]") List<String> examples) {
    }

    @Schema(name = "Recommendation", description = "One row of a guideline's table: a nutrient, what it does, its daily dose and the evidence for it")
    record RecommendationView(
            @Schema(description = "Position in the table (1-based, document order)", example = "5") int position,
            NutrientReference nutrient,
            @Schema(description = "Qualifier the source adds to the nutrient", example = "multi-strain, multi-species", nullable = true) String qualifier,
            @Schema(description = "What the nutrient does, in the source's words and order", example = "[\"Essentieel voor celvernieuwing en herstelsystemen\", \"Moduleert tight junctions\"]") List<String> effects,
            @Schema(description = "The daily dose guideline ('Richtlijn voor dagdosering')") DoseView dailyDose,
            @Schema(description = "The footnote the dose refers to, if any", nullable = true) FootnoteView doseFootnote,
            @Schema(description = "Evidence strength ('Bewijskracht')") EvidenceLevelView evidence,
            @Schema(description = "The daily dose against the reference levels of safe daily intake (computed): whether the guideline's dose goes beyond one, "
                    + "citing it. Null in a version by number (`/versions/{n}`), whose answer never changes while reference levels may: the latest "
                    + "GET /api/v1/guidelines/{slug} and POST /api/v1/dose-checks (naming `slug@n`) check against today's levels.", nullable = true) LevelCheck referenceLevels) {
    }

    @Schema(name = "AttentionPoint")
    record AttentionPointView(
            @Schema(description = "Position (1-based, document order)", example = "2") int position,
            @Schema(example = "Een (tijdelijk) FODMAP-dieet kan de darm tot rust brengen en het herstel van de darmbarrière ondersteunen") String text,
            @Schema(description = "The nutrient the point is about, if it is about one", nullable = true) NutrientReference nutrient,
            @Schema(description = "A note of ours (in English) on the point", nullable = true) String editorialNote) {
    }

    enum Availability {
        AVAILABLE, NOT_YET_AVAILABLE
    }

    @Schema(name = "RelatedGuideline", description = "Another guideline of the series. In the latest representation `href` is present only when the "
            + "API has that guideline; in a version by number (`/versions/{n}`, immutable) `availability` is null and `href` always names the "
            + "guideline: follow the link (a 404 or 410 says it is not, or no longer, available).")
    record RelatedGuidelineView(
            @Schema(example = "dysbiose") String slug,
            @Schema(example = "Dysbiose") String title,
            @Schema(description = "Whether the API has the guideline's content yet; null in a version by number, which does not tell",
                    example = "NOT_YET_AVAILABLE", nullable = true) Availability availability,
            @Schema(description = "Where the guideline is: when available in the latest representation, always in a version by number",
                    nullable = true) String href) {
    }

    @Schema(name = "Footnote")
    record FootnoteView(
            @Schema(example = "*") String marker,
            @Schema(example = "cfu = colony forming units / kolonievormende eenheden (kve).") String text) {
    }

    @Schema(name = "SourceDocument", description = "The document the guideline was taken from. No publisher is claimed: our copy names none.")
    record SourceView(
            @Schema(example = "Suppletierichtlijn Leaky gut") String title,
            @Schema(description = "What the document is and how it was read") String description) {
    }

    @Schema(name = "GuidelineRecommendations", description = "The table of one guideline, in document order")
    record GuidelineRecommendations(
            GuidelineReference guideline,
            @Schema(description = "When the content of the guideline last changed") Instant lastModified,
            List<RecommendationView> items,
            @Schema(description = "The translation served, if any (see Guideline)", nullable = true) TranslationView translation) {
    }
}
