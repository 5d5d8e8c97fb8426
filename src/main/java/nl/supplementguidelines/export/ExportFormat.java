package nl.supplementguidelines.export;

import nl.supplementguidelines.guideline.GuidelineExport.ExportedVersion;

import java.io.IOException;
import java.io.OutputStream;

/** How the export writes what it reads: a header once, then each version as it comes (nothing is kept between). */
interface ExportFormat {

    /** The Content-Type of the answer. */
    String contentType();

    /** What comes before the first version (the CSV header); nothing by default. */
    default void start(OutputStream out) throws IOException {
    }

    void write(ExportedVersion version, OutputStream out) throws IOException;
}
