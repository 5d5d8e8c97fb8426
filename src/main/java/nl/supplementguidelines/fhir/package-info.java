/**
 * The published guidelines as FHIR R4 (4.0.1) resources after the pattern of HL7 CPG-on-FHIR 2.0.0: a version is a
 * PlanDefinition (recommendation definition), each recommendation an ActivityDefinition (medication request
 * activity), the evidence dots a CodeSystem of our own. Written with the application's Jackson, no FHIR library at
 * run time; the tests validate every resource with HAPI FHIR (README "FHIR R4"). Reads the guideline module's
 * public face only.
 */
@NullMarked
package nl.supplementguidelines.fhir;

import org.jspecify.annotations.NullMarked;
