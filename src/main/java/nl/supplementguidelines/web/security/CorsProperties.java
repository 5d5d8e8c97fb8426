package nl.supplementguidelines.web.security;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * CORS for browser clients ({@code api.cors.*}). No origin is allowed by default: a browser app on another origin is
 * added explicitly ({@code API_CORS_ALLOWED_ORIGINS=https://app.example.org}); {@code *} allows any origin (the API
 * uses no cookies or credentials, so that is safe for its public content; an editor's bearer token is a header the
 * browser app sends itself, which is why Authorization, If-Match and Idempotency-Key are allowed).
 */
@Validated
@ConfigurationProperties("api.cors")
record CorsProperties(
        @NotNull @DefaultValue("") List<String> allowedOrigins,
        @NotNull @DefaultValue({"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"}) List<String> allowedMethods,
        @NotNull @DefaultValue({"Accept", "Content-Type", "If-None-Match", "If-Modified-Since", "X-Request-Id",
                "Authorization", "If-Match", "Idempotency-Key"}) List<String> allowedHeaders,
        @NotNull @DefaultValue({"ETag", "Last-Modified", "Content-Language", "X-Request-Id", "Retry-After", "RateLimit",
                "RateLimit-Policy", "Location", "WWW-Authenticate"}) List<String> exposedHeaders,
        @NotNull @DefaultValue("1h") Duration maxAge) {

    List<String> origins() {
        return allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    }
}
