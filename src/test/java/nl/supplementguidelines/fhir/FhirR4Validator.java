package nl.supplementguidelines.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.util.List;

/**
 * HAPI FHIR's validator for base R4 (4.0.1), built once per test JVM: its first validation loads the core
 * definitions (tens of seconds, about a gigabyte), so every test shares this one. Knows our evidence CodeSystem, so
 * the dots of a recommendation are checked against it, and the Extensions Pack's definition of the quality-of-evidence
 * extension (test resource fhir/cqf-qualityOfEvidence.json; R4 core allows it on Attachment only). Offline: the CPG
 * package is not on Maven Central, so CPG profiles are not checked (README "FHIR R4").
 */
final class FhirR4Validator {

    private static volatile FhirR4Validator instance;

    private final FhirContext context = FhirContext.forR4Cached();
    private final FhirValidator validator;

    private FhirR4Validator(String evidenceCodeSystem) {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(context);
        ours.addCodeSystem(context.newJsonParser().parseResource(CodeSystem.class, evidenceCodeSystem));
        ours.addStructureDefinition(context.newJsonParser().parseResource(StructureDefinition.class, resource("/fhir/cqf-qualityOfEvidence.json")));
        ValidationSupportChain chain = new ValidationSupportChain(ours, new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context), new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        validator = context.newValidator().registerValidatorModule(module);
    }

    private static String resource(String path) {
        try (InputStream in = FhirR4Validator.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared validator; the evidence CodeSystem (as the API serves it) is that of the first caller. */
    static FhirR4Validator get(String evidenceCodeSystem) {
        if (instance == null) {
            synchronized (FhirR4Validator.class) {
                if (instance == null) {
                    instance = new FhirR4Validator(evidenceCodeSystem);
                }
            }
        }
        return instance;
    }

    /** Every message of the validator about a resource, as JSON. */
    List<SingleValidationMessage> validate(String json) {
        return validator.validateWithResult(json).getMessages();
    }

    /** The errors (and fatal errors) only, one line each with where and what. */
    List<String> errors(String json) {
        return validate(json).stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage()).toList();
    }
}
