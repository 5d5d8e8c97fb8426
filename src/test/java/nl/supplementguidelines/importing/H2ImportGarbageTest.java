package nl.supplementguidelines.importing;

import nl.supplementguidelines.support.EditingApiTest;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** What is not a sheet, or not sent as one: always a clear 4xx problem (or a draft with findings), never a 500. */
@EditingApiTest
class H2ImportGarbageTest extends ImportApiContractBase {

    @Test
    void binaryThatIsNotUtf8IsA400() {
        byte[] binary = new byte[4096];
        new Random(13).nextBytes(binary);
        binary[0] = (byte) 0xC3;
        binary[1] = (byte) 0x28;

        assertProblem(importAs(Tokens.editor(), "import-binary", binary, TEXT), 400, "/problems/invalid-request-body", "not UTF-8");
    }

    @Test
    void anEmptyOrBlankSheetIsA400() {
        assertProblem(importAs(Tokens.editor(), "import-empty", new byte[0], TEXT), 400, "/problems/invalid-request-body", "empty");
        assertProblem(importSheet("import-blank", " \n\t\r\n   \n"), 400, "/problems/invalid-request-body", "empty");
    }

    @Test
    void controlCharactersAloneMakeNoDraftAndAre422WithTheFindings() {
        Response answer = importSheet("import-control", "\u0000\u0001\u0002\n\u0007\u0008\n");

        assertProblem(answer, 422, "/problems/unprocessable-content", "No draft");
        assertThat(answer.json().get("findings").valueStream().map(f -> f.get("code").asString())).containsExactly("import.line.control", "import.line.control");
    }

    @Test
    void textThatIsNoSheetStillOnlyGivesADraftWithFindings() {
        Response answer = importSheet("import-prose", "Zomaar wat tekst\nzonder tabel of koppen.\n● ●\n");

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.json().get("document").get("recommendations")).isEmpty();
        assertThat(answer.json().get("findings").valueStream().map(f -> f.get("code").asString())).contains("import.title.noSeriesWord");
    }

    @Test
    void aHugeLineIsA413BeforeAnyParsing() {
        String line = "Suppletierichtlijn " + "x".repeat(SheetLines.MAX_LINE_LENGTH + 1);
        assertProblem(importSheet("import-long-line", line), 413, "/problems/content-too-large", "longer than");
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) 'x');
        assertProblem(importAs(Tokens.editor(), "import-10mb", tenMegabytes, TEXT), 413, "/problems/content-too-large", "");
    }

    @Test
    void aHundredThousandLinesAreA413BeforeAnyParsing() {
        assertProblem(importSheet("import-many-lines", "Suppletierichtlijn X\n" + "x\n".repeat(100_000)), 413, "/problems/content-too-large", "more than 2000 lines");
    }

    @Test
    void onlyTextPlainInUtf8IsAccepted() {
        byte[] sheet = leakyGut().getBytes(StandardCharsets.UTF_8);
        assertThat(importAs(Tokens.editor(), "import-json", sheet, "application/json").status()).isEqualTo(415);
        assertProblem(importAs(Tokens.editor(), "import-no-charset", sheet, "text/plain"), 415, "/problems/unsupported-media-type", "charset=utf-8");
        assertProblem(importAs(Tokens.editor(), "import-latin1", sheet, "text/plain; charset=iso-8859-1"), 415, "/problems/unsupported-media-type", "charset=utf-8");
    }

    @Test
    void twoContentTypeHeadersAreA415NotA500() {
        byte[] sheet = leakyGut().getBytes(StandardCharsets.UTF_8);
        Response answer = http.sendBytes("POST", IMPORTS + "?slug=import-two-types", sheet, "Authorization", Tokens.bearer(Tokens.editor()),
                "Content-Type", TEXT, "Content-Type", "text/plain");

        assertProblem(answer, 415, "/problems/unsupported-media-type", "charset=utf-8");
    }

    @Test
    void aDraftThatBreaksTheDocumentRulesIsA422WithTheErrorsAndTheFindings() {
        Response answer = importSheet("import-long-title", "Suppletierichtlijn " + "Lang".repeat(60) + "\nEr is sprake van een aandoening.\n");

        assertProblem(answer, 422, "/problems/unprocessable-content", "title");
        assertThat(answer.json().get("errors").valueStream().map(e -> e.get("name").asString())).contains("title");
        assertThat(answer.json().get("findings").valueStream().map(f -> f.get("code").asString())).contains("import.read.title", "import.read.intro");
    }

    @Test
    void theSlugIsRequiredAndValidatedAndMayNotExist() {
        byte[] sheet = leakyGut().getBytes(StandardCharsets.UTF_8);
        Response missing = http.sendBytes("POST", IMPORTS, sheet, "Authorization", Tokens.bearer(Tokens.editor()), "Content-Type", TEXT);
        assertProblem(missing, 400, "/problems/invalid-parameter", "");
        assertThat(missing.json().get("errors").get(0).get("name").asString()).isEqualTo("slug");
        assertProblem(importAs(Tokens.editor(), "Leaky_Gut", sheet, TEXT), 400, "/problems/invalid-parameter", "");
        assertProblem(importAs(Tokens.editor(), "leaky-gut", sheet, TEXT), 409, "/problems/conflict", "exists already");
    }

    @Test
    void importingNeedsTheEditScope() {
        byte[] sheet = leakyGut().getBytes(StandardCharsets.UTF_8);
        Response anonymous = http.sendBytes("POST", IMPORTS + "?slug=import-anonymous", sheet, "Content-Type", TEXT);
        assertProblem(anonymous, 401, "/problems/unauthenticated", "");
        assertProblem(importAs(Tokens.readOnly(), "import-read-only", sheet, TEXT), 403, "/problems/insufficient-scope", "");
        assertProblem(importAs(Tokens.withScopes("importer-publisher", "guidelines:publish"), "import-publisher", sheet, TEXT), 403,
                "/problems/insufficient-scope", "");
    }

    private static void assertProblem(Response answer, int status, String type, String detail) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo(type);
        assertThat(answer.json().get("detail").asString()).contains(detail);
    }
}
