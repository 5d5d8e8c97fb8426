package nl.supplementguidelines.export;

/** The examples of the OpenAPI document: taken from the export of the seeded guideline, shortened where marked. */
final class ExportExamples {

    static final String NDJSON_LINE = "TODO";
    static final String CSV_ROWS = "TODO";

    private ExportExamples() {
    }
}
