package nl.supplementguidelines;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.supplementguidelines.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API tests over real HTTP on a real PostgreSQL, with the production profile ({@code postgres}). */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "api.cors.allowed-origins=" + FullStackApiContract.ALLOWED_ORIGIN,
        "api.cache.max-age=120s"
})
class PostgresFullStackApiTest extends FullStackApiContract {

    private static final EmbeddedPostgres POSTGRES = TestPostgres.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.useIn(registry, POSTGRES);
    }
}
