package nl.supplementguidelines.web.openapi;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the document tells editors to get a token ({@code api.editing.*}): the token endpoint of the operator's
 * authorization server, for Swagger UI's Authorize dialog (client credentials). Relative by default, so the document
 * is the same everywhere; an operator sets the real one (API_EDITING_TOKEN_URL=https://auth.example.org/oauth2/token).
 */
@Validated
@ConfigurationProperties("api.editing")
record EditorOpenApiProperties(@NotBlank @DefaultValue("/oauth2/token") String tokenUrl) {
}
