package nl.supplementguidelines.web.caching;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The representation cache holds at most its configured bytes, however many different representations are asked
 * for: a crawler walking 10,000 guidelines (and their versions, languages, pages) cannot fill the heap with them.
 */
class RepresentationCacheBoundTest {

    private static final int BODY = 10 * 1024;

    @Test
    void aThousandRepresentationsOfTenKilobytesStayWithinAOneMegabyteBound() {
        DataSize bound = DataSize.ofMegabytes(1);
        RepresentationCache cache = new RepresentationCache(bound);
        cache.use("revision-1");

        for (int i = 0; i < 1_000; i++) {
            cache.put("revision-1 /api/v1/guidelines/synthetic-" + i, new Representation(new byte[BODY], "application/json", "nl",
                    "\"etag-" + i + "\"", 0, "/api/v1/guidelines/{slug}", null, null));
        }

        // 1,000 x 10 KB were offered: about 10 MB. Kept: at most the bound, and not nothing.
        assertThat(cache.weightedBytes()).isLessThanOrEqualTo(bound.toBytes()).isGreaterThan(bound.toBytes() / 2);
    }
}
