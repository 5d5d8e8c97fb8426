package nl.supplementguidelines.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application with the production profile on a PostgreSQL database of its own for the editing tests (a property
 * of their own keeps the context apart from the other PostgreSQL contexts). Every class with it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"api.editing.four-eyes=true", "api.limits.max-body-size=1MB"})
@ContextConfiguration(initializers = {SharedPostgres.class, TestAuthorizationServer.class})
public @interface EditingPostgresApiTest {
}
