package nl.supplementguidelines.export;

import nl.supplementguidelines.guideline.GuidelineExport.ExportedRecommendation;
import nl.supplementguidelines.guideline.GuidelineExport.ExportedVersion;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One row per recommendation of each version, RFC 4180: a header row, CRLF line ends, a field quoted only when it holds
 * a comma, quote, CR or LF (quotes doubled). Numbers are plain decimals with a dot and no exponent or grouping; an
 * absent value is an empty field. The columns are documented in the README ("Bulk export").
 */
final class RecommendationsCsv implements ExportFormat {

    static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

    static final List<String> COLUMNS = List.of("guideline_slug", "guideline_version", "guideline_status", "position",
            "nutrient_slug", "nutrient_name", "qualifier", "kind", "minimum", "maximum", "unit", "per", "dose_source_text",
            "evidence", "evidence_dots", "footnote_marker", "footnote_text", "source_title", "version_href");

    /** The columns as the OpenAPI document describes them (the README has the same list, with more words). */
    static final String COLUMN_SUMMARY = "guideline_slug, guideline_version (integer), guideline_status (CURRENT, SUPERSEDED, "
            + "WITHDRAWN), position (the row of the guideline's table, 1-based), nutrient_slug, nutrient_name (as the source writes "
            + "it), qualifier, kind (FIXED, RANGE, AT_LEAST, AT_MOST), minimum and maximum (decimals in unit; empty when the "
            + "kind has no such bound), unit (UCUM code), per (UCUM period: d, a day), dose_source_text (the dose in the source's "
            + "words), evidence (the number of dots, an integer), evidence_dots (as printed), footnote_marker and footnote_text "
            + "(the footnote the dose refers to, if any), source_title (the source document), version_href (the version's "
            + "permanent URL, whose JSON explains every number).";

    private static final String CRLF = "\r\n";

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public void start(OutputStream out) throws IOException {
        out.write((String.join(",", COLUMNS) + CRLF).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(ExportedVersion version, OutputStream out) throws IOException {
        StringBuilder rows = new StringBuilder(256 * Math.max(1, version.recommendations().size()));
        String href = "/api/v1/guidelines/" + version.slug() + "/versions/" + version.version();
        for (ExportedRecommendation row : version.recommendations()) {
            List<String> fields = List.of(version.slug(), Integer.toString(version.version()), version.status(),
                    Integer.toString(row.position()), row.nutrient().slug(), row.nutrient().name(), text(row.qualifier()),
                    row.dose().kind().name(), decimal(row.dose().minimum()), decimal(row.dose().maximum()), row.dose().unit(),
                    row.dose().per(), row.dose().sourceText(), Integer.toString(row.evidence().level()), row.evidence().dots(),
                    text(row.footnoteMarker()), text(row.footnoteText()), version.sourceTitle(), href);
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    rows.append(',');
                }
                appendField(rows, fields.get(i));
            }
            rows.append(CRLF);
        }
        out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The exact amount without exponent and without trailing zeros the database may add (15.000 is 15). */
    static String decimal(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static void appendField(StringBuilder row, String value) {
        if (value.isEmpty()) {
            return;
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        if (!quote) {
            row.append(value);
            return;
        }
        row.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
