package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.supplementguidelines.editing.EditingRulesContract.assertProblem;
import static nl.supplementguidelines.editing.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

/** What a publication may not do over real HTTP: undo a withdrawal unawares, or go out with only one person's eyes on it. */
abstract class PublicationRulesContract extends EditingApiContractBase {

    private static final String NOTE = "{\"changeNote\":\"Versie 2\"}";

    @Test
    void aDraftStartedBeforeAWithdrawalCannotBePublishedOverIt() {
        publishNew(document("pub-withdrawn-since", "Withdrawn since"));
        Response draft = as(Tokens.editor(), "POST", draftOf("pub-withdrawn-since"), null);
        assertThat(withdraw("pub-withdrawn-since").status()).isEqualTo(200);

        Response published = as(Tokens.secondPublisher(), "POST", draftOf("pub-withdrawn-since") + "/publish", NOTE, "If-Match", draft.header("ETag"));

        assertProblem(published, 409, "/problems/conflict");
        assertThat(published.json().get("detail").asString()).contains("was withdrawn").contains("since this draft was started")
                .contains("start a new one");
        assertThat(http.get(GUIDELINES + "/pub-withdrawn-since").status()).isEqualTo(410);
        assertThat(jdbc.sql("select status from guideline where slug = 'pub-withdrawn-since' order by version").query(String.class).list())
                .containsExactly("WITHDRAWN");
        assertThat(as(Tokens.editor(), "GET", draftOf("pub-withdrawn-since"), null).status()).as("the draft is kept").isEqualTo(200);
    }

    @Test
    void aDraftStartedAfterTheWithdrawalReinstatesTheGuidelineDeliberately() {
        publishNew(document("pub-reinstated", "Reinstated"));
        assertThat(withdraw("pub-reinstated").status()).isEqualTo(200);
        Response draft = as(Tokens.editor(), "POST", draftOf("pub-reinstated"), null);

        Response published = as(Tokens.publisher(), "POST", draftOf("pub-reinstated") + "/publish", NOTE, "If-Match", draft.header("ETag"));

        assertThat(published.status()).as(published.text()).isEqualTo(201);
        assertThat(http.get(GUIDELINES + "/pub-reinstated").json().get("version").get("number").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select status || ' ' || coalesce(withdrawal_reason, '-') from guideline where slug = 'pub-reinstated' order by version")
                .query(String.class).list()).containsExactly("SUPERSEDED Test", "CURRENT -");
    }

    @Test
    void ofAWithdrawalAndAPublicationAtTheSameMomentExactlyOneWinsAndTheOtherChangesNothing() throws Exception {
        for (int round = 0; round < 6; round++) {
            String slug = "pub-race-" + round;
            publishNew(document(slug, "Race " + round));
            String draftTag = as(Tokens.editor(), "POST", draftOf(slug), null).header("ETag");
            String guidelineTag = http.get(GUIDELINES + "/" + slug).header("ETag");

            List<Integer> statuses = together(
                    () -> as(Tokens.publisher(), "POST", GUIDELINES + "/" + slug + "/withdraw", "{\"reason\":\"Test\"}", "If-Match", guidelineTag).status(),
                    () -> as(Tokens.secondPublisher(), "POST", draftOf(slug) + "/publish", NOTE, "If-Match", draftTag).status());

            List<String> rows = jdbc.sql("select status from guideline where slug = ? order by version").param(slug).query(String.class).list();
            if (statuses.get(0) == 200) {
                assertThat(statuses.get(1)).as("round %d: publication after the withdrawal", round).isEqualTo(409);
                assertThat(rows).containsExactly("WITHDRAWN");
            } else {
                assertThat(statuses).as("round %d", round).containsExactly(412, 201);
                assertThat(rows).containsExactly("SUPERSEDED", "CURRENT");
            }
        }
    }

    @Test
    void aWithdrawalOfAVersionThatWasSupersededIsRefused() {
        publishNew(document("pub-superseded", "Superseded"));
        String guidelineTag = http.get(GUIDELINES + "/pub-superseded").header("ETag");
        Response draft = as(Tokens.editor(), "POST", draftOf("pub-superseded"), null);
        assertThat(as(Tokens.publisher(), "POST", draftOf("pub-superseded") + "/publish", NOTE, "If-Match", draft.header("ETag")).status()).isEqualTo(201);

        assertProblem(as(Tokens.publisher(), "POST", GUIDELINES + "/pub-superseded/withdraw", "{\"reason\":\"Test\"}", "If-Match", guidelineTag),
                412, "/problems/precondition-failed");
        assertThat(http.get(GUIDELINES + "/pub-superseded").status()).isEqualTo(200);
    }

