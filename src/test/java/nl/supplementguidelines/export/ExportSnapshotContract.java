package nl.supplementguidelines.export;

import nl.supplementguidelines.guideline.GuidelineExport.ExportedVersion;
import nl.supplementguidelines.guideline.GuidelineExport.Scope;
import nl.supplementguidelines.support.synthetic.SyntheticGuidelines;
import nl.supplementguidelines.support.synthetic.SyntheticGuidelines.Shape;
import nl.supplementguidelines.web.caching.ContentRevision;
import nl.supplementguidelines.web.caching.ContentRevision.Stamp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One export is one snapshot: guidelines published (committed on another connection) after its first statement are
 * in none of its batches, though they are read after the commit; and the content version it is tagged with is that
 * snapshot's.
 */
abstract class ExportSnapshotContract {

    @Autowired
    ExportSnapshot snapshot;

    @Autowired
    DataSource dataSource;

    @Autowired
    ContentRevision revision;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void deleteSynthetic() {
        SyntheticGuidelines.deleteAll(dataSource);
    }

    @Test
    void guidelinesPublishedWhileAnExportRunsAreNotInIt() throws Exception {
        long before = jdbc.sql("select count(*) from guideline where status = 'CURRENT'").query(Long.class).single();
        List<String> exported = new ArrayList<>();
        AtomicReference<@Nullable Stamp> inSnapshot = new AtomicReference<>();

        long count = snapshot.read(Scope.LATEST, new ExportSnapshot.Reader() {
            @Override
            public boolean begin(@Nullable Stamp stamp) {
                SyntheticGuidelines.insert(dataSource, 1, 5, Shape.LIKE_LEAKY_GUT);
                // Read on the export's own connection, so still its snapshot's version: the tag names what is streamed.
                assertThat(stamp).isNotNull().isEqualTo(revision.stamp());
                inSnapshot.set(stamp);
                return true;
            }

            @Override
            public void accept(ExportedVersion version) {
                exported.add(version.slug());
            }
        });

        assertThat(jdbc.sql("select count(*) from guideline where status = 'CURRENT'").query(Long.class).single()).isEqualTo(before + 5);
        assertThat(count).isEqualTo(before);
        assertThat(exported).hasSize((int) before).noneMatch(slug -> slug.startsWith(SyntheticGuidelines.SLUG_PREFIX));
        assertThat(revision.stamp()).as("after the commit").isNotEqualTo(inSnapshot.get());
    }
}
