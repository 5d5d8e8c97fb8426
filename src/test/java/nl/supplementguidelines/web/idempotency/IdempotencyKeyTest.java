package nl.supplementguidelines.web.idempotency;

import nl.supplementguidelines.web.problem.InvalidRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the key and of the request hash, and the validated settings. */
class IdempotencyKeyTest {

    @Test
    void aKeyIsOneTo255VisibleAsciiCharacters() {
        for (String refused : new String[] {"", " ", "caf\u00e9", "tab\tkey", "x".repeat(256), "del\u007f", "\u00a0"}) {
            assertThatThrownBy(() -> Idempotency.checkKey(refused)).as(refused).isInstanceOf(InvalidRequest.class)
                    .satisfies(e -> assertThat(((InvalidRequest) e).errors().get(0).name()).isEqualTo("Idempotency-Key"));
        }
        for (String accepted : new String[] {"a", "x".repeat(255), "5f0c1d2e-8a47-4c1b-9e0f-3b2a6d7c8e91", "!~{}\"'"}) {
            assertThatCode(() -> Idempotency.checkKey(accepted)).as(accepted).doesNotThrowAnyException();
        }
    }

    @Test
    void theHashTellsOperationsAndBodiesApart() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(Idempotency.hash("draft.create", body)).hasSize(64).isEqualTo(Idempotency.hash("draft.create", body.clone()));
        assertThat(Idempotency.hash("draft.create", body)).isNotEqualTo(Idempotency.hash("draft.publish", body));
        assertThat(Idempotency.hash("draft.create", body)).isNotEqualTo(Idempotency.hash("draft.create", "{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        // The separator keeps operation and body apart: "ab" + "c" is not "a" + "bc".
        assertThat(Idempotency.hash("ab", "c".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(Idempotency.hash("a", "bc".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void settingsOutsideTheirBoundsAreRefusedAtStartup() {
        assertThatThrownBy(() -> new IdempotencyProperties(Duration.ofSeconds(59), Duration.ofMinutes(1))).hasMessageContaining("retention");
        assertThatThrownBy(() -> new IdempotencyProperties(Duration.ofHours(24), Duration.ZERO)).hasMessageContaining("cleanup-interval");
        assertThat(new IdempotencyProperties(Duration.ofHours(24), Duration.ofMinutes(1)).retention()).isEqualTo(Duration.ofHours(24));
    }
}
