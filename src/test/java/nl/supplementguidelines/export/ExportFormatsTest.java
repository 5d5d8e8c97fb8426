package nl.supplementguidelines.export;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the files that the seeded content does not reach: RFC 4180 quoting, plain decimals, Accept-Encoding. */
class ExportFormatsTest {

    @Test
    void aCsvFieldIsQuotedOnlyWhenItHoldsACommaQuoteOrLineBreakWithQuotesDoubled() {
        assertThat(field("Zink")).isEqualTo("Zink");
        assertThat(field("multi-strain, multi-species")).isEqualTo("\"multi-strain, multi-species\"");
        assertThat(field("de \"tight junctions\"")).isEqualTo("\"de \"\"tight junctions\"\"\"");
        assertThat(field("twee\nregels")).isEqualTo("\"twee\nregels\"");
        assertThat(field("cr\rhier")).isEqualTo("\"cr\rhier\"");
        assertThat(field("")).isEmpty();
    }

    @Test
    void amountsArePlainDecimalsWithoutExponentOrTrailingZeros() {
        assertThat(RecommendationsCsv.decimal(new BigDecimal("1E+9"))).isEqualTo("1000000000");
        assertThat(RecommendationsCsv.decimal(new BigDecimal("15.000"))).isEqualTo("15");
        assertThat(RecommendationsCsv.decimal(new BigDecimal("0.50"))).isEqualTo("0.5");
        assertThat(RecommendationsCsv.decimal(new BigDecimal("1500"))).isEqualTo("1500");
        assertThat(RecommendationsCsv.decimal(null)).isEmpty();
    }

    @Test
    void gzipIsChosenWhenAcceptEncodingAllowsItWithAQualityAboveZero() {
        assertThat(ExportRequest.acceptsGzip("gzip")).isTrue();
        assertThat(ExportRequest.acceptsGzip("br, GZIP;q=0.5")).isTrue();
        assertThat(ExportRequest.acceptsGzip("x-gzip")).isTrue();
        assertThat(ExportRequest.acceptsGzip("deflate, *;q=0.1")).isTrue();
        assertThat(ExportRequest.acceptsGzip(null)).isFalse();
        assertThat(ExportRequest.acceptsGzip("identity")).isFalse();
        assertThat(ExportRequest.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ExportRequest.acceptsGzip("gzip;q=0, *")).isFalse();
        assertThat(ExportRequest.acceptsGzip("*;q=0")).isFalse();
        assertThat(ExportRequest.acceptsGzip("gzip;q=abc")).isFalse();
    }

    private static String field(String value) {
        StringBuilder row = new StringBuilder();
        RecommendationsCsv.appendField(row, value);
        return row.toString();
    }
}
