package nl.supplementguidelines.resolve;

import nl.supplementguidelines.guideline.GuidelineDoses;
import nl.supplementguidelines.guideline.GuidelineDoses.Missing;
import nl.supplementguidelines.guideline.GuidelineRef;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.referencelevel.ReferenceLevels;
import nl.supplementguidelines.support.JdbcSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The view of the check content at 10,000 guidelines (synthetic copies of leaky gut's row, rolled back with the test):
 * it indexes every published version but reads no guideline's doses until a request names it. Prints the build time,
 * the figure the README gives (a measurement, not an assertion).
 */
@JdbcSliceTest
class MemoryContentScaleTest {

    private static final int SYNTHETIC = 10_000;

    @Autowired
    GuidelineDoses guidelines;

    @Autowired
    Nutrients nutrients;

    @Autowired
    ReferenceLevels referenceLevels;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tenThousandGuidelinesAreIndexedAndOnlyTheNamedOnesRead() {
        long oneGuideline = medianBuildMillis();
        insertSyntheticCopiesOfLeakyGut();

        long manyGuidelines = medianBuildMillis();
        MemoryContent content = MemoryContent.build(guidelines, nutrients, referenceLevels);
        GuidelineRef named = new GuidelineRef("synthetic-5000", null);
        GuidelineRef unknown = new GuidelineRef("synthetic-" + (SYNTHETIC + 1), null);

        assertThat(content.indexedSlugs()).isEqualTo(SYNTHETIC + 1);
        assertThat(content.loadedGuidelines()).isZero();
        assertThat(content.find(List.of(named, unknown)).keySet()).containsExactly(named);
        assertThat(content.find(List.of(named)).get(named).guideline().citation()).isEqualTo("synthetic-5000@1");
        assertThat(content.whyMissing(List.of(unknown, GuidelineRef.of("synthetic-5000", 2))).values())
                .containsExactly(Missing.UNKNOWN, Missing.NO_SUCH_VERSION);
        assertThat(content.loadedGuidelines()).isEqualTo(1);
        System.out.printf("check content view built in %d ms with 1 guideline, %d ms with %,d (median of 5 builds)%n",
                oneGuideline, manyGuidelines, SYNTHETIC + 1);
    }

    private long medianBuildMillis() {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            MemoryContent.build(guidelines, nutrients, referenceLevels);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    /** Every column of leaky gut's row, with a slug of its own (marked synthetic). */
    private void insertSyntheticCopiesOfLeakyGut() {
        List<String> columns = jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_schema = current_schema and table_name = 'guideline' and is_generated = 'NEVER' and column_name not in ('id', 'slug')
                        order by ordinal_position""").query(String.class).list();
        String list = String.join(", ", columns);
        String copied = columns.stream().map(column -> "g." + column).collect(Collectors.joining(", "));
        int inserted = jdbc.sql("insert into guideline (slug, " + list + ") with recursive n(i) as (select 1 union all select i + 1 from n where i < "
                + SYNTHETIC + ") select 'synthetic-' || n.i, " + copied + " from guideline g cross join n where g.slug = 'leaky-gut' and g.status = 'CURRENT'").update();
        assertThat(inserted).isEqualTo(SYNTHETIC);
    }
}
