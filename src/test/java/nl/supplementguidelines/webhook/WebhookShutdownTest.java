package nl.supplementguidelines.webhook;

import nl.supplementguidelines.SupplementGuidelinesApplication;
import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.TestAuthorizationServer;
import nl.supplementguidelines.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the application while a delivery waits for a receiver that stalls: the interrupted attempt is no failure of
 * the endpoint (its attempts and delivery log stay as they were) and its claim is released, so another instance on the
 * same database may take the endpoint over at once instead of after the lease.
 */
class WebhookShutdownTest {

    @Test
    void stoppingDuringAnAttemptCountsNoFailureAndReleasesTheClaim() throws Exception {
        String database = "jdbc:h2:mem:webhook-shutdown-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (StallingReceiver receiver = new StallingReceiver()) {
            String id;
            try (ConfigurableApplicationContext context = start(database)) {
                Http http = new Http(((WebServerApplicationContext) context).getWebServer().getPort());
                Response created = http.request("POST", "/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:" + receiver.port() + "/hook\"}",
                        "Authorization", Tokens.bearer(Tokens.webhooks()));
                assertThat(created.status()).as(created.text()).isEqualTo(201);
                id = created.json().get("webhook").get("id").asString();
                Response added = http.request("POST", "/api/v1/nutrients", "{\"slug\":\"shutdown-nutrient\",\"name\":\"Stopnutriënt\",\"category\":\"MINERAL\"}",
                        "Authorization", Tokens.bearer(Tokens.editor()));
                assertThat(added.status()).as(added.text()).isEqualTo(201);
                assertThat(receiver.connected.await(10, TimeUnit.SECONDS)).as("the delivery reached the receiver").isTrue();
            }

            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database, "sa", ""));
            Map<String, Object> endpoint = jdbc.sql("select attempts, failing_since, lease_owner, lease_until from webhook_endpoint where id = ?")
                    .param(id).query().singleRow();
            assertThat(endpoint.get("attempts")).as("no failure counted").isEqualTo(0);
            assertThat(endpoint.get("failing_since")).isNull();
            assertThat(endpoint.get("lease_owner")).as("the claim is released").isNull();
            assertThat(endpoint.get("lease_until")).isNull();
            assertThat(jdbc.sql("select count(*) from webhook_delivery where endpoint_id = ?").param(id).query(Long.class).single())
                    .as("nothing in the delivery log").isZero();
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        List<String> properties = new ArrayList<>(List.of(TestAuthorizationServer.properties()));
        // The answer timeout (5 s) is far beyond the stop's wait for sends in flight, so the attempt is interrupted, not timed out.
        properties.addAll(List.of("spring.datasource.url=" + database, "server.port=0", "server.address=127.0.0.1", "management.server.port=0",
                "api.webhooks.allow-loopback=true", "api.webhooks.allow-http=true", "api.webhooks.poll-interval=50ms",
                "api.webhooks.initial-delay=100ms", "api.webhooks.max-delay=200ms", "api.webhooks.retry-for=1h",
                "api.webhooks.connect-timeout=1s", "api.webhooks.read-timeout=5s", "api.webhooks.lease=30s"));
        return new SpringApplicationBuilder(SupplementGuidelinesApplication.class).run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    /** Accepts connections and never answers. */
    private static final class StallingReceiver implements AutoCloseable {
        private final ServerSocket server;
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final CountDownLatch connected = new CountDownLatch(1);
        private final Thread acceptor;

        StallingReceiver() throws IOException {
            server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            acceptor = new Thread(() -> {
                try {
                    while (!server.isClosed()) {
                        held.add(server.accept());
                        connected.countDown();
                    }
                } catch (IOException closed) {
                    // closed by close()
                }
            }, "stalling-receiver");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
