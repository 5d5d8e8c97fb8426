package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import nl.supplementguidelines.support.Tokens;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What the editing tests share: HTTP with a token, and a guideline created and published by two people. */
abstract class EditingApiContractBase extends ServedApi {

    static final String GUIDELINES = "/api/v1/guidelines";

    Response as(String token, String method, String path, Object body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = Tokens.bearer(token);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.request(method, path, body == null ? null : body.toString(), all);
    }

    /** Creates the draft of a new guideline as the editor and publishes it as the publisher: version 1. */
    void publishNew(ObjectNode document) {
        Response created = as(Tokens.editor(), "POST", GUIDELINES, document);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Response published = as(Tokens.publisher(), "POST", draftOf(document.get("slug").asString()) + "/publish", "{\"changeNote\":\"Versie 1\"}",
                "If-Match", created.header("ETag"));
        assertThat(published.status()).as(published.text()).isEqualTo(201);
    }

    static String draftOf(String slug) {
        return GUIDELINES + "/" + slug + "/draft";
    }

}
