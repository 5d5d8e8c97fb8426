package nl.supplementguidelines.web.security;

import org.jspecify.annotations.Nullable;

/**
 * Who is editing: the token's subject ({@code sub}) and, when the token names one, the OAuth 2 client it was issued to
 * ({@code client_id}, else {@code azp}). A controller of an editing operation declares it as a parameter
 * ({@link EditorArgumentResolver}); it exists only for requests that passed the security rules.
 */
public record Editor(String subject, @Nullable String clientId) {
}
