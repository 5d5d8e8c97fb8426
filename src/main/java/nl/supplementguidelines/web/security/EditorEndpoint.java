package nl.supplementguidelines.web.security;

import org.springframework.http.HttpMethod;

/** One editing operation: its method, its path (a Spring path pattern) and the scope its caller's token needs. */
public record EditorEndpoint(HttpMethod method, String path, EditorScope scope) {
}
