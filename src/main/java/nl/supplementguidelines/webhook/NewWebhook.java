package nl.supplementguidelines.webhook;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.changes.ChangeType;
import nl.supplementguidelines.web.ControlCharacters;
import nl.supplementguidelines.web.StrictJsonBody;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The body of {@code POST /webhooks}. Unknown members are refused. */
@Schema(name = "NewWebhook", description = "An endpoint to deliver the change feed to. Unknown members are refused.")
record NewWebhook(
        @Schema(description = "Where to POST each event: https, a host that resolves to public addresses only", requiredMode = RequiredMode.REQUIRED,
                maxLength = TargetGuard.MAX_URL, example = "https://hooks.example.org/supplement-guidelines")
        @NotBlank @Size(max = TargetGuard.MAX_URL) String url,
        @ArraySchema(arraySchema = @Schema(description = "The event types to deliver; absent or null for all of them. Each type at most once.",
                nullable = true, example = "[\"GUIDELINE_PUBLISHED\", \"GUIDELINE_WITHDRAWN\"]"), minItems = 1, maxItems = 4)
        @Size(min = 1, max = 4) @Nullable List<@NotNull ChangeType> events,
        @Schema(description = "Your note of what the endpoint is for", nullable = true, maxLength = 500, example = "Sync to the pharmacy app")
        @Size(min = 1, max = 500) @Pattern(regexp = ControlCharacters.NONE, message = ControlCharacters.MESSAGE) @Nullable String description)
        implements StrictJsonBody {
}
