package nl.supplementguidelines.web.caching;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.supplementguidelines.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresRevisionRowGoneTest extends RevisionRowGoneContract {

    private static final EmbeddedPostgres POSTGRES = TestPostgres.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.useIn(registry, POSTGRES);
    }
}
