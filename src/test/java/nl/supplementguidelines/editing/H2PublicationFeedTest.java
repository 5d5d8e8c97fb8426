package nl.supplementguidelines.editing;

import nl.supplementguidelines.support.EditingApiTest;

/** Concurrent publications and a reader of the feed, over real HTTP on H2 (fewer than on PostgreSQL). */
@EditingApiTest
class H2PublicationFeedTest extends PublicationFeedContract {

    @Override
    int publications() {
        return 30;
    }
}
