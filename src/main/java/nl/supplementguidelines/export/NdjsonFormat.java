package nl.supplementguidelines.export;

import nl.supplementguidelines.guideline.GuidelineExport.ExportedVersion;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One line per version: the representation of {@code GET /guidelines/{slug}/versions/{n}}, serialised by the mapper
 * the API answers with (compact, so a line holds no newline), then {@code \n} (NDJSON, RFC 8259 text per line).
 */
final class NdjsonFormat implements ExportFormat {

    static final String MEDIA_TYPE = "application/x-ndjson";

    private final ObjectMapper mapper;

    NdjsonFormat(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public void write(ExportedVersion version, OutputStream out) throws IOException {
        out.write(mapper.writeValueAsBytes(version.representation()));
        out.write('\n');
    }
}
