package nl.supplementguidelines.ops;

import nl.supplementguidelines.support.Http;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.SupplementGuidelinesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stopping the application lets a request in flight finish, then refuses new connections. The application is started
 * by hand, not as a cached test context, because the test stops it.
 */
class GracefulShutdownTest {

    static final CountDownLatch REQUEST_STARTED = new CountDownLatch(1);

    /** A slow request, only in this test's application (a plain class: component scanning never finds it). */
    static class SlowEndpoint {
        @Bean
        RouterFunction<ServerResponse> slowRoute() {
            return RouterFunctions.route().GET("/test/slow", request -> {
                REQUEST_STARTED.countDown();
                Thread.sleep(1500);
                return ServerResponse.ok().body("finished");
            }).build();
        }
    }

    @Test
    void finishesTheRequestInFlightBeforeStopping() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SupplementGuidelinesApplication.class, SlowEndpoint.class)
                .run("--server.port=0", "--management.server.port=0", "--spring.jmx.enabled=false",
                        "--spring.datasource.url=jdbc:h2:mem:shutdown;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        Http http = new Http(port);
        CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(() -> http.get("/test/slow"));
        assertThat(REQUEST_STARTED.await(10, TimeUnit.SECONDS)).isTrue();

        context.close();

        Response response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("finished");
        assertThatThrownBy(() -> http.get("/livez")).as("no new connections after shutdown")
                .isInstanceOf(UncheckedIOException.class);
    }
}
