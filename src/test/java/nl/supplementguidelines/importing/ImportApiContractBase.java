package nl.supplementguidelines.importing;

import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import nl.supplementguidelines.support.Tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What the import tests share: a sheet sent as text/plain with an editor's token, and the test resources' sheets. */
abstract class ImportApiContractBase extends ServedApi {

    static final String IMPORTS = "/api/v1/guidelines/imports";
    static final String TEXT = "text/plain; charset=utf-8";

    Response importAs(String token, String slug, byte[] body, String contentType) {
        return http.sendBytes("POST", IMPORTS + "?slug=" + slug, body, "Authorization", Tokens.bearer(token), "Content-Type", contentType);
    }

    Response importSheet(String slug, String text) {
        return importAs(Tokens.editor(), slug, text.getBytes(StandardCharsets.UTF_8), TEXT);
    }

    static String resource(String path) {
        try (InputStream in = ImportApiContractBase.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String leakyGut() {
        return resource("/source/suppletierichtlijn-leaky-gut.txt");
    }
}
