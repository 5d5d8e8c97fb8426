package nl.supplementguidelines.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application on H2 with a database of its own for the webhook tests, which publish and add nutrients (events) and
 * deliver them to a {@link WebhookReceiver} on loopback: loopback and http allowed, and delivery timings in
 * milliseconds instead of seconds and hours. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webhooks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "api.webhooks.allow-loopback=true",
        "api.webhooks.allow-http=true",
        "api.webhooks.poll-interval=" + WebhookApiTest.POLL_INTERVAL,
        "api.webhooks.initial-delay=" + WebhookApiTest.INITIAL_DELAY,
        "api.webhooks.max-delay=" + WebhookApiTest.MAX_DELAY,
        "api.webhooks.retry-for=" + WebhookApiTest.RETRY_FOR,
        "api.webhooks.connect-timeout=1s",
        "api.webhooks.read-timeout=1s",
        "api.webhooks.lease=3s"
})
@ContextConfiguration(initializers = TestAuthorizationServer.class)
public @interface WebhookApiTest {

    String POLL_INTERVAL = "50ms";
    /** The first retry's backoff; it doubles up to MAX_DELAY. */
    String INITIAL_DELAY = "100ms";
    String MAX_DELAY = "400ms";
    /** How long an endpoint may fail before it is disabled. */
    String RETRY_FOR = "1500ms";
}
