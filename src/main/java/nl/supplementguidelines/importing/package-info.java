/**
 * Importing a sheet of the series from its extracted text ({@code POST /api/v1/guidelines/imports}): a state machine
 * over the lines reads the sheet's layout into a draft (saved through the editing module's
 * {@link nl.supplementguidelines.editing.NewDrafts}) and a finding for every line, saying what was read, what was
 * assumed and what was not understood. Nutrients come from the catalogue; nothing is invented.
 */
@NullMarked
package nl.supplementguidelines.importing;

import org.jspecify.annotations.NullMarked;
