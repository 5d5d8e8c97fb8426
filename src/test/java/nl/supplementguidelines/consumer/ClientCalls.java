package nl.supplementguidelines.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.supplementguidelines.client.ApiClient;
import nl.supplementguidelines.client.ApiException;
import nl.supplementguidelines.client.ApiResponse;
import nl.supplementguidelines.client.api.AuditApi;
import nl.supplementguidelines.client.api.ChangesApi;
import nl.supplementguidelines.client.api.DoseChecksApi;
import nl.supplementguidelines.client.api.EvidenceLevelsApi;
import nl.supplementguidelines.client.api.ExportApi;
import nl.supplementguidelines.client.api.GuidelinesApi;
import nl.supplementguidelines.client.api.InteractionsApi;
import nl.supplementguidelines.client.api.NutrientsApi;
import nl.supplementguidelines.client.api.ProblemTypesApi;
import nl.supplementguidelines.client.api.RegimensApi;
import nl.supplementguidelines.client.model.DoseCheckRequest;
import nl.supplementguidelines.client.model.InteractionCheckRequest;
import nl.supplementguidelines.client.model.RegimenRequest;
import nl.supplementguidelines.support.Tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a consumer calls each operation through the generated API classes, keyed by operationId. Each call names the
 * parameters it passes, so a parameter the document adds or renames shows up as a mismatch instead of being ignored.
 */
final class ClientCalls {

    /** One operation's call: the parameters it passes, in the document's order, and how. */
    record Call(List<String> parameters, Invocation invocation) {
    }

    @FunctionalInterface
    interface Invocation {
        ApiResponse<?> invoke(Arguments arguments) throws ApiException;
    }

    /** The values of one documented example, converted to what the generated methods take. */
    record Arguments(Map<String, JsonNode> values, JsonNode body, ObjectMapper mapper) {

        String string(String name) {
            JsonNode value = values.get(name);
            return value == null ? null : value.asText();
        }

        Integer integer(String name) {
            JsonNode value = values.get(name);
            if (value != null && !value.canConvertToExactIntegral()) {
                throw new IllegalArgumentException("The example of '" + name + "' is not an integer: " + value);
            }
            return value == null ? null : value.asInt();
        }

        Long longInteger(String name) {
            Integer value = integer(name);
            return value == null ? null : value.longValue();
        }

        /** The request body example as the generated model class, read as strictly as the answers are. */
        <T> T body(Class<T> type) {
            try {
                return mapper.treeToValue(body, type);
            } catch (Exception e) {
                throw new IllegalArgumentException("The request body example does not fit " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        }
    }

    static Map<String, Call> of(ApiClient client) {
        GuidelinesApi guidelines = new GuidelinesApi(client);
        NutrientsApi nutrients = new NutrientsApi(client);
        EvidenceLevelsApi evidence = new EvidenceLevelsApi(client);
        InteractionsApi interactions = new InteractionsApi(client);
        ProblemTypesApi problems = new ProblemTypesApi(client);
        DoseChecksApi doseChecks = new DoseChecksApi(client);
        RegimensApi regimens = new RegimensApi(client);
        ChangesApi changes = new ChangesApi(client);
        AuditApi audit = new AuditApi(client);
        ExportApi export = new ExportApi(client);

        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("listGuidelines", new Call(List.of("q", "nutrient", "minEvidence", "page", "size"), a -> guidelines.listGuidelinesWithHttpInfo(
                a.string("q"), a.string("nutrient"), a.integer("minEvidence"), a.integer("page"), a.integer("size"))));
        calls.put("getGuideline", new Call(List.of("slug", "Accept-Language"),
                a -> guidelines.getGuidelineWithHttpInfo(a.string("slug"), a.string("Accept-Language"))));
        calls.put("getGuidelineRecommendations", new Call(List.of("slug", "Accept-Language"),
                a -> guidelines.getGuidelineRecommendationsWithHttpInfo(a.string("slug"), a.string("Accept-Language"))));
        calls.put("listGuidelineVersions", new Call(List.of("slug", "page", "size"),
                a -> guidelines.listGuidelineVersionsWithHttpInfo(a.string("slug"), a.integer("page"), a.integer("size"))));
        calls.put("getGuidelineVersion", new Call(List.of("slug", "version", "Accept-Language"),
                a -> guidelines.getGuidelineVersionWithHttpInfo(a.string("slug"), a.integer("version"), a.string("Accept-Language"))));
        calls.put("getGuidelineVersionChanges", new Call(List.of("slug", "from", "to"), a -> guidelines.getGuidelineVersionChangesWithHttpInfo(
                a.string("slug"), a.integer("from"), a.integer("to"))));
        calls.put("listNutrients", new Call(List.of("page", "size"), a -> nutrients.listNutrientsWithHttpInfo(a.integer("page"), a.integer("size"))));
        calls.put("getNutrient", new Call(List.of("slug"), a -> nutrients.getNutrientWithHttpInfo(a.string("slug"))));
        calls.put("listEvidenceLevels", new Call(List.of(), a -> evidence.listEvidenceLevelsWithHttpInfo()));
        calls.put("listInteractions", new Call(List.of("nutrient", "atc"),
                a -> interactions.listInteractionsWithHttpInfo(a.string("nutrient"), a.string("atc"))));
        calls.put("getInteraction", new Call(List.of("row"), a -> interactions.getInteractionWithHttpInfo(a.integer("row"))));
        calls.put("checkInteractions", new Call(List.of("Accept-Language"), a -> interactions.checkInteractionsWithHttpInfo(
                a.body(InteractionCheckRequest.class), a.string("Accept-Language"))));
        calls.put("listProblemTypes", new Call(List.of(), a -> problems.listProblemTypesWithHttpInfo()));
        calls.put("getProblemType", new Call(List.of("kind"), a -> problems.getProblemTypeWithHttpInfo(a.string("kind"))));
        calls.put("checkDoses", new Call(List.of("Accept-Language"),
                a -> doseChecks.checkDosesWithHttpInfo(a.body(DoseCheckRequest.class), a.string("Accept-Language"))));
        calls.put("buildRegimen", new Call(List.of("Accept-Language"),
                a -> regimens.buildRegimenWithHttpInfo(a.body(RegimenRequest.class), a.string("Accept-Language"))));
        calls.put("listChanges", new Call(List.of("after", "limit"), a -> changes.listChangesWithHttpInfo(a.longInteger("after"), a.integer("limit"))));
        // The export is a file (format binary): the generated client saves it and hands back the File.
        calls.put("exportGuidelines", new Call(List.of("versions"), a -> export.exportGuidelinesWithHttpInfo(a.string("versions"))));
        calls.put("exportRecommendations", new Call(List.of("versions"), a -> export.exportRecommendationsWithHttpInfo(a.string("versions"))));
        // The audit trail is for publishers: the call carries a publisher's token.
        calls.put("listAuditRecords", new Call(List.of("guideline", "after", "limit"), a -> audit.listAuditRecordsWithHttpInfo(
                a.string("guideline"), a.longInteger("after"), a.integer("limit"), Map.of("Authorization", Tokens.bearer(Tokens.publisher())))));
        return calls;
    }

    private ClientCalls() {
    }
}
