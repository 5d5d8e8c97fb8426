package nl.supplementguidelines.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port over a private in-memory H2 database (the real migrations, in
 * PostgreSQL mode as in production-like runs), editing configured against the tests' authorization server
 * ({@link TestAuthorizationServer}, tokens from {@link Tokens}), its statements counted ({@link StatementCounter}). Every
 * class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dose-api-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
})
@ContextConfiguration(initializers = TestAuthorizationServer.class)
@Import(StatementCounter.class)
public @interface ApiTest {
}
