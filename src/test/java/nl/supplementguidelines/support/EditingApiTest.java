package nl.supplementguidelines.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application on H2 with a database of its own for the editing tests, which publish versions: the seeded content of
 * the other contexts stays as it is. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:editing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        // Larger than a draft holds, so that the tests can send a document too large for guideline_draft.document.
        "api.limits.max-body-size=1MB"
})
@ContextConfiguration(initializers = TestAuthorizationServer.class)
public @interface EditingApiTest {
}
