package nl.supplementguidelines.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.supplementguidelines.client.ApiResponse;
import nl.supplementguidelines.consumer.ClientCalls.Arguments;
import nl.supplementguidelines.consumer.ClientCalls.Call;
import nl.supplementguidelines.consumer.DocumentedOperations.Example;
import nl.supplementguidelines.consumer.DocumentedOperations.Operation;
import nl.supplementguidelines.consumer.DocumentedOperations.Parameter;
import nl.supplementguidelines.consumer.StrictClient.Request;
import nl.supplementguidelines.support.ApiTest;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * A consumer's test: the Java client generated from the OpenAPI snapshot calls every operation but the editing ones of the document with
 * every documented example over real HTTP and reads every answer strictly. A document that does not describe what
 * the API sends (an undeclared property, a value outside a closed enum, a null where a type allows none) fails here.
 * The editing operations need tokens and a draft to act on: {@link GeneratedEditingClientTest} calls them in order.
 */
@ApiTest
class GeneratedClientTest {

    private static final ObjectMapper STRICT = StrictClient.mapper();
    /**
     * Every operation but the editing ones (tag Editing), which change content (a shared context must not keep it):
     * {@link GeneratedEditingClientTest} calls those. The audit trail is read here, with a publisher's token (ClientCalls).
     */
    private static final List<Operation> OPERATIONS = DocumentedOperations.all(STRICT).stream()
            // The /fhir operations answer FHIR resources, whose schema is FHIR's and open-ended (FhirResource: resourceType,
            // id and any other member), so a client generated from our document could only hand back untyped maps. Their
            // consumers are FHIR clients; fhir/FhirValidationTest validates every answer with HAPI FHIR instead.
            .filter(operation -> !operation.path().startsWith("/fhir/")).toList();

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicNode> everyOperationAnswersEveryDocumentedExampleThroughTheGeneratedClient() {
        List<Request> sent = StrictClient.recorder();
        Map<String, Call> calls = ClientCalls.of(StrictClient.on(port, sent));
        Stream<DynamicNode> operations = OPERATIONS.stream().map(operation -> dynamicContainer(operation.toString(), Stream.concat(
                Stream.of(dynamicTest("the consumer calls it with the documented parameters and examples", () -> describes(operation, calls))),
                operation.examples().stream().map(example -> dynamicTest(example.toString(), () -> answers(example, calls))))));
        Stream<DynamicTest> coverage = Stream.of(
                dynamicTest("the document still has every operation the consumer calls", () -> assertThat(
                        // All of them, secured too: the consumer also calls the audit trail (with a token, GeneratedEditingClientTest).
                        DocumentedOperations.all(STRICT).stream().map(Operation::operationId)).containsAll(calls.keySet())),
                dynamicTest("every operation of the document was called over HTTP", () -> assertThat(OPERATIONS).allSatisfy(operation ->
                        assertThat(sent).as("requests sent for %s", operation).anyMatch(request -> operation.matches(request.method(), request.rawPath())))));
        return Stream.concat(operations, coverage);
    }

    private static void describes(Operation operation, Map<String, Call> calls) {
        assertThat(calls).as("a client call for operationId %s", operation.operationId()).containsKey(operation.operationId());
        assertThat(calls.get(operation.operationId()).parameters()).as("parameters of %s", operation)
                .containsExactlyElementsOf(operation.parameterNames());
        assertThat(operation.parameters()).filteredOn(Parameter::required)
                .allSatisfy(parameter -> assertThat(parameter.examples()).as("examples of required parameter %s", parameter.name()).isNotEmpty());
        if (operation.bodyRequired()) {
            assertThat(operation.bodyExamples()).as("request body examples of %s", operation).isNotEmpty();
        }
    }

    private void answers(Example example, Map<String, Call> calls) throws Exception {
        Call call = calls.get(example.operation().operationId());
        assertThat(call).as("a client call for %s", example.operation()).isNotNull();

        ApiResponse<?> response = call.invocation().invoke(new Arguments(example.values(), example.body(), STRICT));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getData()).isNotNull();
    }
}
