package nl.supplementguidelines.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.supplementguidelines.client.ApiClient;
import nl.supplementguidelines.client.ApiResponse;
import nl.supplementguidelines.client.api.EditingApi;
import nl.supplementguidelines.client.api.GuidelinesApi;
import nl.supplementguidelines.client.model.Guideline;
import nl.supplementguidelines.client.model.GuidelineDocument;
import nl.supplementguidelines.client.model.GuidelineDraft;
import nl.supplementguidelines.client.model.GuidelineImport;
import nl.supplementguidelines.client.model.GuidelineTranslation;
import nl.supplementguidelines.client.model.NewNutrient;
import nl.supplementguidelines.client.model.Publication;
import nl.supplementguidelines.client.model.PublishedVersion;
import nl.supplementguidelines.client.model.RecommendationTranslation;
import nl.supplementguidelines.client.model.RelatedConditionTranslation;
import nl.supplementguidelines.client.model.Withdrawal;
import nl.supplementguidelines.client.model.WithdrawalRequest;
import nl.supplementguidelines.consumer.DocumentedOperations.Operation;
import nl.supplementguidelines.consumer.StrictClient.Request;
import nl.supplementguidelines.editing.TestDocuments;
import nl.supplementguidelines.support.EditingApiTest;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer's editing session through the generated client, reading every answer strictly: a nutrient added, a draft
 * created, a sheet imported, a draft read, replaced, published by a second person, translated, started again and discarded, the guideline withdrawn. Every
 * editing operation of the document is called.
 */
@EditingApiTest
class GeneratedEditingClientTest {

    private static final ObjectMapper STRICT = StrictClient.mapper();

    @LocalServerPort
    int port;

    @Test
    void anEditorAndAPublisherUseEveryEditingOperationThroughTheGeneratedClient() throws Exception {
        List<Request> sent = StrictClient.recorder();
        EditingApi editor = api(Tokens.editor(), sent);
        EditingApi publisher = api(Tokens.publisher(), sent);

        assertThat(editor.addNutrientWithHttpInfo(new NewNutrient().slug("client-nutrient").name("Clientnutriënt")
                .category("MINERAL"), key()).getStatusCode()).isEqualTo(201);
        GuidelineDocument document = STRICT.readValue(TestDocuments.document("client-flow", "Client flow").toString(), GuidelineDocument.class);
        ApiResponse<GuidelineDraft> created = editor.createGuidelineDraftWithHttpInfo(document, key());
        assertThat(created.getStatusCode()).isEqualTo(201);
        ApiResponse<GuidelineImport> imported = editor.importGuidelineSheetWithHttpInfo("client-import",
                "Suppletierichtlijn Client\nEen richtlijn die een client inleest.\n\nNutriënten Richtlijn voor\nZink\nModuleert tight junctions\n15-20 mg ● ●\n");
        assertThat(imported.getStatusCode()).isEqualTo(201);
        assertThat(imported.getData().getDocument().getRecommendations()).hasSize(1);
        assertThat(imported.getData().getFindings()).extracting(finding -> finding.getLine()).contains(1, 2, 4, 5, 6, 7);
        ApiResponse<GuidelineDraft> read = editor.getGuidelineDraftWithHttpInfo("client-flow");
        assertThat(read.getData().getDocument()).isEqualTo(document);
        ApiResponse<GuidelineDraft> replaced = editor.replaceGuidelineDraftWithHttpInfo("client-flow", document.title("Client flow, changed"), etag(read));
        assertThat(replaced.getData().getRevision()).isEqualTo(2);
        ApiResponse<PublishedVersion> published = publisher.publishGuidelineDraftWithHttpInfo("client-flow",
                new Publication().changeNote("Versie 1"), etag(replaced), key());
        assertThat(published.getData().getVersion()).isEqualTo(1);
        Guideline version = new GuidelinesApi(StrictClient.on(port, sent)).getGuidelineVersion("client-flow", 1, null);
        ApiResponse<Guideline> translated = editor.putGuidelineTranslationWithHttpInfo("client-flow", 1, "en", english(version));
        assertThat(translated.getStatusCode()).isEqualTo(201);
        assertThat(translated.getData().getTranslation().getLanguage()).isEqualTo("en");

        ApiResponse<GuidelineDraft> started = editor.startGuidelineDraftWithHttpInfo("client-flow", null);
        assertThat(started.getData().getBaseVersion()).isEqualTo(1);
        assertThat(editor.discardGuidelineDraftWithHttpInfo("client-flow", etag(started)).getStatusCode()).isEqualTo(204);
        String guidelineTag = new Http(port).get("/api/v1/guidelines/client-flow").header("ETag");
        ApiResponse<Withdrawal> withdrawn = publisher.withdrawGuidelineWithHttpInfo("client-flow", new WithdrawalRequest().reason("Test"), guidelineTag, key());
        assertThat(withdrawn.getData().getVersion()).isEqualTo(1);

        assertThat(DocumentedOperations.editing(STRICT)).isNotEmpty().allSatisfy((Operation operation) ->
                assertThat(sent).as("requests sent for %s", operation).anyMatch(request -> operation.matches(request.method(), request.rawPath())));
    }

    /** A translation with the published version's structure: every text marked as English, every list as long. */
    private static GuidelineTranslation english(Guideline version) {
        return new GuidelineTranslation().title("EN " + version.getTitle())
                .alternativeNames(version.getAlternativeNames().stream().map(name -> "EN " + name).toList())
                .description("EN " + version.getDescription())
                .causes(version.getCauses().stream().map(cause -> "EN " + cause).toList())
                .relatedConditions(version.getRelatedConditions().stream().map(condition -> new RelatedConditionTranslation()
                        .name("EN " + condition.getName()).examples(condition.getExamples().stream().map(example -> "EN " + example).toList())).toList())
                .causalityStatement(version.getCausalityStatement() == null ? null : "EN " + version.getCausalityStatement())
                .goal(version.getGoal() == null ? null : "EN " + version.getGoal())
                .recommendations(version.getRecommendations().stream().map(recommendation -> new RecommendationTranslation()
                        .qualifier(recommendation.getQualifier() == null ? null : "EN " + recommendation.getQualifier())
                        .effects(recommendation.getEffects().stream().map(effect -> "EN " + effect).toList())).toList())
                .attentionPoints(version.getAttentionPoints().stream().map(point -> "EN " + point.getText()).toList())
                .footnotes(version.getFootnotes().stream().map(footnote -> "EN " + footnote.getText()).toList());
    }

    /** A fresh Idempotency-Key, as a careful client sends with every POST (the start of a draft is sent without one). */
    private static String key() {
        return UUID.randomUUID().toString();
    }

    private EditingApi api(String token, List<Request> sent) {
        ApiClient client = StrictClient.on(port, sent);
        client.setRequestInterceptor(request -> request.header("Authorization", Tokens.bearer(token)));
        return new EditingApi(client);
    }

    private static String etag(ApiResponse<?> response) {
        return response.getHeaders().get("ETag").get(0);
    }
}
