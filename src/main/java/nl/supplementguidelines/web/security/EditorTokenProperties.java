package nl.supplementguidelines.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What an editing token must be, beyond Spring Security's checks ({@code api.editing.*}, beside the editing module's
 * own properties of that prefix).
 *
 * @param allowAnyAudience accept tokens whatever their {@code aud}: off by default, so that a service pointed at an
 *                         authorization server without {@code spring.security.oauth2.resourceserver.jwt.audiences}
 *                         does not start (a token that server issued for any other API would edit here); set it to
 *                         {@code true} only for a server that issues tokens for this API alone
 */
@Validated
@ConfigurationProperties("api.editing")
public record EditorTokenProperties(@DefaultValue("false") boolean allowAnyAudience) {
}