    @Test
    void anEditorWhoChangedTheDraftSinceItsBaseMayNotPublishItEvenIfSomeoneElseChangedItLast() {
        Response created = as(Tokens.publisher(), "POST", GUIDELINES, document("pub-contributors", "Contributors"));
        Response replaced = as(Tokens.editor(), "PUT", draftOf("pub-contributors"), document("pub-contributors", "Contributors"),
                "If-Match", created.header("ETag"));
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        String publish = draftOf("pub-contributors") + "/publish";

        Response own = as(Tokens.publisher(), "POST", publish, NOTE, "If-Match", replaced.header("ETag"));
        assertProblem(own, 403, "/problems/four-eyes");
        assertThat(own.json().get("detail").asString()).contains("created or changed this draft");
        Response third = as(Tokens.withScopes("third-publisher", "guidelines:publish"), "POST", publish, NOTE, "If-Match", replaced.header("ETag"));
        assertThat(third.status()).as(third.text()).isEqualTo(201);
    }

    @Test
    void theStarterOfADraftOfAPublishedGuidelineMayNotPublishItAfterAnotherEditorsChange() {
        publishNew(document("pub-started", "Started"));
        Response started = as(Tokens.secondPublisher(), "POST", draftOf("pub-started"), null);
        Response replaced = as(Tokens.editor(), "PUT", draftOf("pub-started"), document("pub-started", "Started, changed"),
                "If-Match", started.header("ETag"));

        assertProblem(as(Tokens.secondPublisher(), "POST", draftOf("pub-started") + "/publish", NOTE, "If-Match", replaced.header("ETag")),
                403, "/problems/four-eyes");
        assertThat(as(Tokens.publisher(), "POST", draftOf("pub-started") + "/publish", NOTE, "If-Match", replaced.header("ETag")).status()).isEqualTo(201);
    }

    @Test
    void aBlankMissingOrTooLongChangeNoteOrReasonIsA422NamingTheFieldLikeADocumentsProblems() {
        Response created = as(Tokens.editor(), "POST", GUIDELINES, document("pub-notes", "Notes"));
        String publish = draftOf("pub-notes") + "/publish";
        for (String body : List.of("{\"changeNote\":\"  \"}", "{}", "{\"changeNote\":\"" + "x".repeat(2001) + "\"}")) {
            Response refused = as(Tokens.publisher(), "POST", publish, body, "If-Match", created.header("ETag"));
            assertProblem(refused, 422, "/problems/unprocessable-content");
            assertThat(refused.json().get("errors").valueStream().map(e -> e.get("name").asString())).as(body).containsExactly("changeNote");
        }
        assertThat(as(Tokens.publisher(), "POST", publish, "{\"changeNote\":\"Versie 1\"}", "If-Match", created.header("ETag")).status()).isEqualTo(201);

        Response refused = as(Tokens.publisher(), "POST", GUIDELINES + "/pub-notes/withdraw", "{\"reason\":\"\"}",
                "If-Match", http.get(GUIDELINES + "/pub-notes").header("ETag"));
        assertProblem(refused, 422, "/problems/unprocessable-content");
        assertThat(refused.json().get("errors").get(0).get("name").asString()).isEqualTo("reason");
        assertThat(http.get(GUIDELINES + "/pub-notes").status()).isEqualTo(200);
    }

    @Test
    void aNewVersionSaysWhichTranslationsOfTheVersionBeforeAreToBeRedone() {
        Response created = as(Tokens.editor(), "POST", GUIDELINES, document("pub-translated", "Vertaald"));
        Response first = as(Tokens.publisher(), "POST", draftOf("pub-translated") + "/publish", "{\"changeNote\":\"Versie 1\"}",
                "If-Match", created.header("ETag"));
        assertThat(first.json().get("translationsToRedo").valueStream()).isEmpty();
        Response translated = as(Tokens.editor(), "PUT", GUIDELINES + "/pub-translated/versions/1/translations/en", RecordedWritesBase.english());
        assertThat(translated.status()).as(translated.text()).isEqualTo(201);
        Response draft = as(Tokens.editor(), "POST", draftOf("pub-translated"), null);

        Response second = as(Tokens.publisher(), "POST", draftOf("pub-translated") + "/publish", NOTE, "If-Match", draft.header("ETag"));

        assertThat(second.status()).as(second.text()).isEqualTo(201);
        assertThat(second.json().get("translationsToRedo").valueStream().map(JsonNode::asString)).containsExactly("en");
        Response english = http.get(GUIDELINES + "/pub-translated", "Accept-Language", "en");
        assertThat(english.header("Content-Language")).as("not carried over: Dutch until translated again").isEqualTo("nl");
        assertThat(http.get(GUIDELINES + "/pub-translated/versions/1", "Accept-Language", "en").header("Content-Language")).isEqualTo("en");
    }

    private Response withdraw(String slug) {
        return as(Tokens.publisher(), "POST", GUIDELINES + "/" + slug + "/withdraw", "{\"reason\":\"Test\"}",
                "If-Match", http.get(GUIDELINES + "/" + slug).header("ETag"));
    }

    /** Both requests released at once; their statuses in the order given. */
    private static List<Integer> together(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> request : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
