package nl.supplementguidelines.importing;

import nl.supplementguidelines.editing.NewDrafts;
import nl.supplementguidelines.evidence.EvidenceLevel;
import nl.supplementguidelines.evidence.EvidenceScale;
import nl.supplementguidelines.guideline.GuidelineDocument;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.language.Localized;
import nl.supplementguidelines.language.Wording;
import nl.supplementguidelines.nutrient.NutrientNames;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.web.problem.InvalidRequest;
import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.security.Editor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a sheet against the catalogue and the evidence scale, saves the draft through the editing module and renders the findings. */
@Service
class SheetImport {

    /** The answer: the saved draft with its ETag, and the findings. */
    record Imported(NewDrafts.Created draft, List<Finding> findings) {
    }

    private final Nutrients nutrients;
    private final EvidenceScale evidence;
    private final Wording wording;
    private final NewDrafts drafts;
    private final Map<String, String> typos;

    SheetImport(Nutrients nutrients, EvidenceScale evidence, Wording wording, NewDrafts drafts) {
        this.nutrients = nutrients;
        this.evidence = evidence;
        this.wording = wording;
        this.drafts = drafts;
        this.typos = typos();
    }

    Imported importSheet(String slug, byte[] body, Editor editor) {
        Set<Integer> levels = evidence.levels().stream().map(EvidenceLevel::value).collect(Collectors.toSet());
        SheetReading reading = SheetReading.of(slug, body, NutrientNames.of(nutrients.all()), levels, typos,
                (key, arguments) -> wording.in(Language.EN, key, arguments));
        List<Finding> findings = render(reading);
        GuidelineDocument document = reading.document().orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE_CONTENT,
                "No draft can be made of this text: it needs a title line and an intro paragraph. The findings say what was read of each line.",
                Map.of("findings", findings)));
        try {
            return new Imported(drafts.create(document, editor), findings);
        } catch (InvalidRequest invalid) {
            // The draft breaks a rule of documents (a title over 200 characters, too many effects): the editor still needs the findings.
            throw new ProblemException(ProblemType.UNPROCESSABLE_CONTENT, "The draft made of this text breaks the rules of a document: "
                    + invalid.getMessage() + ". The errors name every field; the findings say what was read of each line.",
                    Map.of("errors", invalid.errors(), "findings", findings));
        }
    }

    private List<Finding> render(SheetReading reading) {
        return reading.notes().stream().map(note -> new Finding(note.line(), reading.lines().get(note.line() - 1).text(), note.kind(), note.code(),
                wording.both(note.code(), note.arguments().stream().map(this::argument).toArray()))).toList();
    }

    private Object argument(Object argument) {
        return argument instanceof Notes.Key key ? (Localized) language -> wording.in(language, key.code()) : argument;
    }

    static Map<String, String> typos() {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource("importing/typos.properties").getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException missing) {
            throw new UncheckedIOException("importing/typos.properties is part of the application", missing);
        }
        Map<String, String> typos = new HashMap<>();
        properties.forEach((typo, correction) -> typos.put(typo.toString(), correction.toString()));
        return Map.copyOf(typos);
    }
}
