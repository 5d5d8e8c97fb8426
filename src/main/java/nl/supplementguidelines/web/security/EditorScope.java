package nl.supplementguidelines.web.security;

/** The scopes a token may carry (OAuth 2 {@code scope} claim): editing drafts, publishing them, managing webhooks. */
public enum EditorScope {

    EDIT("guidelines:edit", "Create and change drafts, add nutrients and translations."),
    PUBLISH("guidelines:publish", "Publish drafts, withdraw guidelines and read the audit trail."),
    WEBHOOKS("webhooks:manage", "Register, read, enable and delete your own webhook endpoints and read their delivery logs.");

    private final String scope;
    private final String description;

    EditorScope(String scope, String description) {
        this.scope = scope;
        this.description = description;
    }

    /** The scope as it appears in the token, e.g. {@code guidelines:edit}. */
    public String scope() {
        return scope;
    }

    /** The Spring Security authority the scope becomes ({@code SCOPE_guidelines:edit}). */
    public String authority() {
        return "SCOPE_" + scope;
    }

    public String description() {
        return description;
    }
}
