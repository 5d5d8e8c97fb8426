/**
 * The evidence scale (one to four dots). Other modules use {@link nl.supplementguidelines.evidence.EvidenceLevel}
 * and {@link nl.supplementguidelines.evidence.EvidenceLevelView}.
 */
@NullMarked
package nl.supplementguidelines.evidence;

import org.jspecify.annotations.NullMarked;
