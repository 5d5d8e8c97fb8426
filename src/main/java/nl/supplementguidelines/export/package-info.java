/**
 * The bulk export: every published guideline as NDJSON ({@code GET /api/v1/export}) and every recommendation as CSV
 * ({@code GET /api/v1/export/recommendations.csv}), streamed from one database snapshot in bounded batches, gzip on
 * request, with validators of its own (README "Bulk export"). It reads the guideline module's
 * {@link nl.supplementguidelines.guideline.GuidelineExport} and never keeps what it streams.
 */
@NullMarked
package nl.supplementguidelines.export;

import org.jspecify.annotations.NullMarked;
