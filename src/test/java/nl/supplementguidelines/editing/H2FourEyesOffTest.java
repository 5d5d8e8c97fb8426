package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.TestAuthorizationServer;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static nl.supplementguidelines.editing.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

/** With {@code api.editing.four-eyes=false} (a one-person installation) the editor of a draft may publish it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:editing-one-person;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "api.editing.four-eyes=false"
})
@ContextConfiguration(initializers = TestAuthorizationServer.class)
class H2FourEyesOffTest extends EditingApiContractBase {

    @Test
    void theOnlyEditorOfADraftPublishesIt() {
        Response created = as(Tokens.publisher(), "POST", GUIDELINES, document("one-person", "One person"));
        Response replaced = as(Tokens.publisher(), "PUT", draftOf("one-person"), document("one-person", "One person, changed"),
                "If-Match", created.header("ETag"));

        Response published = as(Tokens.publisher(), "POST", draftOf("one-person") + "/publish", "{\"changeNote\":\"Versie 1\"}",
                "If-Match", replaced.header("ETag"));

        assertThat(published.status()).as(published.text()).isEqualTo(201);
        assertThat(http.get(GUIDELINES + "/one-person").json().get("title").asString()).isEqualTo("One person, changed");
    }
}
