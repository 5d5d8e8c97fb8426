package nl.supplementguidelines.resolve;

import nl.supplementguidelines.support.Eventually;
import nl.supplementguidelines.support.Http.Response;
import nl.supplementguidelines.support.ServedApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks compute from content kept in memory, and a change made by plain SQL (which bumps content_revision) is
 * used by the next check once the API has learnt of it: of a reference level, a guideline, a nutrient's name and an
 * interaction row. On the embedded H2 that is the very next check; on PostgreSQL the notification takes milliseconds,
 * so each check after a change is retried for at most {@link Eventually#SQL_CHANGE}, below the 1 s a read of the
 * version is kept without one: a missing rebuild still fails. Each test puts the content back. Run on each database by
 * the subclasses.
 */
abstract class ChecksFreshnessContract extends ServedApi {

    private static final String ZINC_CHECK = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"zink\",\"amount\":30,\"unit\":\"mg\"}]}";

    private JsonNode ok(String path, String body) {
        Response response = http.post(path, body, "en");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private String efsaZincVerdict() {
        return ok("/api/v1/dose-checks", ZINC_CHECK).get("results").get(0).get("referenceLevels").get("comparisons").get(0).get("verdict").asString();
    }

    @Test
    void aReferenceLevelChangedInTheDatabaseIsUsedByTheNextDoseCheck() {
        String efsaZinc = "nutrient_id = (select id from nutrient where slug = 'zink') and body like 'EFSA%'";
        Object before = jdbc.sql("select amount from reference_intake_level where " + efsaZinc).query().singleValue();
        assertThat(efsaZincVerdict()).isEqualTo("ABOVE");
        try {
            jdbc.sql("update reference_intake_level set amount = 35 where " + efsaZinc).update();

            assertThat(Eventually.until(this::efsaZincVerdict, "AT_OR_BELOW"::equals)).isEqualTo("AT_OR_BELOW");
        } finally {
            jdbc.sql("update reference_intake_level set amount = ? where " + efsaZinc).param(before).update();
        }
        assertThat(Eventually.until(this::efsaZincVerdict, "ABOVE"::equals)).isEqualTo("ABOVE");
    }

    @Test
    void aGuidelineRetitledInTheDatabaseIsCitedByTheNextRegimenAndDoseCheck() {
        String title = jdbc.sql("select title from guideline where slug = 'leaky-gut' and status = 'CURRENT'").query(String.class).single();
        assertThat(ok("/api/v1/regimens", "{\"guidelines\":[\"leaky-gut\"]}").get("guidelines").get(0).get("title").asString()).isEqualTo(title);
        try {
            jdbc.sql("update guideline set title = 'Leaky gut (retitled)' where slug = 'leaky-gut' and status = 'CURRENT'").update();

            assertThat(Eventually.until(() -> ok("/api/v1/regimens", "{\"guidelines\":[\"leaky-gut\"]}").get("guidelines").get(0).get("title").asString(),
                    "Leaky gut (retitled)"::equals)).isEqualTo("Leaky gut (retitled)");
            assertThat(ok("/api/v1/dose-checks", ZINC_CHECK).get("guidelines").get(0).get("title").asString()).isEqualTo("Leaky gut (retitled)");
        } finally {
            jdbc.sql("update guideline set title = ? where slug = 'leaky-gut' and status = 'CURRENT'").param(title).update();
        }
        assertThat(Eventually.until(() -> ok("/api/v1/dose-checks", ZINC_CHECK).get("guidelines").get(0).get("title").asString(), title::equals))
                .isEqualTo(title);
    }

    @Test
    void aNutrientRenamedInTheDatabaseIsFoundByItsNewNameInTheNextCheck() {
        String renamed = "{\"guidelines\":[\"leaky-gut\"],\"intakes\":[{\"nutrient\":\"Zinc (renamed)\",\"amount\":30,\"unit\":\"mg\"}]}";
        assertThat(http.post("/api/v1/dose-checks", renamed, "en").status()).isEqualTo(422);
        try {
            jdbc.sql("update nutrient set name_en = 'Zinc (renamed)' where slug = 'zink'").update();

            assertThat(Eventually.until(() -> http.post("/api/v1/dose-checks", renamed, "en"), answer -> answer.status() == 200).status()).isEqualTo(200);
            assertThat(ok("/api/v1/dose-checks", renamed).get("results").get(0).get("nutrient").get("slug").asString()).isEqualTo("zink");
            assertThat(http.post("/api/v1/interaction-checks", "{\"medicines\":[\"J01MA02\"],\"nutrients\":[\"Zinc\"]}", "en").status())
                    .isEqualTo(422);
        } finally {
            jdbc.sql("update nutrient set name_en = 'Zinc' where slug = 'zink'").update();
        }
        assertThat(Eventually.until(() -> http.post("/api/v1/dose-checks", renamed, "en"), answer -> answer.status() == 422).status()).isEqualTo(422);
    }

    @Test
    void anInteractionRowChangedInTheDatabaseIsUsedByTheNextInteractionCheck() {
        String check = "{\"medicines\":[\"J01MA02\"],\"nutrients\":[\"zink\"]}";
        int row = ok("/api/v1/interaction-checks", check).get("nutrients").get(0).get("interactions").get(0).get("interaction").get("row").asInt();
        String effect = jdbc.sql("select effect from interaction where position = ?").param(row).query(String.class).single();
        try {
            jdbc.sql("update interaction set effect = 'Changed effect.' where position = ?").param(row).update();

            assertThat(Eventually.until(() -> effect(check), "Changed effect."::equals)).isEqualTo("Changed effect.");
        } finally {
            jdbc.sql("update interaction set effect = ? where position = ?").params(effect, row).update();
        }
        assertThat(Eventually.until(() -> effect(check), effect::equals)).isEqualTo(effect);
    }

    private String effect(String check) {
        return ok("/api/v1/interaction-checks", check).get("nutrients").get(0).get("interactions").get(0).get("interaction").get("effect").asString();
    }
}
