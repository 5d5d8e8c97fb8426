package nl.supplementguidelines;

import nl.supplementguidelines.support.TestAuthorizationServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The API over real HTTP on the embedded H2 database (the default of a fresh start), in memory for the test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fullstack;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "api.cors.allowed-origins=" + FullStackApiContract.ALLOWED_ORIGIN,
        "api.cache.max-age=120s"
})
@ContextConfiguration(initializers = TestAuthorizationServer.class)
class H2FullStackApiTest extends FullStackApiContract {
}
