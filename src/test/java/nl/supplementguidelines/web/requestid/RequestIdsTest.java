package nl.supplementguidelines.web.requestid;


import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    @Test
    void acceptsIdsOfCommonTracingFormats() {
        assertThat(RequestIds.isAcceptable("3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f")).isTrue();
        assertThat(RequestIds.isAcceptable("Root=1-67891233-abcdef012345678912345678")).isTrue();
        assertThat(RequestIds.isAcceptable("a".repeat(128))).isTrue();
    }

    @Test
    void refusesIdsThatAreEmptyTooLongOrUnsafeInLogsAndHeaders() {
        assertThat(RequestIds.isAcceptable(null)).isFalse();
        assertThat(RequestIds.isAcceptable("")).isFalse();
        assertThat(RequestIds.isAcceptable("a".repeat(129))).isFalse();
        assertThat(RequestIds.isAcceptable("two words")).isFalse();
        assertThat(RequestIds.isAcceptable("line\nbreak")).isFalse();
        assertThat(RequestIds.isAcceptable("{\"json\":1}")).isFalse();
    }

    @Test
    void generatesDistinct128BitHexIds() {
        assertThat(RequestIds.generate()).matches("[0-9a-f]{32}").isNotEqualTo(RequestIds.generate());
    }
}
