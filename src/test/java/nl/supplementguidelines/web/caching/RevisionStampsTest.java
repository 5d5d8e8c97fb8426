package nl.supplementguidelines.web.caching;

import nl.supplementguidelines.support.ApiTest;
import nl.supplementguidelines.web.caching.ContentRevision.Stamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The stamp a streamed representation is tagged with: another build is another tag, and Last-Modified is never before the build. */
@ApiTest
class RevisionStampsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theSameContentUnderAnotherBuildHasAnotherTagAndALastModifiedNotBeforeThatBuild() {
        Instant lastHour = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant justNow = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Stamp older = stamps("1.0@" + lastHour.toEpochMilli(), lastHour).stamp();
        Stamp newer = stamps("1.1@" + justNow.toEpochMilli(), justNow).stamp();

        assertThat(older).isNotNull();
        assertThat(newer).isNotNull();
        assertThat(newer.tag()).isNotEqualTo(older.tag()).startsWith("1.1@");
        assertThat(newer.lastModified()).isEqualTo(justNow);
        assertThat(stamps("1.1@" + justNow.toEpochMilli(), justNow).stamp()).isEqualTo(newer);
    }

    private RevisionStamps stamps(String build, Instant builtAt) {
        return new RevisionStamps(new ContentVersion() {
            @Override
            public Snapshot current() {
                return Snapshot.UNKNOWN;
            }

            @Override
            public long reads() {
                return 0;
            }
        }, dataSource, new RevisionRow(dataSource, builtAt), build);
    }
}
