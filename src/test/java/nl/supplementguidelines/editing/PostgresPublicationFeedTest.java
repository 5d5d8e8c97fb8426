package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingPostgresApiTest;

/** The feed test: 100 concurrent publications and a reader of the feed, over real HTTP on PostgreSQL. */
@EditingPostgresApiTest
class PostgresPublicationFeedTest extends PublicationFeedContract {

    @Override
    int publications() {
        return 100;
    }
}
