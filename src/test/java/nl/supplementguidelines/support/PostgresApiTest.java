package nl.supplementguidelines.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port with the production profile ({@code postgres}) over a database of its own
 * on the suite's one embedded PostgreSQL server ({@link SharedPostgres}). Every class with this annotation and no
 * properties of its own shares one context, so a test that edits content puts it back. A browser origin and a
 * max-age are set for the full-stack contract, which checks CORS and Cache-Control; editing is configured against
 * the tests' authorization server ({@link TestAuthorizationServer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "api.cors.allowed-origins=" + PostgresApiTest.ALLOWED_ORIGIN,
        "api.cache.max-age=120s"
})
@ContextConfiguration(initializers = {SharedPostgres.class, TestAuthorizationServer.class})
public @interface PostgresApiTest {

    /** The one browser origin these contexts allow. */
    String ALLOWED_ORIGIN = "https://app.example.org";
}
