package nl.supplementguidelines.web;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.SupplementGuidelinesApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application, started as its own process the way it is deployed (main classes and dependencies, none of the test
 * logging configuration), with {@code logging.structured.format.console=ecs}: every line on stdout is JSON, and the
 * lines logged while handling a request carry its request id.
 */
class StructuredLoggingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void logsEveryLineAsJsonWithTheRequestIdOfItsRequest() throws Exception {
        int port = freePort();
        start(port, "--logging.structured.format.console=ecs",
                // DispatcherServlet logs each request it handles at DEBUG: lines that are logged inside a request.
                "--logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG");
        Http http = new Http(port);

        assertThat(http.get("/api/v1/guidelines/leaky-gut/recommendations", "X-Request-Id", "log-check-42").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/guidelines/unknown", "X-Request-Id", "log-check-43").status()).isEqualTo(404);
        waitForLine("Completed 404");

        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{"));
        List<JsonNode> entries = lines.stream().map(JSON::readTree).toList();
        assertThat(entries).allSatisfy(entry -> assertThat(entry.has("@timestamp") && entry.has("message")).isTrue());
        List<JsonNode> first = entries.stream().filter(e -> e.get("message").asString().contains("/recommendations")).toList();
        List<JsonNode> second = entries.stream().filter(e -> e.get("message").asString().contains("/guidelines/unknown")).toList();
        assertThat(first).isNotEmpty().allSatisfy(e -> assertThat(e.get("requestId").asString()).isEqualTo("log-check-42"));
        assertThat(second).isNotEmpty().allSatisfy(e -> assertThat(e.get("requestId").asString()).isEqualTo("log-check-43"));
        assertThat(entries.stream().filter(e -> e.get("message").asString().matches("Completed \\d{3}.*")).map(e -> e.get("requestId").asString()))
                .containsExactly("log-check-42", "log-check-43");
    }

    private void start(int port, String... arguments) throws IOException, InterruptedException {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                SupplementGuidelinesApplication.class.getName(),
                "--server.port=" + port, "--management.server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:logs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        command.addAll(List.of(arguments));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().filter(line -> !line.isBlank()).forEach(lines::add);
            } catch (IOException ended) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        waitForLine("Started SupplementGuidelinesApplication");
    }

    private void waitForLine(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines.stream().noneMatch(line -> line.contains(text))) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("no line with '" + text + "'; output:\n" + String.join("\n", lines));
            }
            Thread.sleep(50);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
