package nl.supplementguidelines.web.problem;

import org.springframework.http.HttpStatus;

import java.net.URI;

/**
 * The kinds of error the API reports. Each kind has a stable {@code type} URI (RFC 9457): clients may
 * switch on it, so a kind is never renamed. The URIs are relative references that resolve to a page of
 * this API describing the kind ({@code GET /problems/{slug}}).
 */
public enum ProblemType {

    NOT_FOUND("not-found", "Resource not found", HttpStatus.NOT_FOUND,
            "The URL names no resource: an unknown slug, or a path the API does not have."),
    INVALID_PARAMETER("invalid-parameter", "Invalid request parameter", HttpStatus.BAD_REQUEST,
            "A query, path or header parameter (such as Idempotency-Key) is missing, malformed or out of its documented bounds. The `errors` member names each parameter and what is wrong with it."),
    MALFORMED_REQUEST_BODY("malformed-request-body", "Malformed request body", HttpStatus.BAD_REQUEST,
            "The request body is not valid JSON or does not match the documented schema."),
    INVALID_REQUEST_BODY("invalid-request-body", "Invalid request body", HttpStatus.BAD_REQUEST,
            "The request body is well-formed but one or more fields break their documented rules. The `errors` member names each field."),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE,
            "The API cannot produce a representation in any of the media types the Accept header lists. It serves application/json (and application/problem+json for errors)."),
    ORIGIN_NOT_ALLOWED("origin-not-allowed", "Origin not allowed", HttpStatus.FORBIDDEN,
            "A browser sent the request from an origin (CORS) the API does not allow. The origins allowed are configured by the operator (API_CORS_ALLOWED_ORIGINS)."),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED,
            "The resource exists but does not support this HTTP method. The Allow header lists the methods it supports."),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS,
            "This client sent more requests than its rate limit allows. Retry-After gives the seconds to wait; the RateLimit and RateLimit-Policy headers describe the limit."),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE,
            "The API cannot reach its database right now. This is temporary: retry after the seconds in Retry-After."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "The request body's Content-Type is not one the operation accepts."),
    INTERNAL_ERROR("internal-error", "Internal server error", HttpStatus.INTERNAL_SERVER_ERROR,
            "An unexpected failure on the server. The detail carries a reference to quote when reporting it; no internals are exposed."),
    NOT_IMPLEMENTED("not-implemented", "Not implemented", HttpStatus.NOT_IMPLEMENTED,
            "The server does not support a feature the request needs, such as a Transfer-Encoding other than chunked. The request was not processed; sending it again unchanged gives the same answer."),
    UNPROCESSABLE_CONTENT("unprocessable-content", "Unprocessable request content", HttpStatus.UNPROCESSABLE_CONTENT,
            "The request body is well-formed but cannot be used: it names a nutrient, guideline, unit or medicine the API does not know, a unit that does not fit the nutrient, dose wording the API cannot read, or fields that do not go together. The `errors` member names each field (for example `intakes[1].unit`) and why."),
    CONTENT_TOO_LARGE("content-too-large", "Content too large", HttpStatus.CONTENT_TOO_LARGE,
            "The request body is larger than the API accepts (64 KB unless the operator changed `api.limits.max-body-size`). The detail names the limit; a body that large is never needed, so send fewer items per request."),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused", HttpStatus.UNPROCESSABLE_CONTENT,
            "The Idempotency-Key was sent before with a different request (another operation, target or body). A key stands for one request: use a new key for a new request."),
    IDEMPOTENCY_KEY_IN_FLIGHT("idempotency-key-in-flight", "Idempotency key in flight", HttpStatus.CONFLICT,
            "A request with the same Idempotency-Key is still being processed. Retry in a moment: once the first request has finished, the retry gets its answer."),
    GUIDELINE_WITHDRAWN("guideline-withdrawn", "Guideline withdrawn", HttpStatus.GONE,
            "The guideline was withdrawn: its publisher no longer stands behind it. `reason` says why, `withdrawnAt` since when, and `lastVersion` links to the last published version, which stays readable (GET /api/v1/guidelines/{slug}/versions/{n})."),
    UNAUTHENTICATED("unauthenticated", "Authentication required", HttpStatus.UNAUTHORIZED,
            "Editing needs a bearer token (a JWT of the configured authorization server, for this API's audience) in the Authorization header, and the request had none or one that is not valid: malformed, expired, not yet valid, from another issuer or audience, or not signed by the issuer's key. The WWW-Authenticate header says which (RFC 6750: invalid_token)."),
    INSUFFICIENT_SCOPE("insufficient-scope", "Insufficient scope", HttpStatus.FORBIDDEN,
            "The bearer token is valid but lacks the scope the operation needs: guidelines:edit for drafts, nutrients and translations, guidelines:publish for publishing, withdrawing and the audit trail, webhooks:manage for webhooks. The `requiredScope` member and the WWW-Authenticate header (RFC 6750: insufficient_scope) name it."),
    EDITING_NOT_CONFIGURED("editing-not-configured", "Editing not configured", HttpStatus.UNAUTHORIZED,
            "This instance accepts no editors: its operator configured no authorization server (spring.security.oauth2.resourceserver.jwt.issuer-uri, jwk-set-uri or public-key-location), so every editing operation is refused. The public reads are not affected."),
    TRANSLATION_EXISTS("translation-exists", "Translation already published", HttpStatus.CONFLICT,
            "The version already has a published translation into this language, with other texts. Like the version, a published translation never changes; a correction is published with the guideline's next version. Sending the same texts again is answered 200."),
    CURSOR_BEYOND_END("cursor-beyond-end", "Cursor beyond the end of the feed", HttpStatus.CONFLICT,
            "The change feed's `after` is beyond its last position (the `after` and `lastPosition` members): the cursor does not come from this feed, for example after the database was restored from a backup. Waiting will not help, since those positions may be given to other events; resync from after=0."),
    CONFLICT("conflict", "Conflict", HttpStatus.CONFLICT,
            "The request conflicts with the state of the resource: a guideline or nutrient with that slug exists already, a draft exists already, or a version was published since the draft was started. The detail says which; read the resource again before retrying."),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", HttpStatus.PRECONDITION_REQUIRED,
            "The operation changes a resource others may change too, so it needs an If-Match header with the ETag of the representation the change is based on (a draft's ETag, or the guideline's for a withdrawal). `*` is not accepted."),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", HttpStatus.PRECONDITION_FAILED,
            "The If-Match header names an ETag that is no longer current: someone changed the resource since it was read. Read it again (GET), reapply the change and retry with the new ETag."),
    FOUR_EYES("four-eyes", "Four eyes required", HttpStatus.FORBIDDEN,
            "Health content is published by a second person: no editor who created or changed a draft may publish it. Ask another publisher."),
    WEBHOOK_TARGET_REFUSED("webhook-target-refused", "Webhook target refused", HttpStatus.BAD_REQUEST,
            "The webhook URL may not be delivered to: only https URLs whose host resolves to public addresses are accepted (no loopback, private, link-local, CGNAT, unique-local, multicast or reserved addresses, no user information). The `reason` member says what is wrong with it."),
    REQUEST_ERROR("request-error", "Request error", HttpStatus.BAD_REQUEST,
            "The request could not be processed as sent. The status and detail say why.");

    private static final String BASE = "/problems/";

    private final String slug;
    private final String title;
    private final HttpStatus status;
    private final String description;

    ProblemType(String slug, String title, HttpStatus status, String description) {
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.description = description;
    }

    /** The kind of an error known only by its status: one raised by Spring MVC or the servlet container. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> CONTENT_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 501 -> NOT_IMPLEMENTED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : REQUEST_ERROR;
        };
    }

    /** A detail for an error known only by its status; it reveals nothing of the request or the server. */
    public static String defaultDetail(int status) {
        if (status == 400) {
            return "The request could not be understood: check the URL's percent-encoding and the request syntax.";
        }
        if (status == 501) {
            return "The request uses a feature this server does not implement, such as a Transfer-Encoding other than chunked.";
        }
        if (status >= 500) {
            return "An unexpected error occurred.";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return (known == null ? "Error" : known.getReasonPhrase()) + ".";
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }

    public String description() {
        return description;
    }
}
